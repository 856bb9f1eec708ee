package fr.hen.discharge.figures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.DischargeBulkLoader;
import fr.hen.discharge.DischargeBulkLoader.File;
import fr.hen.discharge.DischargeBulkLoader.Plan;
import fr.hen.discharge.DischargeBulkLoader.Referral;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.RefusalReason;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The figures through the API and the page on PostgreSQL, on data written with {@link DischargeBulkLoader}: a
 * period in March of a past year that no other test writes in (one year per test), two hospitals, three partners (hand-computed values in the
 * comments; the definitions are tested one by one in {@link FiguresCalculatorTest}).
 */
@PostgresIntegrationTest
class FiguresIntegrationTest {

  /** Ids far from the other tests' (the loader takes the caller's ids). */
  private static final AtomicLong IDS = new AtomicLong(7_000_000 + (System.nanoTime() % 100_000) * 10);

  /** Each test writes in a year of its own: the network view adds every hospital's rows of the period. */
  private static final AtomicInteger YEARS = new AtomicInteger(1970);

  int year;
  String from;
  String to;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DischargeBulkLoader loader;

  long hospitalA;
  long hospitalB;
  /** The partners, created once: the under-solicited report compares a partner with every peer of the directory. */
  static long p1;
  static long p2;
  static long p3;
  static long p4;
  static String p1Code;
  static String p3Code;

