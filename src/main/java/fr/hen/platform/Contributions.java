package fr.hen.platform;

import java.util.Collections;
import java.util.Set;

/** Checks shared by the records that modules contribute. */
final class Contributions {

  private Contributions() {}

  static void requireKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A message key is required");
    }
  }

  static void requirePath(String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("A path starting with / is required: " + path);
    }
  }

  /** No roles: anyone signed in; otherwise any one of them. */
  static boolean visible(Set<Role> required, Set<Role> held) {
    return required.isEmpty() || !Collections.disjoint(required, held);
  }
}
