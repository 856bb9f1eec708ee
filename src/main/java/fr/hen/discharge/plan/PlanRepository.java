package fr.hen.discharge.plan;

import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.Housing;
import fr.hen.discharge.plan.DischargePlan.Change;
import fr.hen.discharge.plan.DischargePlan.Content;
import fr.hen.discharge.plan.DischargePlan.Opening;
import fr.hen.platform.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code discharge_plan} and {@code discharge_plan_change} tables; every query names the organisation. */
@Repository
class PlanRepository {

  private static final String COLUMNS = """
      stay_id, organisation_id, patient_id, admitted_at, status, expected_discharge_date, edd_set_at,
      medically_ready_at, needs, gir, lives_alone, carer, housing, home_postcode, home_town, destination_type,
      checklist, discharged_at, discharge_destination, discharge_organisation_id, updated_at, updated_by, version""";

  private static final String INSERT = """
      INSERT INTO discharge_plan (stay_id, organisation_id, patient_id, admitted_at, status, expected_discharge_date,
          edd_set_at, medically_ready_at, discharged_at, discharge_destination, discharge_organisation_id,
          created_at, updated_at, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  PlanRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  Optional<DischargePlan> find(long organisationId, long stayId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM discharge_plan WHERE stay_id = :id AND organisation_id = :org")
        .param("id", stayId).param("org", organisationId).query(PlanRepository::plan).optional();
  }

  /** The plan, its row locked until the end of the transaction (changes of one plan wait for each other). */
  Optional<DischargePlan> lock(long organisationId, long stayId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM discharge_plan WHERE stay_id = :id AND organisation_id = :org "
            + "FOR UPDATE")
        .param("id", stayId).param("org", organisationId).query(PlanRepository::plan).optional();
  }

  /** Any organisation's plan, locked: for the system actor following the stays' events. */
  Optional<DischargePlan> lockForSystem(long stayId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM discharge_plan WHERE stay_id = :id FOR UPDATE")
        .param("id", stayId).query(PlanRepository::plan).optional();
  }

  /** {@link #lockForSystem} for many stays, locked in id order; by stay id. */
  java.util.Map<Long, DischargePlan> lockAllForSystem(Collection<Long> stayIds) {
    java.util.Map<Long, DischargePlan> plans = new java.util.HashMap<>();
    if (!stayIds.isEmpty()) {
      jdbc.sql("SELECT " + COLUMNS + " FROM discharge_plan WHERE stay_id IN (:ids) ORDER BY stay_id FOR UPDATE")
          .param("ids", stayIds).query(PlanRepository::plan).list().forEach(p -> plans.put(p.stayId(), p));
    }
    return plans;
  }

  /** A plan brought to its stay's status ({@link #follow}), as one row of {@link #followAll}. */
  record Follow(long stayId, PlanStatus status, LocalDateTime dischargedAt, String destination,
      Long destinationOrganisation) {}

  /** {@link #follow} for many plans, as one JDBC batch. */
  void followAll(List<Follow> rows, Actor actor, LocalDateTime now) {
    if (rows.isEmpty()) {
      return;
    }
    template.batchUpdate("""
        UPDATE discharge_plan SET status = ?, discharged_at = ?, discharge_destination = ?,
            discharge_organisation_id = ?, updated_at = ?, updated_by = ?, version = version + 1
        WHERE stay_id = ?""", rows.stream().map(r -> new Object[] {r.status().name(),
        r.dischargedAt() == null ? null : java.sql.Timestamp.valueOf(r.dischargedAt()), r.destination(),
        r.destinationOrganisation(), java.sql.Timestamp.valueOf(now), actor.name(), r.stayId()}).toList(),
        new int[] {java.sql.Types.VARCHAR, java.sql.Types.TIMESTAMP, java.sql.Types.VARCHAR, java.sql.Types.BIGINT,
            java.sql.Types.TIMESTAMP, java.sql.Types.VARCHAR, java.sql.Types.BIGINT});
  }

  /** {@link #recordChanges} of many plans (stay id, organisation id, change), as one JDBC batch. */
  void recordAllChanges(List<java.util.Map.Entry<long[], Change>> changes, Actor actor) {
    if (changes.isEmpty()) {
      return;
    }
    template.batchUpdate("""
        INSERT INTO discharge_plan_change (stay_id, organisation_id, field, old_value, new_value, reason, changed_by,
            actor_kind, changed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes.stream().map(e -> {
          Change c = e.getValue();
          return new Object[] {e.getKey()[0], e.getKey()[1], c.field(), c.oldValue(), c.newValue(), c.reason(),
              c.changedBy(), actor.kind().name(), java.sql.Timestamp.valueOf(c.changedAt())};
        }).toList(), new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR, java.sql.Types.TIMESTAMP});
  }

  /**
   * Opens a plan unless the stay has one already; whether it was opened. The stay's dates are copied; {@code edd_set_at}
   * stays null (when a copied EDD was set is not known).
   */
  boolean openIfMissing(Opening o, LocalDateTime now) {
    return template.update(INSERT, values(o, now)) > 0;
  }

  /** Opens the plans of these stays that have none (one batch); how many were opened. */
  int openAllMissing(Collection<Opening> openings, LocalDateTime now) {
    if (openings.isEmpty()) {
      return 0;
    }
    int[] counts = template.batchUpdate(INSERT, openings.stream().map(o -> values(o, now)).toList());
    return Arrays.stream(counts).map(c -> c < 0 ? 1 : c).sum();
  }

  private static Object[] values(Opening o, LocalDateTime now) {
    return new Object[] {o.stayId(), o.organisationId(), o.patientId(), o.admittedAt(), o.status().name(),
        o.expectedDischargeDate(), null, o.medicallyReadyAt(), // when a copied EDD was set is unknown
        o.dischargedAt(), o.dischargeDestination(), o.dischargeOrganisationId(), now, now};
  }

  /** The stays of an organisation that have a plan. */
  Set<Long> plannedStays(long organisationId) {
    return new HashSet<>(jdbc.sql("SELECT stay_id FROM discharge_plan WHERE organisation_id = :org")
        .param("org", organisationId).query(Long.class).list());
  }

  /** Writes a change of the plan's content if it is still at {@code version}; the version moves on by one. */
  boolean update(long stayId, int version, Content c, boolean eddChanged, Actor actor, LocalDateTime now) {
    return jdbc.sql("""
            UPDATE discharge_plan SET expected_discharge_date = :edd,
                edd_set_at = CASE WHEN :eddChanged THEN :now ELSE edd_set_at END, medically_ready_at = :ready,
                needs = :needs, gir = :gir, lives_alone = :alone, carer = :carer, housing = :housing,
                home_postcode = :postcode, home_town = :town, destination_type = :destination,
                checklist = :checklist, updated_at = :now, updated_by = :by, version = version + 1
            WHERE stay_id = :id AND version = :version""")
        .param("version", version).param("edd", c.expectedDischargeDate()).param("eddChanged", eddChanged).param("now", now)
        .param("ready", c.medicallyReadyAt()).param("needs", String.join(",", c.needs())).param("gir", c.gir())
        .param("alone", c.livesAlone()).param("carer", name(c.carer())).param("housing", name(c.housing()))
        .param("postcode", c.homePostcode()).param("town", c.homeTown())
        .param("destination", name(c.destinationType()))
        .param("checklist", String.join(",", c.checklist().stream().map(Enum::name).toList()))
        .param("by", actor.name()).param("id", stayId).update() == 1;
  }

  /** Moves the plan to the status of its stay (discharge fields set when discharged, cleared otherwise). */
  void follow(long stayId, PlanStatus status, LocalDateTime dischargedAt, String destination,
      Long destinationOrganisation, Actor actor, LocalDateTime now) {
    jdbc.sql("""
            UPDATE discharge_plan SET status = :status, discharged_at = :at, discharge_destination = :destination,
                discharge_organisation_id = :partner, updated_at = :now, updated_by = :by, version = version + 1
            WHERE stay_id = :id""")
        .param("status", status.name()).param("at", dischargedAt).param("destination", destination)
        .param("partner", destinationOrganisation).param("now", now).param("by", actor.name())
        .param("id", stayId).update();
  }

  void recordChanges(long stayId, long organisationId, List<Change> changes, Actor actor) {
    for (Change c : changes) {
      jdbc.sql("""
              INSERT INTO discharge_plan_change (stay_id, organisation_id, field, old_value, new_value, reason,
                  changed_by, actor_kind, changed_at)
              VALUES (:stay, :org, :field, :old, :new, :reason, :by, :kind, :at)""")
          .param("stay", stayId).param("org", organisationId).param("field", c.field()).param("old", c.oldValue())
          .param("new", c.newValue()).param("reason", c.reason()).param("by", c.changedBy())
          .param("kind", actor.kind().name()).param("at", c.changedAt()).update();
    }
  }

  /** A page of a plan's history, newest first. */
  List<Change> history(long organisationId, long stayId, int page, int size) {
    return jdbc.sql("""
            SELECT field, old_value, new_value, reason, changed_by, changed_at FROM discharge_plan_change
            WHERE stay_id = :id AND organisation_id = :org ORDER BY changed_at DESC, id DESC
            LIMIT :size OFFSET :offset""")
        .param("id", stayId).param("org", organisationId).param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, LocalDateTime.class)))
        .list();
  }

  long historySize(long organisationId, long stayId) {
    return jdbc.sql("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = :id AND organisation_id = :org")
        .param("id", stayId).param("org", organisationId).query(Long.class).single();
  }

  Set<Long> syncedOrganisations() {
    return new HashSet<>(jdbc.sql("SELECT organisation_id FROM discharge_plan_sync").query(Long.class).list());
  }

  /** Marks the organisation as synchronised (the first time is kept). */
  void markSynced(long organisationId, LocalDateTime now) {
    jdbc.sql("""
            INSERT INTO discharge_plan_sync (organisation_id, synced_at) VALUES (:org, :now)
            ON CONFLICT DO NOTHING""")
        .param("org", organisationId).param("now", now).update();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static DischargePlan plan(ResultSet rs, int n) throws SQLException {
    return new DischargePlan(rs.getLong("stay_id"), rs.getLong("organisation_id"), rs.getLong("patient_id"),
        rs.getObject("admitted_at", LocalDateTime.class), PlanStatus.valueOf(rs.getString("status")),
        rs.getObject("expected_discharge_date", LocalDate.class), rs.getObject("edd_set_at", LocalDateTime.class),
        rs.getObject("medically_ready_at", LocalDateTime.class), codes(rs.getString("needs")),
        (Integer) rs.getObject("gir", Integer.class), (Boolean) rs.getObject("lives_alone", Boolean.class),
        value(Carer.class, rs.getString("carer")), value(Housing.class, rs.getString("housing")),
        rs.getString("home_postcode"), rs.getString("home_town"),
        value(DestinationType.class, rs.getString("destination_type")),
        codes(rs.getString("checklist")).stream().map(ChecklistItem::valueOf).toList(),
        rs.getObject("discharged_at", LocalDateTime.class), rs.getString("discharge_destination"),
        (Long) rs.getObject("discharge_organisation_id", Long.class),
        rs.getObject("updated_at", LocalDateTime.class), rs.getString("updated_by"), rs.getInt("version"));
  }

  private static List<String> codes(String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
