package fr.hen.stays.beds;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the data source to log every SQL statement prepared, so that a test can count queries. */
@TestConfiguration
class StatementLog {

  static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

  @Bean
  static BeanPostProcessor statementLoggingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource ? wrap(DataSource.class, dataSource) : bean;
      }
    };
  }

  private static <T> T wrap(Class<T> type, T target) {
    return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (type == Connection.class && method.getName().startsWith("prepare") && args != null
              && args[0] instanceof String sql) {
            STATEMENTS.add(sql);
          }
          try {
            Object result = method.invoke(target, args);
            return result instanceof Connection c && type == DataSource.class ? wrap(Connection.class, c) : result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }
}