  LocalDateTime at(int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0);
  }

  @BeforeEach
  void data() {
    year = YEARS.incrementAndGet();
    from = year + "-03-01";
    to = year + "-03-10";
    StaysFixture fixture = new StaysFixture(jdbc);
    hospitalA = fixture.organisation("HOSPITAL");
    hospitalB = fixture.organisation("HOSPITAL");
    if (p1 == 0) {
      p1 = fixture.organisation("USLD");
      p2 = fixture.organisation("SMR");
      p3 = fixture.organisation("USLD");
      p4 = fixture.organisation("USLD");
      p1Code = code(p1);
      p3Code = code(p3);
      capability(p1, "DIALYSIS");
      capability(p3, "DIALYSIS");
      capability(p4, "DIALYSIS");
      capability(p2, "REHAB_ORTHO");
    }

    List<Plan> plans = new ArrayList<>();
    // A: discharged 6/3, ready 3/3 (waits 3, avoidable 3), midnights 2/3..6/3 → 5 bed-days
    plans.add(plan(hospitalA, at(3, 1, 9), at(3, 6, 11), at(3, 3, 10), "DISCHARGED"));
    // A: discharged 8/3, ready 8/3 (waits 0), midnights 6/3..8/3 → 3
    plans.add(plan(hospitalA, at(3, 5, 10), at(3, 8, 15), at(3, 8, 8), "DISCHARGED"));
    // A: discharged 9/3, never ready, midnights 8/3, 9/3 → 2
    plans.add(plan(hospitalA, at(3, 7, 10), at(3, 9, 10), null, "DISCHARGED"));
    // A: a voided plan counts for nothing
    plans.add(plan(hospitalA, at(3, 2, 10), at(3, 4, 10), at(3, 3, 10), "VOIDED"));
    // B: discharged 5/3, ready 2/3 (avoidable 3), midnights 2/3..5/3 → 4
    plans.add(plan(hospitalB, at(3, 1, 9), at(3, 5, 11), at(3, 2, 10), "DISCHARGED"));

    List<File> files = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    File fileA = file(hospitalA, plans.get(0).stayId(), List.of("DIALYSIS"));
    File fileB = file(hospitalB, plans.get(4).stayId(), List.of("DIALYSIS"));
    files.add(fileA);
    files.add(fileB);
    // A → P1: answered in 2 h, accepted; A → P1: answered in 4 h, refused (no capacity); A → P2: expired;
    // A → P1 on 27/2: before the period (but in the under-solicited window)
    referrals.add(referral(fileA, p1, "USLD", at(3, 2, 9), 120, true, null));
    referrals.add(referral(fileA, p1, "USLD", at(3, 3, 9), 240, false, RefusalReason.NO_CAPACITY));
    referrals.add(referral(fileA, p2, "SMR", at(3, 4, 9), null, false, null));
    referrals.add(referral(fileA, p1, "USLD", at(2, 27, 9), 60, true, null));
    // A → P4 twice in January: in the under-solicited window, before the period
    referrals.add(referral(fileA, p4, "USLD", at(1, 15, 9), 60, false, RefusalReason.OTHER));
    referrals.add(referral(fileA, p4, "USLD", at(1, 20, 9), 60, true, null));
    // B → P1: answered in 1 h, accepted
    referrals.add(referral(fileB, p1, "USLD", at(3, 5, 9), 60, true, null));
    loader.load(new DischargeBulkLoader.Load(plans, List.of(), files, referrals, List.of(), List.of()));
  }

  private String code(long organisation) {
    return jdbc.sql("SELECT code FROM organisation WHERE id = :id").param("id", organisation).query(String.class)
        .single();
  }

  private void capability(long organisation, String code) {
    jdbc.sql("""
        INSERT INTO organisation_capability (organisation_id, capability_code, places, free_places, capacity_status,
          declared_at) VALUES (:org, :code, 10, 2, 'AVAILABLE', CURRENT_TIMESTAMP)""")
        .param("org", organisation).param("code", code).update();
  }

  private Plan plan(long hospital, LocalDateTime in, LocalDateTime out, LocalDateTime ready, String status) {
    long stay = IDS.incrementAndGet();
    return new Plan(stay, hospital, stay, in, status, null, null, ready, List.of(), null, null, null, null, null,
        null, null, Set.of(), out, out == null ? null : "HOME", null, in, "test");
  }

  private File file(long hospital, long stay, List<String> needs) {
    return new File(IDS.incrementAndGet(), hospital, stay, stay, "DUPONT Marie", LocalDate.of(1950, 1, 1), "F",
        null, null, null, needs, null, null, null, "Résumé", at(3, 1, 9), "test");
  }

  private Referral referral(File file, long partner, String type, LocalDateTime sent, Integer answerMinutes,
      boolean accepted, RefusalReason refused) {
    LocalDateTime answered = answerMinutes == null ? null : sent.plusMinutes(answerMinutes);
    // An acceptance later withdrawn (a stay has one open request per partner at most): accepted all the same.
    ReferralStatus status = answered == null ? ReferralStatus.EXPIRED : accepted ? ReferralStatus.WITHDRAWN
        : ReferralStatus.REFUSED;
    return new Referral(IDS.incrementAndGet(), file.id(), file.organisationId(), file.stayId(), partner,
        "P" + partner, type, status, sent, answered, answered, accepted ? answered : null,
        refused == null ? null : answered, refused, null, null, null, null, sent.plusHours(48), sent, sent);
  }

  private MockHttpServletRequestBuilder figures(HenUser who, String from, String to) {
    MockHttpServletRequestBuilder request = get("/api/v1/discharge/figures").with(user(who));
    if (from != null) {
      request = request.param("from", from);
    }
    return to == null ? request : request.param("to", to);
  }

  @Test
  void hospitalUser_seesItsOwnHospitalExactly() throws Exception {
    HenUser coordinator = StaysFixture.user(hospitalA, Role.DISCHARGE_COORDINATOR);
    String p1Row = "$.partners[?(@.partner_code == 'P" + p1 + "')].figures";
    mvc.perform(figures(coordinator, from, to)).andExpect(status().isOk())
        .andExpect(jsonPath("$.scope").value("HOSPITAL"))
        .andExpect(jsonPath("$.exits.discharges.value").value(3))
        .andExpect(jsonPath("$.exits.discharges_medically_ready.value").value(2))
        .andExpect(jsonPath("$.exits.bed_days.value").value(10))
        .andExpect(jsonPath("$.exits.avoidable_days.value").value(3))
        // 3 / 10 bed-days
        .andExpect(jsonPath("$.exits.avoidable_days_percent.value").value(30.0))
        .andExpect(jsonPath("$.exits.waiting_days_median.value").value(1.5))
        .andExpect(jsonPath("$.exits.waiting_days_p90.value").value(3.0))
        // A's referrals of the period: 3 (the one of 27/2 is outside)
        .andExpect(jsonPath("$.referrals.sent.value").value(3))
        .andExpect(jsonPath("$.referrals.answered.value").value(2))
        .andExpect(jsonPath("$.referrals.acceptance_percent.value").value(50.0))
        .andExpect(jsonPath("$.referrals.answer_hours_median.value").value(3.0))
        .andExpect(jsonPath(p1Row + ".sent.value", contains(2)))
        .andExpect(jsonPath(p1Row + ".acceptance_percent.value", contains(50.0)))
        .andExpect(jsonPath("$.partner_types[?(@.partner_type == 'SMR')].figures.acceptance_percent.value",
            contains((Object) null)))
        .andExpect(jsonPath("$.refusal_reasons[?(@.reason == 'NO_CAPACITY')].count.value", contains(1)))
        .andExpect(jsonPath("$.refusal_reasons.length()").value(RefusalReason.values().length))
        .andExpect(jsonPath("$.exits.discharges.suppressed").value(false));
  }

  @Test
  void underSolicitedReport_flagsThePartnerCoveringTheNeedButNeverAsked() throws Exception {
    // window 11/12 of the year before .. 10/3, needs asked DIALYSIS; peers P1 (3 requests from A), P4 (2) and
    // P3 (0): median 2, half 1 → P3
    HenUser coordinator = StaysFixture.user(hospitalA, Role.BED_MANAGER);
    mvc.perform(figures(coordinator, from, to)).andExpect(status().isOk())
        .andExpect(jsonPath("$.under_solicited.window_from").value((year - 1) + "-12-11"))
        .andExpect(jsonPath("$.under_solicited.partners[*].partner_code", hasItem(p3Code)))
        .andExpect(jsonPath("$.under_solicited.partners[*].partner_code", not(hasItem(p1Code))))
        .andExpect(jsonPath("$.under_solicited.partners[?(@.partner_code == '" + p3Code + "')].requests.value",
            contains(0)))
        .andExpect(jsonPath("$.under_solicited.partners[?(@.partner_code == '" + p3Code + "')].covered_needs[0]",
            contains("DIALYSIS")));
  }

  @Test
  void anotherHospitalsData_neverShows() throws Exception {
    HenUser physicianOfB = StaysFixture.user(hospitalB, Role.PHYSICIAN);
    mvc.perform(figures(physicianOfB, from, to)).andExpect(status().isOk())
        .andExpect(jsonPath("$.exits.discharges.value").value(1))
        .andExpect(jsonPath("$.exits.avoidable_days.value").value(3))
        .andExpect(jsonPath("$.referrals.sent.value").value(1))
        .andExpect(jsonPath("$.refusal_reasons[?(@.reason == 'NO_CAPACITY')].count.value", contains(0)));
  }

  @Test
  void networkCoordinator_seesTheNetwork_withCountsUnderFiveSuppressed() throws Exception {
    HenUser network = StaysFixture.user(new StaysFixture(jdbc).organisation("NETWORK"), Role.NETWORK_COORDINATOR);
    String p1Row = "$.partners[?(@.partner_code == 'P" + p1 + "')].figures";
    mvc.perform(figures(network, from, to)).andExpect(status().isOk())
        .andExpect(jsonPath("$.scope").value("NETWORK"))
        .andExpect(jsonPath("$.organisation_code").isEmpty())
        // both hospitals: 4 discharges → <5; P1 was sent 3 (A: 2, B: 1) → <5
        .andExpect(jsonPath("$.exits.discharges.value").isEmpty())
        .andExpect(jsonPath("$.exits.discharges.suppression").value("UNDER_FIVE"))
        .andExpect(jsonPath("$.exits.waiting_days_median.suppression").value("UNDER_FIVE"))
        .andExpect(jsonPath(p1Row + ".sent.suppression", contains("UNDER_FIVE")))
        .andExpect(jsonPath(p1Row + ".acceptance_percent.suppressed", contains(true)))
        .andExpect(jsonPath("$.refusal_reasons[?(@.reason == 'NO_CAPACITY')].count.suppression",
            contains("UNDER_FIVE")));
  }

  @Test
  void periodRules_422NamingTheField() throws Exception {
    HenUser quality = StaysFixture.user(hospitalA, Role.QUALITY_MANAGER);
    mvc.perform(figures(quality, null, to)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(figures(quality, from, null)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(figures(quality, to, from)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    // 366 days apart is one day too many (a period covers at most 366 days)
    mvc.perform(figures(quality, "2020-01-01", "2021-01-01")).andExpect(status().isUnprocessableContent());
    mvc.perform(figures(quality, "2020-01-01", "2020-12-31")).andExpect(status().isOk());
    mvc.perform(figures(quality, year + "-02-30", to)).andExpect(status().isBadRequest());
  }

  @Test
  void partners_patientPartners_andAdministrators_areForbidden() throws Exception {
    for (Role role : new Role[] {Role.PARTNER_COORDINATOR, Role.PATIENT_PARTNER, Role.ADMIN}) {
      HenUser someone = StaysFixture.user(role == Role.PARTNER_COORDINATOR ? p1 : hospitalA, role);
      mvc.perform(figures(someone, from, to)).andExpect(status().isForbidden());
      mvc.perform(get("/discharge/figures").with(user(someone))).andExpect(status().isForbidden());
    }
  }

  @Test
  void page_rendersInFrench_withChartsAndTheirTables() throws Exception {
    HenUser coordinator = StaysFixture.user(hospitalA, Role.DISCHARGE_COORDINATOR);
    mvc.perform(get("/discharge/figures").param("from", from).param("to", to).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Indicateurs de sortie</h1>")))
        .andExpect(content().string(containsString("id=\"reasons-chart\" class=\"chart\" role=\"img\"")))
        .andExpect(content().string(containsString("<script type=\"application/json\" id=\"reasons-data\">")))
        .andExpect(content().string(containsString("\"name\":\"Pas de place\",\"value\":1")))
        .andExpect(content().string(containsString("<caption>Demandes refusées par motif</caption>")))
        .andExpect(content().string(containsString("<th scope=\"col\" class=\"num\">Taux d&#39;acceptation</th>")))
        .andExpect(content().string(containsString("30,0 %")))
        .andExpect(content().string(containsString(p3Code)))
        .andExpect(content().string(containsString("/js/discharge-figures.js")));
  }

  @Test
  void page_networkView_showsSuppressedCells() throws Exception {
    HenUser network = StaysFixture.user(new StaysFixture(jdbc).organisation("NETWORK"), Role.NETWORK_COORDINATOR);
    mvc.perform(get("/discharge/figures").param("from", from).param("to", to).with(user(network)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "title=\"Moins de 5 : masqué au titre du secret statistique\">&lt;5</abbr>")));
  }

  @Test
  void page_badPeriod_showsInlineErrors_keepingTheTypedValues() throws Exception {
    HenUser coordinator = StaysFixture.user(hospitalA, Role.DISCHARGE_COORDINATOR);
    mvc.perform(get("/discharge/figures").param("from", to).param("to", year + "-13-01")
            .with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + year + "-13-01\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"to-error\"")))
        .andExpect(content().string(containsString("Date invalide")))
        .andExpect(content().string(not(containsString("id=\"reasons-chart\""))));
    mvc.perform(get("/discharge/figures").param("from", to).param("to", from)
            .with(user(coordinator)))
        .andExpect(content().string(containsString("La fin de la période précède son début.")));
  }

  @Test
  void page_withoutPeriod_showsTheLastNinetyDays() throws Exception {
    HenUser coordinator = StaysFixture.user(hospitalA, Role.DISCHARGE_COORDINATOR);
    mvc.perform(get("/discharge/figures").with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + LocalDate.now().minusDays(89) + "\"")))
        .andExpect(content().string(containsString("Aucune demande envoyée dans la période.")));
  }
}
