package fr.hen.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the driver rewrite JDBC batches of inserts (audit log entries of a list read, imports) into
 * multi-row inserts. Other databases are left as configured.
 */
@Component
class PostgresBatchTuning implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return bean;
  }
}
