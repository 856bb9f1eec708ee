package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.H2SmokeTest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Validation messages are written for people, in French and English, never the framework's defaults. */
@H2SmokeTest
class ValidationMessagesTest {

  record Form(@NotNull String required, @Size(max = 5) String shortText, @Size(min = 3, max = 8) String code,
      @Visible String name) {}

  @Autowired Validator validator;

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  String messages(Locale locale, Form form) {
    LocaleContextHolder.setLocale(locale);
    return validator.validate(form).stream().map(v -> v.getPropertyPath() + "=" + v.getMessage()).sorted()
        .collect(Collectors.joining(" | "));
  }

  @Test
  void frenchMessages_areWrittenForPeople() {
    assertThat(messages(Locale.FRENCH, new Form(null, "trop long", "ab", "\u200b")))
        .isEqualTo("code=De 3 à 8 caractères. | name=Saisissez un texte lisible : au moins une lettre ou un chiffre, "
            + "sans caractère invisible. | required=Ce champ est obligatoire. | shortText=Au plus 5 caractères.");
  }

  @Test
  void englishMessages_areWrittenForPeople() {
    assertThat(messages(Locale.ENGLISH, new Form(null, "too long", "ab", "x")))
        .isEqualTo("code=From 3 to 8 characters. | required=This field is required. | shortText=At most 5 characters.");
  }
}
