package fr.hen.network;

import java.util.List;

/**
 * A broken field of one line of a capacity declaration: the line (from 0), the field as named in the JSON
 * ({@code capability}, {@code places}, {@code free_places}, {@code capacity_status}), a message key of the network
 * bundle with its arguments for pages, and the English message of the API.
 */
public record CapacityProblem(int line, String field, String messageKey, List<Object> arguments, String message) {

  public CapacityProblem {
    arguments = List.copyOf(arguments);
  }

  /** The field's path in a request body, e.g. {@code capabilities[2].free_places}. */
  public String path() {
    return "capabilities[" + line + "]." + field;
  }
}
