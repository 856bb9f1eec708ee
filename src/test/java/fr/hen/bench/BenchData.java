package fr.hen.bench;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk data for the load benchmark: many organisations, one very large hospital. */
final class BenchData {

  static final String[] TOWNS = {"Lille", "Roubaix", "Tourcoing", "Lens", "Arras", "Douai", "Valenciennes",
      "Cambrai", "Dunkerque", "Calais", "Amiens", "Beauvais", "Compiègne", "Laon", "Soissons", "Béthune"};
  private static final String[] TYPES = {"HAD", "SMR", "DAC", "EHPAD", "SSIAD", "HOME_CARE", "USLD", "PALLIATIVE"};
  private static final String[] CAPABILITIES = {"HOME_CHEMOTHERAPY", "PARENTERAL_NUTRITION", "COMPLEX_WOUND_CARE",
      "PALLIATIVE_CARE", "OXYGEN_THERAPY", "DEMENTIA", "REHAB_ORTHO", "SOCIAL_SUPPORT"};

  private BenchData() {}

  static void addOrganisations(JdbcTemplate jdbc, int count) {
    Random random = new Random(7);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String town = TOWNS[random.nextInt(TOWNS.length)];
      rows.add(new Object[] {"BENCH-" + i, TYPES[random.nextInt(TYPES.length)], "Structure " + i + " de " + town,
          town, 49.2 + random.nextDouble() * 1.9, 1.6 + random.nextDouble() * 2.4,
          random.nextInt(10) < 7 ? "ACTIVE" : "UNDER_SOLICITED", now, now});
    }
    jdbc.batchUpdate("""
        INSERT INTO organisation (code, type, name, city, latitude, longitude, partnership_status, created_at,
            updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    List<Object[]> capabilities = new ArrayList<>();
    jdbc.query("SELECT id FROM organisation WHERE code LIKE 'BENCH-%'", rs -> {
      long id = rs.getLong(1);
      int first = random.nextInt(CAPABILITIES.length);
      for (int k = 0; k < 3; k++) {
        int places = 5 + random.nextInt(30);
        capabilities.add(new Object[] {id, CAPABILITIES[(first + k) % CAPABILITIES.length], places,
            random.nextInt(places + 1), "AVAILABLE", now});
      }
    });
    jdbc.batchUpdate("""
        INSERT INTO organisation_capability (organisation_id, capability_code, places, free_places, capacity_status,
            declared_at) VALUES (?, ?, ?, ?, ?, ?)""", capabilities);
  }

  /** A hospital of {@code beds} beds in units of 25, about 85 % occupied. Returns its organisation id. */
  static long addHospital(JdbcTemplate jdbc, int beds) {
    Random random = new Random(11);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    jdbc.update("""
        INSERT INTO organisation (code, type, name, city, latitude, longitude, partnership_status, created_at,
            updated_at) VALUES ('BENCH-HOSP', 'HOSPITAL', 'Bench hospital', 'Lille', 50.63, 3.06, 'ACTIVE', ?, ?)""",
        now, now);
    long org = jdbc.queryForObject("SELECT id FROM organisation WHERE code = 'BENCH-HOSP'", Long.class);
    for (int u = 0; u < beds / 25; u++) {
      jdbc.update("INSERT INTO unit (organisation_id, code, name, specialism) VALUES (?, ?, ?, 'INTERNAL_MEDICINE')", org,
          "U" + u, "Unité " + u);
      long unit = jdbc.queryForObject("SELECT id FROM unit WHERE organisation_id = ? AND code = ?", Long.class, org,
          "U" + u);
      for (int r = 0; r < 25; r++) {
        jdbc.update("INSERT INTO room (unit_id, code, capacity, gender_policy) VALUES (?, ?, 1, 'ANY')", unit,
            String.valueOf(100 + r));
        long room = jdbc.queryForObject("SELECT id FROM room WHERE unit_id = ? AND code = ?", Long.class, unit,
            String.valueOf(100 + r));
        boolean occupied = random.nextInt(100) < 85;
        jdbc.update("INSERT INTO bed (room_id, code, status, status_changed_at) VALUES (?, 'A', ?, ?)", room,
            occupied ? "OCCUPIED" : "FREE", now);
        if (occupied) {
          long bed = jdbc.queryForObject("SELECT id FROM bed WHERE room_id = ?", Long.class, room);
          String mrn = "B" + u + "-" + r;
          jdbc.update("""
              INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at,
                  created_by) VALUES (?, ?, 'Bench', ?, DATE '1950-01-01', 'F', ?, 'bench')""", org, mrn, mrn, now);
          long patient = jdbc.queryForObject("SELECT id FROM patient WHERE organisation_id = ? AND mrn = ?",
              Long.class, org, mrn);
          jdbc.update("""
              INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                  planned, created_at, created_by) VALUES (?, ?, 'IN_HOSPITAL', ?, ?, ?, 'EMERGENCY', FALSE, ?, 'bench')""",
              org, patient, unit, bed, Timestamp.valueOf(LocalDateTime.now().minusDays(random.nextInt(10))), now);
        }
      }
    }
    return org;
  }
}
