package fr.hen.discharge.plan;

import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.Housing;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A new state of a stay's plan, as sent (API body or page form), on top of {@code version}: every field replaces the
 * stored one (null clears it, an empty or null list empties it), except {@code medicallyReady}: null leaves the
 * medically ready time as it is; true with a {@code medicallyReadyAt} sets that time, true without one keeps the time
 * already set or takes now; false clears it. {@code eddReason} goes with a change of the expected discharge date.
 */
record PlanCommand(long stayId, int version, LocalDate expectedDischargeDate, String eddReason,
    Boolean medicallyReady, LocalDateTime medicallyReadyAt, List<String> needs, Integer gir, Boolean livesAlone,
    Carer carer, Housing housing, String homePostcode, String homeTown, DestinationType destinationType,
    List<ChecklistItem> checklist) {

  PlanCommand {
    needs = needs == null ? List.of() : needs.stream().map(n -> n == null ? null : n.strip()).toList();
    checklist = checklist == null ? List.of() : List.copyOf(checklist);
  }

  /** The medically ready time this command asks for, given the one set now. */
  LocalDateTime medicallyReadyAt(LocalDateTime current, LocalDateTime now) {
    boolean ready = medicallyReady != null ? medicallyReady : medicallyReadyAt != null || current != null;
    if (!ready) {
      return null;
    }
    if (medicallyReadyAt != null) {
      boolean sameMinute = current != null && current.truncatedTo(ChronoUnit.MINUTES).equals(medicallyReadyAt);
      return sameMinute ? current : medicallyReadyAt; // a form shows minutes: sending them back changes nothing
    }
    return current != null ? current : now.withSecond(0).withNano(0);
  }
}
