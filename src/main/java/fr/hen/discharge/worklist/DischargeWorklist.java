package fr.hen.discharge.worklist;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditLog;
import fr.hen.platform.PageSlice;
import fr.hen.stays.StayRoster;
import fr.hen.stays.StayRoster.RosterLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discharge worklist of the user's hospital (README "Discharge worklist"): its in-hospital patients with their
 * plans and referrals, most urgent first ({@link Urgency#ORDER}), DAC escalation flagged, filtered, one page at a
 * time; the patients shown are recorded in the audit log as one read.
 */
@Service
@PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
class DischargeWorklist {

  /** Patients and the urgent ones of a unit (all in-hospital patients, whatever the filters). */
  public record UnitCount(String code, String name, int patients, int ready, int dac) {}

  /** One page of the worklist, the units' counts, today's date and the DAC delay in force. */
  public record Worklist(LocalDate today, int dacAfterDays, List<UnitCount> units, PageSlice<WorklistEntry> page) {}

  private final StayRoster roster;
  private final WorklistQueries queries;
  private final AuditLog audit;
  private final Clock clock;
  private final int dacAfterDays;

  DischargeWorklist(StayRoster roster, WorklistQueries queries, AuditLog audit, Clock clock,
      @Value("${hen.discharge.dac-after-days:5}") int dacAfterDays) {
    this.roster = roster;
    this.queries = queries;
    this.audit = audit;
    this.clock = clock;
    this.dacAfterDays = dacAfterDays;
  }

  @Transactional
  public Worklist worklist(Actor actor, WorklistFilter filter, int page, int size) {
    LocalDate today = LocalDate.now(clock);
    List<RosterLine> stays = roster.inHospital(actor);
    Map<Long, WorklistQueries.PlanRow> plans = queries.plans(actor.organisationId());
    Map<Long, StayFacts.Referrals> referrals = queries.referrals(actor.organisationId());
    List<WorklistEntry> all = stays.stream()
        .map(s -> WorklistEntry.of(facts(s, plans.get(s.stayId()), referrals), today, dacAfterDays))
        .toList();
    List<WorklistEntry> shown = all.stream().filter(e -> filter.matches(e, today)).sorted(Urgency.ORDER).toList();
    PageSlice<WorklistEntry> slice = PageSlice.of(shown, page, size);
    audit.recordRead(actor, "Stay", slice.items().stream().map(e -> e.facts().stay().patientId()).distinct()
        .toList(), "discharge worklist");
    return new Worklist(today, dacAfterDays, units(all), slice);
  }

  private static StayFacts facts(RosterLine stay, WorklistQueries.PlanRow plan,
      Map<Long, StayFacts.Referrals> referrals) {
    StayFacts.Referrals ofStay = referrals.getOrDefault(stay.stayId(), StayFacts.Referrals.NONE);
    if (plan == null) {
      return new StayFacts(stay, stay.expectedDischargeDate(), stay.medicallyReadyAt(), List.of(), null, ofStay);
    }
    return new StayFacts(stay,
        plan.expectedDischargeDate() != null ? plan.expectedDischargeDate() : stay.expectedDischargeDate(),
        plan.medicallyReadyAt() != null ? plan.medicallyReadyAt() : stay.medicallyReadyAt(),
        plan.needs() == null || plan.needs().isBlank() ? List.of() : Arrays.asList(plan.needs().split(",")),
        plan.destinationType(), ofStay);
  }

  private static List<UnitCount> units(List<WorklistEntry> entries) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    entries.stream().sorted(java.util.Comparator.comparing(e -> e.facts().stay().unitCode())).forEach(e -> {
      String code = e.facts().stay().unitCode();
      names.putIfAbsent(code, e.facts().stay().unitName());
      int[] c = counts.computeIfAbsent(code, k -> new int[3]);
      c[0]++;
      c[1] += e.facts().medicallyReadyAt() != null ? 1 : 0;
      c[2] += e.dac().proposed() ? 1 : 0;
    });
    return counts.entrySet().stream().map(c -> new UnitCount(c.getKey(), names.get(c.getKey()), c.getValue()[0],
        c.getValue()[1], c.getValue()[2])).toList();
  }
}
