package fr.hen.discharge;

import fr.hen.platform.BulkInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The discharge module's bulk loader (demo seeding, imports): discharge plans with their history, referral files,
 * referrals with their state changes and messages, in a few bulk statements ({@code platform.BulkInsert}: COPY on
 * PostgreSQL). Ids are given by the caller (a plan's is its stay's id); identities restart past them. Every
 * reference is checked inside the load before anything is written. A plan whose stay already has one is left as it
 * is (plans are created idempotently from the stays events too), and so are its changes. No audit entry and no
 * event: the rows are history, not users' actions (no notification is sent for them).
 */
@Component
public class DischargeBulkLoader {

  /** A stay's discharge plan; {@code status} IN_HOSPITAL, DISCHARGED or VOIDED. */
  public record Plan(long stayId, long organisationId, long patientId, LocalDateTime admittedAt, String status,
      LocalDate expectedDischargeDate, LocalDateTime eddSetAt, LocalDateTime medicallyReadyAt, List<String> needs,
      Integer gir, Boolean livesAlone, Carer carer, Housing housing, String homePostcode, String homeTown,
      DestinationType destinationType, Set<ChecklistItem> checklist, LocalDateTime dischargedAt,
      String dischargeDestination, Long dischargeOrganisationId, LocalDateTime updatedAt, String updatedBy) {}

  /** One line of a plan's history; {@code actorKind} PERSON or SYSTEM. */
  public record PlanChange(long id, long stayId, long organisationId, String field, String oldValue,
      String newValue, String reason, String changedBy, String actorKind, LocalDateTime changedAt) {}

  /** A referral file: what the hospital sent, a snapshot of the plan. */
  public record File(long id, long organisationId, long stayId, long patientId, String patientName,
      LocalDate birthDate, String sex, String homePostcode, String homeTown, Integer gir, List<String> needs,
      DestinationType destinationType, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt,
      String summary, LocalDateTime createdAt, String createdBy) {}

  /** One request to one partner, in its current state with the times of its steps. */
  public record Referral(long id, long fileId, long organisationId, long stayId, long partnerId, String partnerCode,
      String partnerType, ReferralStatus status, LocalDateTime sentAt, LocalDateTime viewedAt,
      LocalDateTime answeredAt, LocalDateTime acceptedAt, LocalDateTime refusedAt, RefusalReason refusalReason,
      String answerText, LocalDate admissionDate, LocalDateTime confirmedAt, LocalDateTime closedAt,
      LocalDateTime expiresAt, LocalDateTime createdAt, LocalDateTime updatedAt) {}

  /** A state change of a referral ({@code from} null at creation); {@code actorKind} PERSON or SYSTEM. */
  public record Transition(long id, long referralId, ReferralStatus from, ReferralStatus to, String actor,
      String actorKind, Long actorOrganisationId, LocalDateTime at, String note) {}

  /** A message of a referral's thread. */
  public record Message(long id, long referralId, String author, long authorOrganisationId,
      ReferralMessagePosted.Side authorSide, String body, LocalDateTime sentAt) {}

  /** One load. */
  public record Load(List<Plan> plans, List<PlanChange> planChanges, List<File> files, List<Referral> referrals,
      List<Transition> transitions, List<Message> messages) {}

  private final BulkInsert bulk;
  private final JdbcClient jdbc;

  DischargeBulkLoader(BulkInsert bulk, JdbcClient jdbc) {
    this.bulk = bulk;
    this.jdbc = jdbc;
  }

