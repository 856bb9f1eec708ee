package fr.hen.network.web;

import fr.hen.network.Contact;
import fr.hen.network.OrganisationProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts form of an organisation page: the current contacts, each with a "remove" box, and one empty row to
 * add a contact. Rows removed or left entirely blank are not saved.
 */
public class ContactsForm {

  /** One contact row of the form. */
  public static class Row {
    private String name;
    private String role;
    private String phone;
    private String email;
    private boolean remove;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean v) { remove = v; }

    boolean blank() {
      return isBlank(name) && isBlank(role) && isBlank(phone) && isBlank(email);
    }

    Contact toContact() {
      return new Contact(trim(name), trim(role), trim(phone), trim(email));
    }
  }

  private List<Row> rows = new ArrayList<>();

  public List<Row> getRows() { return rows; }
  public void setRows(List<Row> v) { rows = v; }

  static ContactsForm of(OrganisationProfile organisation) {
    ContactsForm form = new ContactsForm();
    for (Contact c : organisation.contacts()) {
      Row row = new Row();
      row.name = c.name();
      row.role = c.role();
      row.phone = c.phone();
      row.email = c.email();
      form.rows.add(row);
    }
    form.rows.add(new Row());
    return form;
  }

  /** Indexes of the rows to save: neither removed nor entirely blank, in the order of the form. */
  List<Integer> kept() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row != null && !row.remove && !row.blank()) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /** The contacts to save, one per kept row. */
  List<Contact> contacts() {
    return kept().stream().map(i -> rows.get(i).toContact()).toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return isBlank(s) ? null : s.trim();
  }
}
