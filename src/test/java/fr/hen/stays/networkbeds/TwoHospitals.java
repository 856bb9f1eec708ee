package fr.hen.stays.networkbeds;

import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two member hospitals with beds and stays, relative to today.
 * <ul>
 *   <li>{@code own}: 7 beds (3 free, 2 occupied, 1 cleaning, 1 blocked), 1 of the 2 in-hospital patients medically
 *   ready; in the last 30 days a same-day stay discharged at 10:00, a 2-day stay at 14:00 and a 4-day stay at 09:00
 *   (plus one discharged 40 days ago): 3 discharges, 2 before noon, mean LOS 3.0 days.</li>
 *   <li>{@code other}: 10 beds (8 occupied, 2 free, none blocked), 1 medically ready; 6 one-night stays all
 *   discharged at 10:00.</li>
 * </ul>
 */
final class TwoHospitals {

  final long own;
  final long other;
  private final JdbcClient jdbc;
  private final StaysFixture fixture;

  TwoHospitals(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.fixture = new StaysFixture(jdbc);
    LocalDate today = LocalDate.now();
    own = fixture.organisation("HOSPITAL");
    long ownUnit = fixture.unit(own, StaysFixture.unique("U"));
    long room = fixture.room(ownUnit, "1", "ANY");
    for (String code : new String[] {"A", "B", "C"}) {
      fixture.bed(room, code, "FREE", null);
    }
    fixture.bed(room, "D", "CLEANING", null);
    fixture.bed(room, "E", "BLOCKED", "Leak");
    long bed1 = fixture.bed(room, "F", "OCCUPIED", null);
    long bed2 = fixture.bed(room, "G", "OCCUPIED", null);
    stay(own, ownUnit, bed1, today.minusDays(3).atTime(8, 0), null, today.minusDays(1).atTime(9, 0));
    stay(own, ownUnit, bed2, today.minusDays(2).atTime(8, 0), null, null);
    stay(own, ownUnit, null, today.minusDays(5).atTime(8, 0), today.minusDays(5).atTime(10, 0), null);
    stay(own, ownUnit, null, today.minusDays(10).atTime(8, 0), today.minusDays(8).atTime(14, 0), null);
    stay(own, ownUnit, null, today.minusDays(20).atTime(8, 0), today.minusDays(16).atTime(9, 0), null);
    stay(own, ownUnit, null, today.minusDays(45).atTime(8, 0), today.minusDays(40).atTime(9, 0), null);

    other = fixture.organisation("HOSPITAL");
    long otherUnit = fixture.unit(other, StaysFixture.unique("U"));
    long otherRoom = fixture.room(otherUnit, "1", "ANY");
    for (int i = 0; i < 8; i++) {
      long bed = fixture.bed(otherRoom, "O" + i, "OCCUPIED", null);
      stay(other, otherUnit, bed, today.minusDays(4).atTime(8, 0), null,
          i == 0 ? today.minusDays(1).atTime(9, 0) : null);
    }
    fixture.bed(otherRoom, "F1", "FREE", null);
    fixture.bed(otherRoom, "F2", "FREE", null);
    for (int i = 0; i < 6; i++) {
      stay(other, otherUnit, null, today.minusDays(3 + i).atTime(8, 0), today.minusDays(2 + i).atTime(10, 0), null);
    }
  }

  private void stay(long org, long unit, Long bed, LocalDateTime admitted, LocalDateTime discharged,
      LocalDateTime medicallyReady) {
    jdbc.sql("""
        INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
        VALUES (?, ?, 'Martin', 'Anne', DATE '1950-01-01', 'F', CURRENT_TIMESTAMP, 'test')""")
        .params(org, StaysFixture.unique("M")).update();
    long patient = jdbc.sql("SELECT MAX(id) FROM patient WHERE organisation_id = ?").param(org).query(Long.class)
        .single();
    jdbc.sql("""
        INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                          medically_ready_at, discharged_at, discharge_destination, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, 'HOME', ?, ?, ?, CURRENT_TIMESTAMP, 'test')""")
        .params(org, patient, discharged == null ? "IN_HOSPITAL" : "DISCHARGED", unit, bed, admitted,
            medicallyReady, discharged, discharged == null ? null : "HOME")
        .update();
  }
}