  /**
   * Writes the load (in the caller's transaction if any). A broken reference (a plan change of a stay without a plan
   * in the load or the database, a referral of a file not in the load, a transition or message of a referral not in
   * the load) or two rows with one id is an {@link IllegalArgumentException} before anything is written. Two loads
   * of disjoint tables (plans and their changes; files, referrals, transitions and messages) may run side by side.
   */
  public void load(Load load) {
    Set<Long> existing = new HashSet<>(jdbc.sql("SELECT stay_id FROM discharge_plan").query(Long.class).list());
    check(load, existing);
    List<Plan> plans = load.plans().stream().filter(p -> !existing.contains(p.stayId())).toList();
    List<PlanChange> changes = load.planChanges().stream().filter(c -> !existing.contains(c.stayId())).toList();
    bulk.insert("discharge_plan", List.of("stay_id", "organisation_id", "patient_id", "admitted_at", "status",
        "expected_discharge_date", "edd_set_at", "medically_ready_at", "needs", "gir", "lives_alone", "carer",
        "housing", "home_postcode", "home_town", "destination_type", "checklist", "discharged_at",
        "discharge_destination", "discharge_organisation_id", "created_at", "updated_at", "updated_by"),
        rows(plans, p -> new Object[] {p.stayId(), p.organisationId(), p.patientId(), ts(p.admittedAt()), p.status(),
            date(p.expectedDischargeDate()), ts(p.eddSetAt()), ts(p.medicallyReadyAt()), codes(p.needs()), p.gir(),
            p.livesAlone(), name(p.carer()), name(p.housing()), p.homePostcode(), p.homeTown(),
            name(p.destinationType()), codes(p.checklist().stream().map(Enum::name).toList()),
            ts(p.dischargedAt()), p.dischargeDestination(), p.dischargeOrganisationId(), ts(p.admittedAt()),
            ts(p.updatedAt()), p.updatedBy()}));
    bulk.insert("discharge_plan_change", List.of("id", "stay_id", "organisation_id", "field", "old_value",
        "new_value", "reason", "changed_by", "actor_kind", "changed_at"), rows(changes, c -> new Object[] {c.id(),
        c.stayId(), c.organisationId(), c.field(), c.oldValue(), c.newValue(), c.reason(), c.changedBy(),
        c.actorKind(), ts(c.changedAt())}));
    bulk.insert("referral_file", List.of("id", "organisation_id", "stay_id", "patient_id", "patient_name",
        "birth_date", "sex", "home_postcode", "home_town", "gir", "needs", "destination_type",
        "expected_discharge_date", "medically_ready_at", "summary", "created_at", "created_by"),
        rows(load.files(), f -> new Object[] {f.id(), f.organisationId(), f.stayId(), f.patientId(), f.patientName(),
            date(f.birthDate()), f.sex(), f.homePostcode(), f.homeTown(), f.gir(), codes(f.needs()),
            name(f.destinationType()), date(f.expectedDischargeDate()), ts(f.medicallyReadyAt()), f.summary(),
            ts(f.createdAt()), f.createdBy()}));
    bulk.insert("referral", List.of("id", "file_id", "organisation_id", "stay_id", "partner_id", "partner_code",
        "partner_type", "status", "sent_at", "viewed_at", "answered_at", "accepted_at", "refused_at",
        "refusal_reason", "answer_text", "admission_date", "confirmed_at", "closed_at", "expires_at", "created_at",
        "updated_at"), rows(load.referrals(), r -> new Object[] {r.id(), r.fileId(), r.organisationId(), r.stayId(),
        r.partnerId(), r.partnerCode(), r.partnerType(), r.status().name(), ts(r.sentAt()), ts(r.viewedAt()),
        ts(r.answeredAt()), ts(r.acceptedAt()), ts(r.refusedAt()), name(r.refusalReason()), r.answerText(),
        date(r.admissionDate()), ts(r.confirmedAt()), ts(r.closedAt()), ts(r.expiresAt()), ts(r.createdAt()),
        ts(r.updatedAt())}));
    bulk.insert("referral_transition", List.of("id", "referral_id", "from_status", "to_status", "actor",
        "actor_kind", "actor_organisation_id", "at", "note"), rows(load.transitions(), t -> new Object[] {t.id(),
        t.referralId(), name(t.from()), t.to().name(), t.actor(), t.actorKind(), t.actorOrganisationId(),
        ts(t.at()), t.note()}));
    bulk.insert("referral_message", List.of("id", "referral_id", "author", "author_organisation_id", "author_side",
        "body", "sent_at"), rows(load.messages(), m -> new Object[] {m.id(), m.referralId(), m.author(),
        m.authorOrganisationId(), m.authorSide().name(), m.body(), ts(m.sentAt())}));
    // only the tables written: two loads of disjoint tables may run side by side
    restartIdentity("discharge_plan_change", changes);
    restartIdentity("referral_file", load.files());
    restartIdentity("referral", load.referrals());
    restartIdentity("referral_transition", load.transitions());
    restartIdentity("referral_message", load.messages());
  }

  /**
   * Deletes every plan, plan change, file, attachment, referral, transition and message: only for undoing a load
   * into an empty database that failed half way without a transaction around it.
   */
  public void clear() {
    for (String table : List.of("referral_message", "referral_transition", "referral", "referral_attachment",
        "referral_file", "discharge_plan_change", "discharge_plan")) {
      jdbc.sql("DELETE FROM " + table).update();
    }
  }

  private void restartIdentity(String table, List<?> rows) {
    if (!rows.isEmpty()) {
      bulk.restartIdentity(table);
    }
  }

  private static void check(Load load, Set<Long> existingPlans) {
    Set<Long> stays = ids(load.plans(), Plan::stayId);
    stays.addAll(existingPlans);
    requireIn(load.planChanges(), PlanChange::stayId, stays, "plan change", "stay");
    Set<Long> files = ids(load.files(), File::id);
    requireIn(load.referrals(), Referral::fileId, files, "referral", "file");
    Set<Long> referrals = ids(load.referrals(), Referral::id);
    requireIn(load.transitions(), Transition::referralId, referrals, "transition", "referral");
    requireIn(load.messages(), Message::referralId, referrals, "message", "referral");
  }

  private static <T> void requireIn(List<T> items, Function<T, Long> ref, Set<Long> known, String what,
      String of) {
    for (T item : items) {
      if (!known.contains(ref.apply(item))) {
        throw new IllegalArgumentException("A " + what + " of an unknown " + of + " " + ref.apply(item));
      }
    }
  }

  private static <T> Set<Long> ids(List<T> items, Function<T, Long> id) {
    Set<Long> ids = new HashSet<>();
    for (T item : items) {
      if (!ids.add(id.apply(item))) {
        throw new IllegalArgumentException("Two rows with the id " + id.apply(item));
      }
    }
    return ids;
  }

  private static <T> List<Object[]> rows(List<T> items, Function<T, Object[]> values) {
    List<Object[]> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add(values.apply(item)));
    return rows;
  }

  /** Codes as the tables keep them: sorted, comma-separated, empty when none. */
  private static String codes(Collection<String> codes) {
    return codes == null ? "" : codes.stream().sorted().distinct().collect(Collectors.joining(","));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
