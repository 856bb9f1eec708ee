package fr.hen.network.internal;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.Contact;
import fr.hen.network.OrganisationData;
import fr.hen.platform.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
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

  /**
   * Each declared capability exists and is declared once, with 0 to {@code MAX_PLACES} places, 0 ≤ free places ≤
   * places, a status, and no free place when closed or full ({@link CapacityRules}); the first problem is thrown.
   */
  public static void capacityIsConsistent(List<CapacityDeclaration> declarations, Predicate<String> exists) {
    CapacityRules.problems(declarations, exists).stream().findFirst().ifPresent(p -> {
      throw new InvalidFieldException(p.path(), p.message());
    });
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
