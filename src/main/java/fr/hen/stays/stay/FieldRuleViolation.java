package fr.hen.stays.stay;

import fr.hen.platform.InvalidFieldException;

/**
 * A field breaking one of several rules on it (HTTP 422 naming the field, like any {@link InvalidFieldException});
 * {@code rule} tells the pages which message to show.
 */
final class FieldRuleViolation extends InvalidFieldException {

  private final String rule;

  FieldRuleViolation(String field, String rule, String message) {
    super(field, message);
    this.rule = rule;
  }

  String rule() {
    return rule;
  }

  /** The message key of a business error on a page: {@code stays.invalid.<field>[.<rule>]}. */
  static String messageKey(InvalidFieldException e) {
    return "stays.invalid." + e.field() + (e instanceof FieldRuleViolation v ? "." + v.rule() : "");
  }
}
