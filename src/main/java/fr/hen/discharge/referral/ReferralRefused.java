package fr.hen.discharge.referral;

import fr.hen.platform.InvalidFieldException;

/**
 * A field of a referral request that breaks a rule (HTTP 422 naming the field), with a stable reason and its
 * arguments, so that pages show it in the user's language ({@code referral.invalid.<reason>}).
 */
class ReferralRefused extends InvalidFieldException {

  private final String reason;
  private final transient Object[] arguments;

  ReferralRefused(String field, String reason, String message, Object... arguments) {
    super(field, message);
    this.reason = reason;
    this.arguments = arguments.clone();
  }

  String reason() {
    return reason;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
