package fr.hen.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A field value that passed the syntax checks but breaks a business rule (HTTP 422 naming the field). */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
