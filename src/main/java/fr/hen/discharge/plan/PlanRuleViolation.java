package fr.hen.discharge.plan;

import fr.hen.platform.InvalidFieldException;

/**
 * A field of a discharge plan breaking one of its rules (HTTP 422 naming the field); {@code rule} names the message
 * the page shows ({@code dischargePlan.invalid.<rule>}).
 */
final class PlanRuleViolation extends InvalidFieldException {

  private final String rule;

  PlanRuleViolation(String field, String rule, String message) {
    super(field, message);
    this.rule = rule;
  }

  String rule() {
    return rule;
  }
}
