package fr.hen.network.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityStatus;
import fr.hen.network.Contact;
import fr.hen.platform.InvalidFieldException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

  static final Predicate<String> CATALOGUE = Set.of("DIALYSIS", "PALLIATIVE_CARE")::contains;
  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static CapacityDeclaration declare(String code, Integer places, Integer free) {
    return new CapacityDeclaration(code, places, free, CapacityStatus.AVAILABLE);
  }

  @Test
  void coordinates_bothOrNeither_areAccepted() {
    assertThatCode(() -> OrganisationRules.coordinatesGoTogether(50.6, 3.1)).doesNotThrowAnyException();
    assertThatCode(() -> OrganisationRules.coordinatesGoTogether(null, null)).doesNotThrowAnyException();
  }

  @Test
  void longitudeWithoutLatitude_isRejectedOnLatitude() {
    assertThatThrownBy(() -> OrganisationRules.coordinatesGoTogether(null, 3.1))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("latitude");
  }

  @Test
  void latitudeWithoutLongitude_isRejectedOnLongitude() {
    assertThatThrownBy(() -> OrganisationRules.coordinatesGoTogether(50.6, null))
        .extracting("field").isEqualTo("longitude");
  }

  @Test
  void knownCapabilitiesWithFreePlacesWithinPlaces_areAccepted() {
    assertThatCode(() -> OrganisationRules.capacityIsConsistent(
        List.of(declare("DIALYSIS", 4, 0), declare("PALLIATIVE_CARE", 3, 3)), CATALOGUE)).doesNotThrowAnyException();
  }

  @Test
  void unknownCapability_isRejectedNamingItsIndex() {
    assertThatThrownBy(() -> OrganisationRules.capacityIsConsistent(
        List.of(declare("DIALYSIS", 4, 0), declare("TELEPORTATION", 1, 1)), CATALOGUE))
        .extracting("field").isEqualTo("capabilities[1].capability");
  }

  @Test
  void capabilityDeclaredTwice_isRejected() {
    assertThatThrownBy(() -> OrganisationRules.capacityIsConsistent(
        List.of(declare("DIALYSIS", 4, 0), declare("DIALYSIS", 2, 1)), CATALOGUE))
        .hasMessageContaining("declared twice").extracting("field").isEqualTo("capabilities[1].capability");
  }

  @Test
  void freePlacesAbovePlaces_isRejected() {
    assertThatThrownBy(() -> OrganisationRules.capacityIsConsistent(List.of(declare("DIALYSIS", 2, 3)), CATALOGUE))
        .extracting("field").isEqualTo("capabilities[0].free_places");
  }

  @Test
  void negativePlaces_areRejected() {
    assertThatThrownBy(() -> OrganisationRules.capacityIsConsistent(List.of(declare("DIALYSIS", -1, 0)), CATALOGUE))
        .extracting("field").isEqualTo("capabilities[0].places");
    assertThatThrownBy(() -> OrganisationRules.capacityIsConsistent(List.of(declare("DIALYSIS", 1, -1)), CATALOGUE))
        .extracting("field").isEqualTo("capabilities[0].free_places");
  }

  @Test
  void missingStatus_isRejected() {
    assertThatThrownBy(() -> OrganisationRules.capacityIsConsistent(
        List.of(new CapacityDeclaration("DIALYSIS", 1, 1, null)), CATALOGUE))
        .extracting("field").isEqualTo("capabilities[0].capacity_status");
  }

  @Test
  void wellFormedContacts_areAccepted() {
    assertThatCode(() -> OrganisationRules.contactsAreValid(List.of(new Contact("Anne", "IDEC", "03 20 00 00 00",
        "anne@example.org"), new Contact("Paul", null, null, null)), VALIDATOR)).doesNotThrowAnyException();
  }

  @Test
  void contactWithBadEmail_isRejectedOnThatContactsEmail() {
    assertThatThrownBy(() -> OrganisationRules.contactsAreValid(List.of(new Contact("Anne", null, null, null),
        new Contact("Paul", null, "03 20 00 00 00", "paul-at-example")), VALIDATOR))
        .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("contacts[1].email");
  }

  @Test
  void contactWithoutNameAndBadPhone_isRejectedOnTheNameFirst() {
    assertThatThrownBy(() -> OrganisationRules.contactsAreValid(List.of(new Contact(" ", null, "abc", null)),
        VALIDATOR)).extracting("field").isEqualTo("contacts[0].name");
  }

  @Test
  void aContactWithSeveralBrokenFields_isRejectedOnTheFirstInFormOrder() {
    assertThatThrownBy(() -> OrganisationRules.contactsAreValid(List.of(new Contact("Anne", null, "abc",
        "anne-at-example")), VALIDATOR)).extracting("field").isEqualTo("contacts[0].phone");
    assertThatThrownBy(() -> OrganisationRules.contactsAreValid(List.of(new Contact("Anne", "x".repeat(121), null,
        "anne-at-example")), VALIDATOR)).extracting("field").isEqualTo("contacts[0].role");
    assertThatThrownBy(() -> OrganisationRules.contactsAreValid(List.of(new Contact("", "x".repeat(121), "abc",
        "anne-at-example")), VALIDATOR)).extracting("field").isEqualTo("contacts[0].name");
  }

  @Test
  void missingContact_isRejectedOnItsPosition() {
    assertThatThrownBy(() -> OrganisationRules.contactsAreValid(Arrays.asList(new Contact("Anne", null, null, null),
        null), VALIDATOR)).extracting("field").isEqualTo("contacts[1]");
  }
}
