package fr.hen;

import static fr.hen.AccessMatrix.Target.MIXED;
import static fr.hen.AccessMatrix.Target.OTHER;
import static fr.hen.AccessMatrix.Target.OWN;
import static fr.hen.platform.Role.ADMIN;
import static fr.hen.platform.Role.BED_MANAGER;
import static fr.hen.platform.Role.DISCHARGE_COORDINATOR;
import static fr.hen.platform.Role.NETWORK_COORDINATOR;
import static fr.hen.platform.Role.PARTNER_COORDINATOR;
import static fr.hen.platform.Role.PHYSICIAN;
import static fr.hen.platform.Role.QUALITY_MANAGER;

import fr.hen.AccessEntry.Call;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call each operation of the JSON API: the roles allowed, how far they reach (their own organisation's
 * records, or any organisation's), and a sample call with a valid body. Written from the modules' READMEs (their
 * "Who may do what" and "Scoping and roles" tables) and the {@code @PreAuthorize} rules of the services, not from
 * what the application answers; {@link AccessMatrixTest} sends every call as every role and fails on any difference,
 * and on any operation of {@code /v3/api-docs} that is not in this table.
 */
final class AccessMatrix {

  static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);
  static final Set<Role> CLINICAL = EnumSet.of(BED_MANAGER, DISCHARGE_COORDINATOR, PHYSICIAN);
  static final Set<Role> NETWORK_STAFF = EnumSet.of(NETWORK_COORDINATOR, ADMIN);
  static final Set<Role> SELF_SERVICE = EnumSet.of(PARTNER_COORDINATOR, NETWORK_COORDINATOR, ADMIN);

  /** Referral part: who reads referrals (a partner's coordinator, those addressed to its structure). */
  static final Set<Role> REFERRAL_READERS = EnumSet.of(BED_MANAGER, DISCHARGE_COORDINATOR, PHYSICIAN,
      PARTNER_COORDINATOR);

  /** ADT part: who reads and replays the feed's messages of their hospital. */
  static final Set<Role> ADT_MONITOR = EnumSet.of(BED_MANAGER, ADMIN);

  /** Roles whose users belong to a partner structure; users of every other role belong to hospital A. */
  static final Set<Role> PARTNER_ROLES = EnumSet.of(PARTNER_COORDINATOR);
  /** Who reads patients' identities (MRN) of their hospital: the clinical roles, and administrators in the audit. */
  static final Set<Role> PATIENT_IDENTITY_READERS = EnumSet.of(BED_MANAGER, DISCHARGE_COORDINATOR, PHYSICIAN, ADMIN);
  /** Who reads blocked beds' reasons (free text, stays module's {@code BedNotes}). */
  static final Set<Role> BED_NOTE_READERS = CLINICAL;

  /** Whose records a call names: the caller's organisation, another one, or its own record naming another's. */
  enum Target {
    OWN("own"), OTHER("other organisation"), MIXED("own record naming another organisation's");

    final String label;

    Target(String label) {
      this.label = label;
    }
  }

  /**
   * One entry per operation: {@code op("METHOD /path", roles allowed, sample call)}, where the roles allowed reach
   * their own organisation's records and get 404 for another's, unless {@code anyOrganisation(roles)} lets those reach
   * any organisation's (the public directory), {@code elsewhere(403)} refuses the others, or {@code elsewhere(200)}
   * answers a list filtered by another organisation's record with an empty page. {@code created()}: the
   * success is 201, not 200; {@code noContent()}: 204. {@code hospitalRecords()}: the call names records of a
   * hospital (units, beds, stays), which a partner's users do not have. {@code targets(…)}: which records are tried when not own and other.
   */
  static final List<AccessEntry> ENTRIES = List.of(
      // network/README.md, "Who may do what": everyone reads the directory; the network edits it; a partner
      // coordinator keeps their own structure's capacity and contacts.
      op("GET /api/v1/organizations", SIGNED_IN, (w, org, ref) -> Call.of()),
      op("POST /api/v1/organizations", NETWORK_STAFF,
          (w, org, ref) -> Call.of().body(organisationJson(w.newCode(), "SSIAD", "Nouveau partenaire"))).created(),
      op("GET /api/v1/organizations/{code}", SIGNED_IN, (w, org, ref) -> Call.of(org.code))
          .anyOrganisation(SIGNED_IN),
      op("PUT /api/v1/organizations/{code}", NETWORK_STAFF,
          (w, org, ref) -> Call.of(org.code).body(organisationJson(org.code, org.type, org.name)))
          .anyOrganisation(NETWORK_STAFF),
      op("POST /api/v1/organizations/{code}/deactivate", NETWORK_STAFF,
          (w, org, ref) -> Call.of(w.freshOrganisation())).anyOrganisation(NETWORK_STAFF).targets(OTHER),
      op("PUT /api/v1/organizations/{code}/capacity", SELF_SERVICE, (w, org, ref) -> Call.of(org.code).body("""
          [{"capability":"HOME_CHEMOTHERAPY","places":4,"free_places":1,"capacity_status":"AVAILABLE"}]"""))
          .anyOrganisation(NETWORK_STAFF).elsewhere(403),
      op("PUT /api/v1/organizations/{code}/contacts", SELF_SERVICE, (w, org, ref) -> Call.of(org.code).body("""
          [{"name":"Claire Dupont","role":"Cadre","phone":"+33 3 20 00 00 00","email":"claire@example.org"}]"""))
          .anyOrganisation(NETWORK_STAFF).elsewhere(403),

      // notify part — network/README.md, "Onboarding a partner": the network invites a partner's coordinator and
      // activates a prospect's partnership, for any organisation.
      op("POST /api/v1/organizations/{code}/invitations", NETWORK_STAFF, (w, org, ref) -> Call.of(
          w.freshOrganisation()).body("{\"email\":\"coordination@partner.example\",\"full_name\":\"Claire Dupont\"}"))
          .created().anyOrganisation(NETWORK_STAFF).targets(OTHER),
      op("POST /api/v1/organizations/{code}/partnership", NETWORK_STAFF, (w, org, ref) -> Call.of(
          w.freshProspect()).body("{\"status\":\"ACTIVE\",\"agreement_date\":\"%s\"}".formatted(
              LocalDate.now().minusDays(1)))).anyOrganisation(NETWORK_STAFF).targets(OTHER),

      // stays/README.md, "Scoping and roles" and "Structure of the hospital": units and beds for any user of the
      // hospital, the structure changed by its administrator; stays for the clinical roles, moves by the bed manager.
      op("GET /api/v1/units", SIGNED_IN, (w, org, ref) -> Call.of()),
      op("POST /api/v1/units", EnumSet.of(ADMIN), (w, org, ref) -> Call.of().body("""
          {"code":"%s","name":"Nouvelle unité","specialism":"HAEMATOLOGY"}""".formatted(StaysFixture.unique("N"))))
          .created(),
      op("GET /api/v1/units/{code}", SIGNED_IN, (w, org, ref) -> Call.of(org.unitCode)).hospitalRecords(),
      op("PUT /api/v1/units/{code}", EnumSet.of(ADMIN), (w, org, ref) -> Call.of(org.unitCode).body("""
          {"name":"%s","specialism":"INTERNAL_MEDICINE"}""".formatted(org.unitName))).hospitalRecords(),
      op("POST /api/v1/units/{code}/rooms", EnumSet.of(ADMIN), (w, org, ref) -> Call.of(org.unitCode).body("""
          {"code":"%s","capacity":1,"gender_policy":"ANY","equipment":[]}""".formatted(StaysFixture.unique("R"))))
          .created().hospitalRecords(),
      op("PUT /api/v1/units/{code}/rooms/{room}", EnumSet.of(ADMIN), (w, org, ref) -> Call.of(org.unitCode,
          org.roomCode).body("{\"capacity\":2,\"gender_policy\":\"ANY\",\"equipment\":[]}")).hospitalRecords(),
      op("GET /api/v1/beds", SIGNED_IN, (w, org, ref) -> Call.of().query("unit", org.unitCode))
          .targets(OWN, OTHER).elsewhere(200),
      op("PUT /api/v1/beds/{id}/status", EnumSet.of(BED_MANAGER),
          (w, org, ref) -> Call.of(org.freshFreeBed()).body("{\"action\":\"RESERVE\"}")).hospitalRecords(),
      op("PUT /api/v1/beds/{id}/isolation", EnumSet.of(BED_MANAGER),
          (w, org, ref) -> Call.of(org.freshFreeBed()).body("{\"isolation\":\"ISOLATED\"}")).noContent()
          .hospitalRecords(),
      op("GET /api/v1/stays", CLINICAL, (w, org, ref) -> Call.of().query("unit", org.unitCode))
          .targets(OWN, OTHER).elsewhere(200),
      op("POST /api/v1/stays", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of().body("""
          {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03","sex":"F"},
           "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"EMERGENCY","planned":false}"""
          .formatted(StaysFixture.unique("M"), org.unitCode, org.freshFreeBed(), AccessWorld.now())))
          .created().hospitalRecords().targets(OWN, OTHER),
      op("GET /api/v1/stays/{id}", CLINICAL, (w, org, ref) -> Call.of(org.stayId)).hospitalRecords(),
      op("POST /api/v1/stays/{id}/transfer", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of(org.freshStay())
          .body("{\"bed\":%d,\"at\":\"%s\"}".formatted(ref.freshFreeBed(), AccessWorld.now())))
          .hospitalRecords().targets(OWN, OTHER, MIXED),
      op("POST /api/v1/stays/{id}/discharge", CLINICAL, (w, org, ref) -> Call.of(org.freshStay())
          .body("{\"discharged_at\":\"%s\",\"destination\":\"HOME\"}".formatted(AccessWorld.now())))
          .hospitalRecords(),
      op("POST /api/v1/stays/{id}/cancel-admission", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of(
          org.freshStay()).body("{\"reason\":\"Recorded by mistake\"}")).noContent().hospitalRecords(),
      op("POST /api/v1/stays/{id}/cancel-discharge", CLINICAL, (w, org, ref) -> Call.of(org.freshDischargedStay())
          .body("{\"reason\":\"Recorded by mistake\"}")).hospitalRecords(),
      // stays/README.md, "Planned admissions": the queue read by the clinical roles, changed by the bed manager.
      op("GET /api/v1/planned-admissions", CLINICAL, (w, org, ref) -> Call.of().query("unit", org.unitCode))
          .targets(OWN, OTHER).elsewhere(200),
      op("POST /api/v1/planned-admissions", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of().body(
          AccessWorld.planJson(org.unitCode))).created().hospitalRecords(),
      op("GET /api/v1/planned-admissions/{id}", CLINICAL, (w, org, ref) -> Call.of(org.freshPlan()))
          .hospitalRecords(),
      op("PUT /api/v1/planned-admissions/{id}", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of(org.freshPlan())
          .body(AccessWorld.planJson(null))).hospitalRecords(),
      op("POST /api/v1/planned-admissions/{id}/reserve", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of(
          org.freshPlan()).body("{\"bed\":%d}".formatted(ref.freshFreeBed()))).hospitalRecords()
          .targets(OWN, OTHER, MIXED),
      op("POST /api/v1/planned-admissions/{id}/release", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of(
          org.freshPlan())).hospitalRecords(),
      op("POST /api/v1/planned-admissions/{id}/cancel", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of(
          org.freshPlan()).body("{\"reason\":\"Reporté\"}")).hospitalRecords(),
      // adt/README.md, "Integration monitor": the hospital's messages listed and replayed by its bed manager and
      // administrator (the raw text only to the bed manager), aliases changed by the administrator.
      op("GET /api/v1/adt/messages", ADT_MONITOR, (w, org, ref) -> Call.of()),
      op("GET /api/v1/adt/messages/{id}", ADT_MONITOR, (w, org, ref) -> Call.of(org.freshAdtMessage()))
          .hospitalRecords(),
      op("POST /api/v1/adt/messages/{id}/replay", ADT_MONITOR, (w, org, ref) -> Call.of(org.freshAdtMessage()))
          .hospitalRecords(),
      op("GET /api/v1/adt/facility-aliases", ADT_MONITOR, (w, org, ref) -> Call.of()),
      op("POST /api/v1/adt/facility-aliases", EnumSet.of(ADMIN), (w, org, ref) -> Call.of().body(
          "{\"alias\":\"%s\"}".formatted(StaysFixture.unique("PAS-")))).created(),
      op("DELETE /api/v1/adt/facility-aliases/{alias}", EnumSet.of(ADMIN), (w, org, ref) -> Call.of(
          org.freshAdtAlias())).noContent().hospitalRecords(),
      // planning/README.md, "Placement suggestions": the bed manager's optimiser of his hospital (runs in memory).
      op("GET /api/v1/placement", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of()),
      op("POST /api/v1/placement/solve", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of().body(
          "{\"transfers\":false}")).accepted(),
      op("POST /api/v1/placement/stop", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of()),
      op("POST /api/v1/placement/accept-all", EnumSet.of(BED_MANAGER), (w, org, ref) -> Call.of()),
      op("POST /api/v1/placement/suggestions/{plannedAdmissionId}/accept", EnumSet.of(BED_MANAGER),
          (w, org, ref) -> Call.of(org.freshPlan()).body("{\"bed_id\":%d}".formatted(ref.freshFreeBed())))
          .hospitalRecords().targets(OWN, OTHER, MIXED),
      // discharge/README.md, "Discharge plan" (plan part): the plan of a stay of the hospital, read and edited by the
      // clinical roles (medically ready by a physician only, not exercised here), its history read by them.
      op("GET /api/v1/stays/{id}/discharge-plan", CLINICAL, (w, org, ref) -> Call.of(org.stayId)).hospitalRecords(),
      op("PUT /api/v1/stays/{id}/discharge-plan", CLINICAL, (w, org, ref) -> Call.of(org.freshStay()).body("""
          {"version":0,"expected_discharge_date":"%s","needs":["HOME_CHEMOTHERAPY"],"gir":3,"home_postcode":"59000",
           "checklist":["TRANSPORT"]}""".formatted(LocalDate.now().plusDays(3)))).hospitalRecords(),
      op("GET /api/v1/stays/{id}/discharge-plan/history", CLINICAL, (w, org, ref) -> Call.of(org.stayId))
          .hospitalRecords(),

      // stays/networkbeds/README.md: aggregates for the network, quality, bed managers and administrators.
      op("GET /api/v1/network/beds", EnumSet.of(NETWORK_COORDINATOR, QUALITY_MANAGER, BED_MANAGER, ADMIN),
          (w, org, ref) -> Call.of()),

      // stays/README.md, "stays file export": quality managers of the hospital.
      op("GET /api/v1/stays/export", EnumSet.of(QUALITY_MANAGER), (w, org, ref) -> Call.of()
          .query("from", LocalDate.now().minusDays(30)).query("to", LocalDate.now())),

      // quality/README.md, census "roles".
      op("GET /api/v1/bed-census", EnumSet.of(BED_MANAGER, QUALITY_MANAGER), (w, org, ref) -> Call.of()
          .query("from", LocalDate.now().minusDays(7)).query("to", LocalDate.now())),

      // Referral part, discharge/README.md "Referrals": the hospital's clinical roles read their organisation's
      // referrals, its discharge coordinators send, confirm, withdraw and attach; a partner's coordinator reads and
      // answers those addressed to its structure only (hospital A's reach partner P, hospital B's partner Q); both
      // sides write messages.
      op("GET /api/v1/referrals", REFERRAL_READERS, (w, org, ref) -> Call.of()
          .query("stay", org.stayId == 0 ? null : org.stayId)).targets(OWN, OTHER).elsewhere(200),
      op("POST /api/v1/referrals", EnumSet.of(DISCHARGE_COORDINATOR), (w, org, ref) -> Call.of().body("""
          {"stay_id":%d,"partner_codes":["%s"],"summary":"Sortie HAD"}""".formatted(org.freshStay(), w.partner.code)))
          .created().hospitalRecords().targets(OWN, OTHER),
      op("GET /api/v1/referrals/{id}", REFERRAL_READERS, (w, org, ref) -> Call.of(org.referralId)),
      op("POST /api/v1/referrals/{id}/answer", EnumSet.of(PARTNER_COORDINATOR), (w, org, ref) -> Call.of(
          w.freshReferral(org, "SENT")).body("""
          {"decision":"ACCEPT","date":"%s"}""".formatted(LocalDate.now().plusDays(1)))),
      op("POST /api/v1/referrals/{id}/confirm", EnumSet.of(DISCHARGE_COORDINATOR),
          (w, org, ref) -> Call.of(w.freshReferral(org, "ACCEPTED"))).hospitalRecords(),
      op("POST /api/v1/referrals/{id}/withdraw", EnumSet.of(DISCHARGE_COORDINATOR),
          (w, org, ref) -> Call.of(w.freshReferral(org, "SENT")).body("{\"reason\":\"Solution familiale\"}"))
          .hospitalRecords(),
      op("POST /api/v1/referrals/{id}/messages", REFERRAL_READERS,
          (w, org, ref) -> Call.of(org.referralId).body("{\"text\":\"Bonjour\"}")).created(),
      op("POST /api/v1/referrals/{id}/attachments", EnumSet.of(DISCHARGE_COORDINATOR),
          (w, org, ref) -> Call.of(w.freshReferral(org, "SENT")).file(AccessWorld.PDF)).created().hospitalRecords(),
      op("GET /api/v1/referrals/{id}/attachments/{attachmentId}", REFERRAL_READERS,
          (w, org, ref) -> Call.of(org.referralId, org.attachmentId)),
      // discharge/README.md, "Partner matching" and "Discharge worklist" (matching part): the hospital's clinical
      // roles, on the stays of their own hospital.
      op("GET /api/v1/stays/{id}/partner-matches", CLINICAL, (w, org, ref) -> Call.of(org.stayId)).hospitalRecords(),
      op("GET /api/v1/discharge/worklist", CLINICAL, (w, org, ref) -> Call.of()),
      // discharge/README.md, "Figures" (figures part): the hospital roles read their hospital's figures, the network
      // coordinator the network's (small cells suppressed); no record is named, so no other organisation to reach.
      op("GET /api/v1/discharge/figures", EnumSet.of(DISCHARGE_COORDINATOR, BED_MANAGER, QUALITY_MANAGER, PHYSICIAN,
          NETWORK_COORDINATOR), (w, org, ref) -> Call.of()
          .query("from", LocalDate.now().minusDays(30)).query("to", LocalDate.now())),

      // planning/README.md, "Occupancy forecast": the hospital's bed managers, discharge coordinators and quality
      // managers read their hospital's forecast (counts only); another hospital's unit is not found.
      op("GET /api/v1/forecast", EnumSet.of(BED_MANAGER, DISCHARGE_COORDINATOR, QUALITY_MANAGER),
          (w, org, ref) -> Call.of().query("unit", org.unitCode)).hospitalRecords().targets(OWN, OTHER),

      // platform/README.md, "audit and accounts API".
      op("GET /api/v1/users", EnumSet.of(ADMIN), (w, org, ref) -> Call.of()),
      op("GET /api/v1/audit", EnumSet.of(ADMIN), (w, org, ref) -> Call.of().query("mrn", org.mrn))
          .targets(OWN, OTHER).elsewhere(200));

  private AccessMatrix() {}

  static AccessEntry op(String operation, Set<Role> allowed, AccessEntry.Sample sample) {
    String[] methodAndPath = operation.split(" ", 2);
    Set<Target> targets = methodAndPath[1].contains("{") ? EnumSet.of(OWN, OTHER) : EnumSet.of(OWN);
    return new AccessEntry(methodAndPath[0], methodAndPath[1], EnumSet.copyOf(allowed), EnumSet.noneOf(Role.class), 404,
        200, targets, false, sample);
  }

  static String organisationJson(String code, String type, String name) {
    return """
        {"code":"%s","type":"%s","name":"%s","city":"Lille","partnership_status":"ACTIVE"}"""
        .formatted(code, type, name);
  }
}
