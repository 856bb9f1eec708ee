package fr.hen.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or label that shows something ({@link Text#isVisible}): at least one letter or digit, no invisible or
 * control character. Null is valid (pair it with {@code @NotBlank} when required).
 */
@Documented
@Constraint(validatedBy = Visible.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Visible {

  String message() default "{hen.validation.visible}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Visible}. */
  class Validator implements ConstraintValidator<Visible, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || Text.isVisible(value);
    }
  }
}
