package fr.hen.network.internal;

import fr.hen.network.Capability;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The coded list of care capabilities, labelled in the current user's language. */
@Component
public class CapabilityCatalogue {

  private final JdbcClient jdbc;

  CapabilityCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Capability> all() {
    String column = labelColumn();
    return jdbc.sql("SELECT code, " + column + " AS label FROM capability ORDER BY " + column)
        .query(Capability.class).list();
  }

  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM capability WHERE code = :code").param("code", code)
        .query(Long.class).single() > 0;
  }

  /** The label column for the current locale: English when asked, French otherwise. */
  static String labelColumn() {
    return english() ? "label_en" : "label_fr";
  }

  static boolean english() {
    return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
