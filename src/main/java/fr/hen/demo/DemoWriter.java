package fr.hen.demo;

import fr.hen.demo.DemoHospitals.Bed;
import fr.hen.demo.DemoNetwork.Org;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StopWatch;

/**
 * Writes the demo network with batched inserts (tens of thousands of rows in seconds). Ids are assigned here,
 * then each identity column is restarted past the highest id so that later inserts do not collide.
 */
@Component
class DemoWriter {

  /** What was written. */
  record Counts(int organisations, int units, int beds, int patients, int stays, String timings) {}

  static final long SEED = 20_260_101L;
  private static final String BY = "demo";

  private final JdbcTemplate jdbc;
  private Boolean copies;

  DemoWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Counts write() {
    StopWatch watch = new StopWatch();
    watch.start("organisations");
    Random random = new Random(SEED);
    LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
    List<Org> orgs = DemoNetwork.organisations(random);
    writeOrganisations(orgs, now);
    watch.stop();
    watch.start("layout");

    DemoHospitals.Layout layout = new DemoHospitals(random)
        .add(2, DemoHospitals.CANCER_CENTRE).add(3, DemoHospitals.ARTOIS).add(4, DemoHospitals.LITTORAL).layout();
    writeLayout(layout, now);
    watch.stop();
    watch.start("simulation");

    Map<String, List<Long>> partnersByType = new HashMap<>();
    orgs.stream().filter(o -> o.id() > 4)
        .forEach(o -> partnersByType.computeIfAbsent(o.type(), k -> new ArrayList<>()).add(o.id()));
    DemoStays.Result result = new DemoStays(random, now, partnersByType)
        .simulate(layout.beds(), Map.of(2L, "COF", 3L, "CHA", 4L, "HDL"));
    watch.stop();
    writeStays(result, now, watch);

    for (String table : List.of("organisation", "unit", "room", "bed", "patient", "stay", "movement")) {
      Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
      jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
    }
    return new Counts(orgs.size(), layout.units().size(), layout.beds().size(), result.patients().size(),
        result.stays().size(), watch.prettyPrint(java.util.concurrent.TimeUnit.MILLISECONDS));
  }

  private void writeOrganisations(List<Org> orgs, LocalDateTime now) {
    batch("""
        INSERT INTO organisation (id, code, type, name, finess, address, postcode, city, latitude, longitude, phone,
            email, partnership_status, answer_delay_hours, active, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""", orgs, o -> new Object[] {o.id(), o.code(),
        o.type(), o.name(), o.finess(), o.address(), o.town().postcode(), o.town().name(), o.town().latitude(),
        o.town().longitude(), String.format("03 2%d %02d %02d %02d", o.id() % 10, o.id() % 97, (o.id() * 7) % 100,
            (o.id() * 13) % 100), o.code().toLowerCase() + "@demo.hen.invalid", o.status(), o.answerDelayHours(),
        ts(now), ts(now)});
    List<Object[]> capacities = new ArrayList<>();
    for (Org o : orgs) {
      for (DemoNetwork.Capacity c : o.capacities()) {
        capacities.add(new Object[] {o.id(), c.capability(), c.places(), c.free(), c.status(),
            ts(now.minusHours(1 + (o.id() * 5) % 70))});
      }
    }
    jdbc.batchUpdate("""
        INSERT INTO organisation_capability (organisation_id, capability_code, places, free_places, capacity_status,
            declared_at) VALUES (?, ?, ?, ?, ?, ?)""", capacities);
    batch("""
        INSERT INTO organisation_contact (organisation_id, list_index, name, role, phone, email)
        VALUES (?, 0, ?, ?, ?, ?)""", orgs, o -> new Object[] {o.id(), o.contactName(), o.contactRole(),
        String.format("06 %02d %02d %02d %02d", o.id() % 100, (o.id() * 3) % 100, (o.id() * 11) % 100, 42),
        "contact." + o.code().toLowerCase() + "@demo.hen.invalid"});
  }

  private void writeLayout(DemoHospitals.Layout layout, LocalDateTime now) {
    batch("INSERT INTO unit (id, organisation_id, code, name, specialism) VALUES (?, ?, ?, ?, ?)", layout.units(),
        u -> new Object[] {u.id(), u.organisationId(), u.spec().code(), u.spec().name(), u.spec().specialism()});
    batch("INSERT INTO room (id, unit_id, code, capacity, gender_policy, equipment) VALUES (?, ?, ?, ?, ?, ?)",
        layout.rooms(), r -> new Object[] {r.id(), r.unitId(), r.code(), r.capacity(), r.genderPolicy(),
            r.equipment()});
    batch("INSERT INTO bed (id, room_id, code, status, status_changed_at) VALUES (?, ?, ?, 'FREE', ?)",
        layout.beds(), b -> new Object[] {b.id(), b.roomId(), b.code(), ts(now)});
  }

