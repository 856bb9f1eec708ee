package fr.hen.bench;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Discharge data for the load benchmark: 2,000 partners around Lille with capacities and territories, a year of
 * past referrals to them, plan rows for every in-hospital stay of the bench hospital and open referrals for part of
 * them (written straight into the tables, as the demo's bulk loader would).
 */
final class DischargeBenchData {

  static final String[] CAPABILITIES = {"HOME_CHEMOTHERAPY", "PARENTERAL_NUTRITION", "COMPLEX_WOUND_CARE",
      "PALLIATIVE_CARE", "OXYGEN_THERAPY", "DEMENTIA", "REHAB_ORTHO", "SOCIAL_SUPPORT"};
  static final String[] TYPES = {"HAD", "SMR", "SSIAD", "HOME_CARE", "EHPAD", "USLD", "PALLIATIVE"};
  static final String[] POSTCODES = {"59000", "59100", "59200", "62300"};
  /** Stays whose plan has no needs and no referral: the ones the referral scenario sends. */
  static final int SEND_STAYS = 400;

  private DischargeBenchData() {}

  /** {@code count} active partners (a few prospects and under-solicited) and 10 DACs; returns the active codes. */
  static List<String> addPartners(JdbcTemplate jdbc, int count) {
    Random random = new Random(17);
    LocalDateTime now = LocalDateTime.now();
    List<Object[]> rows = new ArrayList<>();
    List<String> active = new ArrayList<>();
    for (int i = 0; i < count + 10; i++) {
      boolean dac = i >= count;
      int roll = random.nextInt(100);
      String status = dac || roll < 80 ? "ACTIVE" : roll < 95 ? "UNDER_SOLICITED" : "PROSPECT";
      String code = (dac ? "BDAC-" : "BP-") + i;
      if (!dac && !status.equals("PROSPECT")) {
        active.add(code);
      }
      rows.add(new Object[] {code, dac ? "DAC" : TYPES[i % TYPES.length], "Partenaire " + i,
          POSTCODES[random.nextInt(POSTCODES.length)], "Lille", 50.3 + random.nextDouble() * 0.7,
          2.7 + random.nextDouble() * 0.8, 10 + random.nextInt(50), status, 24 + 24 * random.nextInt(3),
          Timestamp.valueOf(now), Timestamp.valueOf(now)});
    }
    jdbc.batchUpdate("""
        INSERT INTO organisation (code, type, name, postcode, city, latitude, longitude, service_radius_km,
            partnership_status, answer_delay_hours, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    List<Object[]> capacities = new ArrayList<>();
    jdbc.query("SELECT id FROM organisation WHERE code LIKE 'BP-%'", rs -> {
      long id = rs.getLong(1);
      int first = random.nextInt(CAPABILITIES.length);
      for (int k = 0; k < 3 + random.nextInt(2); k++) {
        int places = 2 + random.nextInt(20);
        capacities.add(new Object[] {id, CAPABILITIES[(first + k) % CAPABILITIES.length], places,
            random.nextInt(places + 1), "AVAILABLE", Timestamp.valueOf(now.minusHours(random.nextInt(96)))});
      }
    });
    jdbc.batchUpdate("""
        INSERT INTO organisation_capability (organisation_id, capability_code, places, free_places, capacity_status,
            declared_at) VALUES (?, ?, ?, ?, ?, ?)""", capacities);
    return active;
  }

  /** {@code count} referrals of the past year from the hospital to random partners, for stays long gone. */
  static void addHistory(JdbcTemplate jdbc, long hospital, int count) {
    Random random = new Random(19);
    List<Object[]> partners = jdbc.query("SELECT id, type FROM organisation WHERE code LIKE 'BP-%' OR code LIKE "
        + "'BDAC-%' ORDER BY id", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
    LocalDateTime now = LocalDateTime.now();
    List<Object[]> files = new ArrayList<>();
    List<Object[]> referrals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long fileId = 1_000_000L + i;
      // Most partners are sent a few requests; a quarter of them almost none (the under-solicited).
      int p = random.nextInt(4) == 0 ? random.nextInt(partners.size()) : random.nextInt(partners.size() * 3 / 4);
      LocalDateTime sent = now.minusHours(random.nextInt(365 * 24));
      int outcome = random.nextInt(10);
      String status = outcome < 5 ? "TRANSFERRED" : outcome < 8 ? "REFUSED" : "EXPIRED";
      Timestamp answered = status.equals("EXPIRED") ? null
          : Timestamp.valueOf(sent.plusHours(1 + random.nextInt(96)));
      files.add(new Object[] {fileId, hospital, 9_000_000L + i, Timestamp.valueOf(sent)});
      referrals.add(new Object[] {fileId, fileId, hospital, 9_000_000L + i, partners.get(p)[0], partners.get(p)[1], status,
          Timestamp.valueOf(sent), answered, status.equals("TRANSFERRED") ? answered : null,
          status.equals("REFUSED") ? answered : null, status.equals("REFUSED") ? "NO_CAPACITY" : null,
          answered != null ? answered : Timestamp.valueOf(sent.plusDays(3)), Timestamp.valueOf(sent),
          Timestamp.valueOf(sent)});
    }
    jdbc.batchUpdate("""
        INSERT INTO referral_file (id, organisation_id, stay_id, patient_id, patient_name, birth_date, sex, summary,
            created_at, created_by) VALUES (?, ?, ?, 0, 'BENCH Patient', DATE '1950-01-01', 'F', 'Bench', ?, 'bench')""",
        files);
    jdbc.batchUpdate("""
        INSERT INTO referral (id, file_id, organisation_id, stay_id, partner_id, partner_code, partner_type, status,
            sent_at, answered_at, accepted_at, refused_at, refusal_reason, closed_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, (SELECT code FROM organisation WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        referrals.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[4], r[5], r[6], r[7], r[8], r[9],
            r[10], r[11], r[12], r[13], r[14]}).toList());
  }

  /**
   * A plan row for every in-hospital stay of the hospital and open referrals for about 40 % of them, except the
   * first {@link #SEND_STAYS} stays (no needs, no referral: the referral scenario's). Returns the in-hospital stay
   * ids, oldest first.
   */
  static List<Long> addPlans(JdbcTemplate jdbc, long hospital) {
    Random random = new Random(23);
    LocalDateTime now = LocalDateTime.now();
    List<Object[]> stays = jdbc.query("SELECT id, patient_id, admitted_at FROM stay WHERE organisation_id = ? AND "
        + "status = 'IN_HOSPITAL' ORDER BY id", (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2),
            rs.getTimestamp(3)}, hospital);
    List<Object[]> partners = jdbc.query("SELECT id, type FROM organisation WHERE code LIKE 'BP-%' AND "
        + "partnership_status <> 'PROSPECT' ORDER BY id", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
    String[] destinations = {null, "HOME", "HAD", "SMR", "EHPAD"};
    String[] open = {"SENT", "VIEWED", "REFUSED", "ACCEPTED", "INFO_REQUESTED"};
    List<Object[]> plans = new ArrayList<>();
    List<Object[]> files = new ArrayList<>();
    List<Object[]> referrals = new ArrayList<>();
    long nextId = 2_000_000;
    for (int i = 0; i < stays.size(); i++) {
      Object[] s = stays.get(i);
      boolean send = i < SEND_STAYS;
      String needs = send || random.nextInt(3) == 0 ? "" : CAPABILITIES[random.nextInt(CAPABILITIES.length)];
      Timestamp ready = random.nextInt(10) < 4 ? Timestamp.valueOf(now.minusHours(random.nextInt(240))) : null;
      LocalDate edd = random.nextInt(10) < 8 ? LocalDate.now().plusDays(random.nextInt(11) - 3) : null;
      plans.add(new Object[] {s[0], hospital, s[1], s[2], edd, ready, needs,
          random.nextInt(5) == 0 ? null : POSTCODES[0], destinations[random.nextInt(destinations.length)],
          Timestamp.valueOf(now), Timestamp.valueOf(now)});
      if (!send && random.nextInt(10) < 4) {
        long fileId = nextId++;
        LocalDateTime sent = now.minusHours(1 + random.nextInt(120));
        files.add(new Object[] {fileId, hospital, s[0], s[1], Timestamp.valueOf(sent)});
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
          int p = random.nextInt(partners.size());
          String status = open[random.nextInt(open.length)];
          Timestamp answered = status.equals("SENT") || status.equals("VIEWED") ? null
              : Timestamp.valueOf(sent.plusHours(1));
          referrals.add(new Object[] {nextId++, fileId, hospital, s[0], partners.get(p)[0], partners.get(p)[0],
              partners.get(p)[1], status, Timestamp.valueOf(sent), answered,
              status.equals("ACCEPTED") ? answered : null, status.equals("REFUSED") ? answered : null,
              status.equals("REFUSED") ? "NO_CAPACITY" : null, status.equals("REFUSED") ? answered : null,
              Timestamp.valueOf(sent.plusDays(2)), Timestamp.valueOf(sent), Timestamp.valueOf(sent)});
        }
      }
    }
    jdbc.batchUpdate("""
        INSERT INTO discharge_plan (stay_id, organisation_id, patient_id, admitted_at, status, expected_discharge_date,
            medically_ready_at, needs, home_postcode, destination_type, created_at, updated_at)
        VALUES (?, ?, ?, ?, 'IN_HOSPITAL', ?, ?, ?, ?, ?, ?, ?)""", plans);
    jdbc.batchUpdate("""
        INSERT INTO referral_file (id, organisation_id, stay_id, patient_id, patient_name, birth_date, sex, summary,
            created_at, created_by) VALUES (?, ?, ?, ?, 'BENCH Patient', DATE '1950-01-01', 'F', 'Bench', ?, 'bench')""",
        files);
    jdbc.batchUpdate("""
        INSERT INTO referral (id, file_id, organisation_id, stay_id, partner_id, partner_code, partner_type, status,
            sent_at, answered_at, accepted_at, refused_at, refusal_reason, closed_at, expires_at, created_at,
            updated_at)
        VALUES (?, ?, ?, ?, ?, (SELECT code FROM organisation WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        referrals);
    return stays.stream().map(s -> (Long) s[0]).toList();
  }
}
