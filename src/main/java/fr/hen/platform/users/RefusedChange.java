package fr.hen.platform.users;

import fr.hen.platform.InvalidFieldException;

/** An account change the administrator may not make: the field it concerns and the message key shown there. */
final class RefusedChange extends InvalidFieldException {

  private final String messageKey;

  RefusedChange(String field, String messageKey, String message) {
    super(field, message);
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
