package fr.hen;

import fr.hen.AccessMatrix.Target;
import fr.hen.AccessWorld.Site;
import fr.hen.platform.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of the access matrix: who may call it ({@code allowed}, on their own organisation's records), who
 * reaches any organisation's records ({@code anyOrganisation}), what the others allowed get for another
 * organisation's record ({@code elsewhere}: 404, as if it did not exist, unless the record is public), the status of
 * a successful call, the targets tried, and how to build a valid call.
 *
 * @param hospitalScoped the call names records of a hospital (units, beds, stays): a caller of a partner structure
 *     has none of its own, so only the other organisation's are tried
 */
record AccessEntry(String method, String path, Set<Role> allowed, Set<Role> anyOrganisation, int elsewhere,
    int status, Set<Target> targets, boolean hospitalScoped, Sample sample) {

  /** Builds a valid call; {@code org}: the organisation whose records it names, {@code ref}: the one its body names. */
  @FunctionalInterface
  interface Sample {
    Call call(AccessWorld world, Site org, Site ref) throws Exception;
  }

  /** What to send: path variables in order, query parameters, JSON body (or none), a PDF as multipart "file". */
  record Call(List<Object> pathVariables, Map<String, String> query, String body, byte[] file) {

    static Call of(Object... pathVariables) {
      return new Call(List.of(pathVariables), new LinkedHashMap<>(), null, null);
    }

    /** Sends a multipart/form-data request whose part "file" is this PDF. */
    Call file(byte[] pdf) {
      return new Call(pathVariables, query, body, pdf);
    }

    /** Adds a query parameter, unless its value is null (a partner has no unit nor patient to filter by). */
    Call query(String name, Object value) {
      if (value != null) {
        query.put(name, String.valueOf(value));
      }
      return this;
    }

    Call body(String json) {
      return new Call(pathVariables, query, json, file);
    }
  }

  String operation() {
    return method + " " + path;
  }

  /** A list filtered by a record: a page of the caller's own, an empty page for another organisation's. */
  boolean filtersByRecord() {
    return elsewhere == 200;
  }

  /** The status a role gets for a target. */
  int expected(Role role, Target target) {
    if (!allowed.contains(role)) {
      return 403;
    }
    return target == Target.OWN || anyOrganisation.contains(role) ? status : elsewhere;
  }

  /** The targets tried for a caller of this organisation. */
  List<Target> targetsFor(boolean callerInHospital) {
    List<Target> tried = new ArrayList<>(targets);
    if (hospitalScoped && !callerInHospital) {
      tried.retainAll(List.of(Target.OTHER));
    }
    return tried;
  }

  AccessEntry created() {
    return new AccessEntry(method, path, allowed, anyOrganisation, elsewhere, 201, targets, hospitalScoped, sample);
  }

  AccessEntry accepted() {
    return new AccessEntry(method, path, allowed, anyOrganisation, elsewhere, 202, targets, hospitalScoped, sample);
  }

  AccessEntry noContent() {
    return new AccessEntry(method, path, allowed, anyOrganisation, elsewhere, 204, targets, hospitalScoped, sample);
  }

  AccessEntry anyOrganisation(Set<Role> roles) {
    return new AccessEntry(method, path, allowed, EnumSet.copyOf(roles), elsewhere, status, targets, hospitalScoped,
        sample);
  }

  AccessEntry elsewhere(int otherStatus) {
    return new AccessEntry(method, path, allowed, anyOrganisation, otherStatus, status, targets, hospitalScoped,
        sample);
  }

  AccessEntry targets(Target first, Target... rest) {
    return new AccessEntry(method, path, allowed, anyOrganisation, elsewhere, status, EnumSet.of(first, rest),
        hospitalScoped, sample);
  }

  AccessEntry hospitalRecords() {
    return new AccessEntry(method, path, allowed, anyOrganisation, elsewhere, status, targets, true, sample);
  }
}