  private void writeStays(DemoStays.Result result, LocalDateTime now, StopWatch watch) {
    watch.start("patients");
    insert("patient", "id, organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by",
        result.patients(), p -> new Object[] {p.id(),
        p.organisationId(), p.mrn(), p.familyName(), p.givenName(), java.sql.Date.valueOf(p.birthDate()), p.sex(),
        ts(now), BY});
    watch.stop();
    watch.start("stays");
    insert("stay", """
        id, organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source, planned,
        expected_discharge_date, medically_ready_at, discharged_at, discharge_destination, discharge_organisation_id,
        created_at, created_by""", result.stays(), s -> new Object[] {s.id(),
        s.organisationId(), s.patientId(), s.inHospital() ? "IN_HOSPITAL" : "DISCHARGED", s.bed().unit().id(),
        s.inHospital() ? s.bed().id() : null, ts(s.admittedAt()), s.source(), s.planned(),
        date(s.expectedDischargeDate()), ts(s.medicallyReadyAt()), ts(s.dischargedAt()), s.destination(),
        s.destinationOrganisationId(), ts(s.admittedAt()), BY});
    watch.stop();
    watch.start("movements");
    List<Object[]> movements = new ArrayList<>();
    long id = 1;
    for (DemoStays.Stay s : result.stays()) {
      Bed bed = s.bed();
      movements.add(new Object[] {id++, s.id(), "ADMISSION", ts(s.admittedAt()), null, null, bed.unit().id(),
          bed.id(), ts(s.admittedAt()), BY});
      if (!s.inHospital()) {
        movements.add(new Object[] {id++, s.id(), "DISCHARGE", ts(s.dischargedAt()), bed.unit().id(), bed.id(),
            null, null, ts(s.dischargedAt()), BY});
      }
    }
    insert("movement", "id, stay_id, kind, occurred_at, from_unit_id, from_bed_id, to_unit_id, to_bed_id, "
        + "created_at, created_by", movements, row -> row);
    watch.stop();
    watch.start("bed statuses");
    batch("UPDATE bed SET status = ?, blocked_reason = ? WHERE id = ?", result.bedStates(),
        b -> new Object[] {b.status(), b.blockedReason(), b.bedId()});
    watch.stop();
  }

  /** Whether the database takes {@code COPY} (PostgreSQL), the bulk path that keeps one transaction cheap. */
  boolean copiesInBulk() {
    if (copies == null) {
      copies = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
    }
    return copies;
  }

  /**
   * Deletes every row of the tables the demo writes, children first, and the accounts referring to them: used only
   * when a seeding that started on an empty database (no organisation, hence no unit, patient, stay or account)
   * failed half way without a transaction around it.
   */
  void removeAll() {
    for (String table : List.of("app_user_role", "app_user", "movement", "stay", "patient", "bed", "room", "unit",
        "organisation_contact", "organisation_capability", "organisation")) {
      jdbc.update("DELETE FROM " + table);
    }
  }

  private <T> void batch(String sql, List<T> rows, Function<T, Object[]> values) {
    jdbc.batchUpdate(sql, rows.stream().map(values).toList());
  }

  /**
   * Inserts rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of {@link #ROWS_PER_INSERT} rows:
   * many times faster than a JDBC batch of single-row inserts on both H2 and PostgreSQL.
   */
  private <T> void insert(String table, String columns, List<T> rows, Function<T, Object[]> values) {
    if (copiesInBulk()) {
      copy(table, columns, rows, values);
      return;
    }
    int width = columns.split(",").length;
    String tuple = "(" + "?, ".repeat(width - 1) + "?)";
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      Object[] args = new Object[chunk.size() * width];
      for (int i = 0; i < chunk.size(); i++) {
        System.arraycopy(values.apply(chunk.get(i)), 0, args, i * width, width);
      }
      jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES "
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple)), args);
    }
  }

  private static final int ROWS_PER_INSERT = 500;

  /** On PostgreSQL, {@code COPY ... FROM STDIN} (text format): the fastest bulk path, in the same transaction. */
  private <T> void copy(String table, String columns, List<T> rows, Function<T, Object[]> values) {
    StringBuilder text = new StringBuilder(rows.size() * 128);
    for (T row : rows) {
      Object[] fields = values.apply(row);
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        appendCopyValue(text, fields[i]);
      }
      text.append('\n');
    }
    jdbc.execute((ConnectionCallback<Long>) c -> {
      try {
        return c.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static void appendCopyValue(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static java.sql.Date date(LocalDate d) {
    return d == null ? null : java.sql.Date.valueOf(d);
  }
}
