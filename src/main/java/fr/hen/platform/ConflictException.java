package fr.hen.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request is well formed but clashes with the current state (a taken bed, a discharged stay, a duplicate
 * code): HTTP 409 with the reason. {@code code} is a stable machine-readable reason, {@code getMessage()} the
 * human one.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
