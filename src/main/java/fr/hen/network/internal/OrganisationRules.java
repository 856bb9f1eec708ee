package fr.hen.network.internal;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.Contact;
import fr.hen.network.OrganisationData;
import fr.hen.platform.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Business rules on organisation data that bean validation cannot express; each breaks with an
 * {@link InvalidFieldException} naming the (snake_case) field.
 */
public final class OrganisationRules {

  /** Contact fields in the order of the form: the first broken one is reported. */
  private static final List<String> CONTACT_FIELDS = List.of("name", "role", "phone", "email");

  private OrganisationRules() {}

  /** Checks every rule on the data of an organisation. */
  public static void check(OrganisationData data, Predicate<String> capabilityExists) {
    coordinatesGoTogether(data.latitude(), data.longitude());
    if (data.capabilities() != null) {
      capacityIsConsistent(data.capabilities(), capabilityExists);
    }
  }

  /** Latitude and longitude are both given or both left out. */
  public static void coordinatesGoTogether(Double latitude, Double longitude) {
    if (latitude == null && longitude != null) {
      throw new InvalidFieldException("latitude", "latitude is required with a longitude");
    }
    if (latitude != null && longitude == null) {
      throw new InvalidFieldException("longitude", "longitude is required with a latitude");
    }
  }

  /** Each declared capability exists, is declared once, has places ≥ 0 and 0 ≤ free places ≤ places. */
  public static void capacityIsConsistent(List<CapacityDeclaration> declarations, Predicate<String> exists) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < declarations.size(); i++) {
      CapacityDeclaration d = declarations.get(i);
      String prefix = "capabilities[" + i + "].";
      if (d.capability() == null || !exists.test(d.capability())) {
        throw new InvalidFieldException(prefix + "capability", "unknown capability '" + d.capability() + "'");
      }
      if (!seen.add(d.capability())) {
        throw new InvalidFieldException(prefix + "capability", "capability '" + d.capability()
            + "' is declared twice");
      }
      if (d.places() == null || d.places() < 0) {
        throw new InvalidFieldException(prefix + "places", "places must be 0 or more");
      }
      if (d.freePlaces() == null || d.freePlaces() < 0 || d.freePlaces() > d.places()) {
        throw new InvalidFieldException(prefix + "free_places", "free places must be between 0 and " + d.places());
      }
      if (d.capacityStatus() == null) {
        throw new InvalidFieldException(prefix + "capacity_status", "capacity status is required");
      }
    }
  }

  /**
   * Each contact is given and passes its field checks: name required, email and phone well formed, lengths
   * within bounds; the first broken field is reported as {@code contacts[i].field}.
   */
  public static void contactsAreValid(List<Contact> contacts, Validator validator) {
    for (int i = 0; i < contacts.size(); i++) {
      String prefix = "contacts[" + i + "]";
      Contact contact = contacts.get(i);
      if (contact == null) {
        throw new InvalidFieldException(prefix, "contact is required");
      }
      validator.validate(contact).stream()
          .min(Comparator.comparingInt((ConstraintViolation<Contact> v) ->
              CONTACT_FIELDS.indexOf(v.getPropertyPath().toString())))
          .ifPresent(v -> {
            throw new InvalidFieldException(prefix + "." + v.getPropertyPath(), v.getMessage());
          });
    }
  }
}
