package fr.hen.network.internal;

import fr.hen.network.Contact;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A contact of an organisation, kept in order. */
@Table("organisation_contact")
public record OrganisationContact(@Column("name") String name, @Column("role") String role,
    @Column("phone") String phone, @Column("email") String email) {

  public static OrganisationContact of(Contact c) {
    return new OrganisationContact(c.name().trim(), blankToNull(c.role()), blankToNull(c.phone()),
        blankToNull(c.email()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
