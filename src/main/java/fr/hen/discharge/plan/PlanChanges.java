package fr.hen.discharge.plan;

import fr.hen.discharge.plan.DischargePlan.Change;
import fr.hen.discharge.plan.DischargePlan.Content;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The history lines of a change of a plan: one per field whose value changed, with the old and the new value as
 * text (dates ISO-8601, codes as written, lists comma-separated, null when empty). The reason goes with the expected
 * discharge date.
 */
final class PlanChanges {

  private PlanChanges() {}

  static List<Change> between(Content before, Content after, String eddReason, String by, LocalDateTime at) {
    List<Change> changes = new ArrayList<>();
    field(changes, "expected_discharge_date", before, after, Content::expectedDischargeDate, eddReason, by, at);
    field(changes, "medically_ready_at", before, after, Content::medicallyReadyAt, null, by, at);
    field(changes, "needs", before, after, c -> joined(c.needs()), null, by, at);
    field(changes, "gir", before, after, Content::gir, null, by, at);
    field(changes, "lives_alone", before, after, Content::livesAlone, null, by, at);
    field(changes, "carer", before, after, Content::carer, null, by, at);
    field(changes, "housing", before, after, Content::housing, null, by, at);
    field(changes, "home_postcode", before, after, Content::homePostcode, null, by, at);
    field(changes, "home_town", before, after, Content::homeTown, null, by, at);
    field(changes, "destination_type", before, after, Content::destinationType, null, by, at);
    field(changes, "checklist", before, after, c -> joined(c.checklist()), null, by, at);
    return changes;
  }

  private static void field(List<Change> changes, String name, Content before, Content after,
      Function<Content, Object> value, String reason, String by, LocalDateTime at) {
    String old = text(value.apply(before));
    String now = text(value.apply(after));
    if (!Objects.equals(old, now)) {
      changes.add(new Change(name, old, now, reason, by, at));
    }
  }

  private static String joined(List<?> values) {
    return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
