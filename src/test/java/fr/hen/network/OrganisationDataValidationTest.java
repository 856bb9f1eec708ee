package fr.hen.network;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OrganisationDataValidationTest {

  static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static OrganisationData data(String code, String name, String city, Double lat, Double lon, String phone,
      String email, Integer delay) {
    return new OrganisationData(code, OrganisationType.HAD, name, null, "1 rue de la Paix", "59000", city, lat, lon,
        phone, email, PartnershipStatus.ACTIVE, delay, null, List.of(), List.of(new Contact("Anne", "IDEC", null, null)));
  }

  static Set<String> invalidFields(OrganisationData data) {
    return VALIDATOR.validate(data).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void completeData_isValid() {
    assertThat(invalidFields(data("HAD-LILLE_1", "HAD Lille", "Lille", 50.6, 3.1, "+33 3 20 00 00 00",
        "had@example.org", 24))).isEmpty();
  }

  @Test
  void codeWithLowerCaseOrTooShort_isInvalid() {
    assertThat(invalidFields(data("had-lille", "HAD", "Lille", null, null, null, null, null))).containsExactly("code");
    assertThat(invalidFields(data("H", "HAD", "Lille", null, null, null, null, null))).containsExactly("code");
    assertThat(invalidFields(data("A".repeat(33), "HAD", "Lille", null, null, null, null, null)))
        .containsExactly("code");
  }

  @Test
  void blankNameOrCity_isInvalid() {
    assertThat(invalidFields(data("HAD1", " ", "", null, null, null, null, null)))
        .containsExactlyInAnyOrder("name", "city");
  }

  @Test
  void nameOver200Characters_isInvalid() {
    assertThat(invalidFields(data("HAD1", "x".repeat(201), "Lille", null, null, null, null, null)))
        .containsExactly("name");
  }

  @Test
  void coordinatesOutOfRange_areInvalid() {
    assertThat(invalidFields(data("HAD1", "HAD", "Lille", 95.0, -181.0, null, null, null)))
        .containsExactlyInAnyOrder("latitude", "longitude");
  }

  @Test
  void badPhoneOrEmail_isInvalid() {
    assertThat(invalidFields(data("HAD1", "HAD", "Lille", null, null, "call me", "not-an-email", null)))
        .containsExactlyInAnyOrder("phone", "email");
  }

  @Test
  void negativeAnswerDelay_isInvalid() {
    assertThat(invalidFields(data("HAD1", "HAD", "Lille", null, null, null, null, -1)))
        .containsExactly("answerDelayHours");
  }

  @Test
  void contactWithoutName_isInvalid() {
    OrganisationData d = new OrganisationData("HAD1", OrganisationType.HAD, "HAD", null, null, null, "Lille", null,
        null, null, null, PartnershipStatus.PROSPECT, null, null, null, List.of(new Contact("", null, null, "x")));
    assertThat(invalidFields(d)).containsExactlyInAnyOrder("contacts[0].name", "contacts[0].email");
  }
}
