package fr.hen.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The resource does not exist, or is not visible to the user (HTTP 404 either way: no existence leak). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String resource, Object id) {
    super(resource + " '" + id + "' not found");
  }
}
