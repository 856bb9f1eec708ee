package fr.hen.discharge.plan;

import fr.hen.platform.ConflictException;
import fr.hen.platform.Text;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;

/** The rules of a discharge plan, one named method each (discharge/README.md, "Discharge plan"). */
final class PlanRules {

  /** How long after the admission an expected discharge date may lie. */
  static final int MAX_EXPECTED_STAY_DAYS = 365;
  /** How far ahead of the server clock a medically ready time may lie (clocks of workstations drift). */
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
  /** A French postcode: five digits, département 01 to 98 (Corsica 20, overseas 97, 98). */
  static final Pattern POSTCODE = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}");
  static final int MAX_TOWN = 100;
  static final int MAX_REASON = 500;
  static final int MAX_NEEDS = 40;

  private PlanRules() {}

  /** Only an in-hospital stay's plan changes; a discharged or voided stay's plan is read-only (409). */
  static void open(PlanStatus status) {
    if (status == PlanStatus.DISCHARGED) {
      throw new ConflictException("plan-closed", "The patient is discharged: the discharge plan is read-only");
    }
    if (status == PlanStatus.VOIDED) {
      throw new ConflictException("plan-closed", "The admission was cancelled: the discharge plan is read-only");
    }
  }

  /** The change was made on the plan as it is now, not on an older copy (409 {@code stale-plan}). */
  static void currentVersion(int sent, int current) {
    if (sent != current) {
      throw new ConflictException("stale-plan", "The discharge plan was changed meanwhile (version " + current
          + ", not " + sent + "): reload it and apply your change again");
    }
  }

  /** Only a {@code PHYSICIAN} sets, moves or clears the medically ready time (403). */
  static void medicallyReadyByPhysician(LocalDateTime before, LocalDateTime after, boolean physician) {
    if (!Objects.equals(before, after) && !physician) {
      throw new AccessDeniedException("Only a physician sets or clears medically ready");
    }
  }

  /** The expected discharge date, when set, may not precede the admission date (422). */
  static void expectedDischargeNotBeforeAdmission(LocalDate edd, LocalDateTime admittedAt) {
    if (edd != null && edd.isBefore(admittedAt.toLocalDate())) {
      throw new PlanRuleViolation("expected_discharge_date", "edd-before-admission",
          "must not be before the admission date " + admittedAt.toLocalDate());
    }
  }

  /** The expected discharge date, when set, lies within 365 days of the admission (422). */
  static void expectedDischargeWithinAYear(LocalDate edd, LocalDateTime admittedAt) {
    if (edd != null && edd.isAfter(admittedAt.toLocalDate().plusDays(MAX_EXPECTED_STAY_DAYS))) {
      throw new PlanRuleViolation("expected_discharge_date", "edd-too-far",
          "must be within " + MAX_EXPECTED_STAY_DAYS + " days of the admission");
    }
  }

  /** The reason of an EDD change is optional: at most 500 characters that show something (422). */
  static String eddReason(String reason) {
    String trimmed = reason == null ? "" : reason.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > MAX_REASON || !Text.isVisible(trimmed)) {
      throw new PlanRuleViolation("edd_reason", "reason", "at most " + MAX_REASON
          + " characters showing at least one letter or digit");
    }
    return trimmed;
  }

  /** The medically ready time may not lie ahead of now (five minutes of tolerance) (422). */
  static void medicallyReadyNotInFuture(LocalDateTime ready, LocalDateTime now) {
    if (ready != null && ready.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new PlanRuleViolation("medically_ready_at", "ready-future", "must not be in the future");
    }
  }

  /** The medically ready time may not precede the admission (422). */
  static void medicallyReadyNotBeforeAdmission(LocalDateTime ready, LocalDateTime admittedAt) {
    if (ready != null && ready.isBefore(admittedAt)) {
      throw new PlanRuleViolation("medically_ready_at", "ready-before-admission",
          "must not be before the admission (" + admittedAt + ")");
    }
  }

  /** Every care need is a capability code of the network's catalogue (422 naming {@code needs[i]}). */
  static void knownNeeds(List<String> needs, Set<String> catalogue) {
    if (needs.size() > MAX_NEEDS) {
      throw new PlanRuleViolation("needs", "needs-too-many", "at most " + MAX_NEEDS + " needs");
    }
    for (int i = 0; i < needs.size(); i++) {
      if (needs.get(i) == null || !catalogue.contains(needs.get(i))) {
        throw new PlanRuleViolation("needs[" + i + "]", "need-unknown",
            "unknown capability " + Text.excerpt(needs.get(i)));
      }
    }
  }

  /** The autonomy group (AGGIR) is GIR 1 to 6 (422). */
  static void girInRange(Integer gir) {
    if (gir != null && (gir < 1 || gir > 6)) {
      throw new PlanRuleViolation("gir", "gir-range", "GIR is 1 to 6");
    }
  }

  /** A home postcode is a French one: five digits (422); kept trimmed. */
  static String frenchPostcode(String postcode) {
    String trimmed = postcode == null ? "" : postcode.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (!POSTCODE.matcher(trimmed).matches()) {
      throw new PlanRuleViolation("home_postcode", "postcode", "a French postcode of five digits is expected, not "
          + Text.excerpt(trimmed));
    }
    return trimmed;
  }

  /** A home town shows something (a letter or digit, no invisible character), at most 100 characters (422). */
  static String visibleTown(String town) {
    String trimmed = town == null ? "" : town.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > MAX_TOWN || !Text.isVisible(trimmed)) {
      throw new PlanRuleViolation("home_town", "town", "at most " + MAX_TOWN
          + " characters showing at least one letter or digit");
    }
    return trimmed;
  }
}
