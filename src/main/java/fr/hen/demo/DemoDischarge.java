package fr.hen.demo;

import fr.hen.demo.DemoNetwork.Capacity;
import fr.hen.demo.DemoNetwork.Org;
import fr.hen.demo.Towns.Town;
import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.DischargeBulkLoader;
import fr.hen.discharge.Housing;
import fr.hen.discharge.ReferralMessagePosted.Side;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.RefusalReason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Twelve months of discharge coordination for the demo stays: a discharge plan per stay (EDD with its changes and
 * reasons, medically ready as the stay's, needs a partner covers, GIR, social situation, home town, target
 * destination, checklist) and referral files with one request per partner, in every state, with their transitions
 * and messages. A stay discharged to a partner has a transferred request to that partner; the other partners asked
 * refused (every coded reason), expired or were withdrawn. Partners whose partnership is {@code UNDER_SOLICITED}
 * are asked rarely (the under-solicited report and the matching show them); prospects never. The current
 * inpatients have open requests (sent, viewed, information asked, accepted, confirmed), HAD-01 among them so that
 * its portal has an inbox.
 */
final class DemoDischarge {

  /** The partner of the demo accounts {@code partner} and {@code had-01}: always asked, its inbox never empty. */
  static final String SHOWCASE_PARTNER = "HAD-01";
  /** Stays discharged within these days have their whole history; older ones a lighter one (a faster start). */
  static final int RECENT_DAYS = 90;
  private static final String SYSTEM_EXPIRY = "system:referral-expiry";
  private static final String SYSTEM_TRANSFER = "system:referral-transfer";

  private static final String[] EDD_REASONS = {"Complication post-opératoire", "Attente de place en SMR",
      "Attente de l'accord de l'HAD", "Bilan complémentaire demandé", "Évolution clinique favorable",
      "Attente du matériel à domicile", "Décision de la réunion de concertation pluridisciplinaire",
      "Aidant indisponible", "Adaptation du traitement antalgique"};
  private static final String[] REFUSAL_TEXTS = {"Plus de place avant la semaine prochaine.",
      "Nous n'assurons pas ce soin.", "Le domicile est hors de notre secteur.",
      "Profil clinique trop lourd pour notre structure.", "Entourage insuffisant pour un retour à domicile.",
      "Il manque la prescription et le compte rendu.", "Équipe en sous-effectif ce mois-ci."};
  private static final String[] INFO_QUESTIONS = {"Pouvez-vous nous transmettre la dernière ordonnance ?",
      "Le patient est-il porteur d'une BMR ?", "Quel est le poids actuel du patient ?",
      "Un lit médicalisé est-il déjà installé au domicile ?", "Merci de préciser le protocole de nutrition."};
  private static final String[] HOSPITAL_ANSWERS = {"Ordonnance jointe au dossier, bien cordialement.",
      "Pas de BMR connue, dernier dépistage négatif.", "Poids : 58 kg, stable depuis une semaine.",
      "Le lit est livré demain matin par le prestataire.", "Protocole ajouté aux pièces jointes."};
  private static final String[] ACCEPT_TEXTS = {"Admission possible à la date indiquée.",
      "Nous pouvons accueillir le patient, merci de confirmer.", "Accord de l'équipe, passage infirmier prévu."};
  private static final String[] SUMMARIES = {"Retour à domicile après chimiothérapie, besoin de soins techniques.",
      "Patient fragile, sortie médicale validée, relais de soins nécessaire.",
      "Suites opératoires simples, rééducation à poursuivre.", "Prise en charge palliative, confort et douleur.",
      "Nutrition artificielle à poursuivre après la sortie.", "Pansements complexes quotidiens."};

  private record Partner(Org org, double weight, Set<String> capabilities) {}

  private final Random random;
  private final LocalDateTime now;
  private final Map<Long, Org> hospitals = new HashMap<>();
  private final Map<Long, Partner> partners = new HashMap<>();
  private final Map<String, List<Partner>> partnersByType = new HashMap<>();
  private final Map<Long, DemoStays.Patient> patients = new HashMap<>();
  private final Map<Long, List<Town>> nearTowns = new HashMap<>();

  private final List<DischargeBulkLoader.Plan> plans = new ArrayList<>();
  private final List<DischargeBulkLoader.PlanChange> changes = new ArrayList<>();
  private final List<DischargeBulkLoader.File> files = new ArrayList<>();
  private final List<DischargeBulkLoader.Referral> referrals = new ArrayList<>();
  private final List<DischargeBulkLoader.Transition> transitions = new ArrayList<>();
  private final List<DischargeBulkLoader.Message> messages = new ArrayList<>();

  DemoDischarge(Random random, LocalDateTime now, List<Org> orgs, List<DemoStays.Patient> patients) {
    this.random = random;
    this.now = now;
    for (Org o : orgs) {
      if ("HOSPITAL".equals(o.type())) {
        hospitals.put(o.id(), o);
        nearTowns.put(o.id(), Towns.ALL.stream().filter(t -> km(t, o.town()) < 45).toList());
      } else if (!"NETWORK".equals(o.type()) && (!"PROSPECT".equals(o.status())
          || SHOWCASE_PARTNER.equals(o.code()))) {
        double weight = SHOWCASE_PARTNER.equals(o.code()) ? 1.5 : "UNDER_SOLICITED".equals(o.status()) ? 0.06 : 1;
        Partner p = new Partner(o, weight, o.capacities().stream().map(Capacity::capability)
            .collect(Collectors.toCollection(TreeSet::new)));
        partners.put(o.id(), p);
        partnersByType.computeIfAbsent(o.type(), k -> new ArrayList<>()).add(p);
      }
    }
    patients.forEach(p -> this.patients.put(p.id(), p));
  }

  /** The partner ids by type that the stays may be discharged to (never a prospect), for {@link DemoStays}. */
  static Map<String, List<Long>> dischargeTargets(List<Org> orgs) {
    Map<String, List<Long>> byType = new HashMap<>();
    orgs.stream().filter(o -> o.id() > 4 && (!"PROSPECT".equals(o.status()) || SHOWCASE_PARTNER.equals(o.code())))
        .forEach(o -> byType.computeIfAbsent(o.type(), k -> new ArrayList<>()).add(o.id()));
    return byType;
  }

  /** Whether stays are rarely discharged to this partner (deliberately under-solicited). */
  static boolean underSolicited(Org o) {
    return "UNDER_SOLICITED".equals(o.status()) && !SHOWCASE_PARTNER.equals(o.code());
  }

  DischargeBulkLoader.Load generate(List<DemoStays.Stay> stays) {
    for (DemoStays.Stay stay : stays) {
      if (stay.inHospital()) {
        current(stay);
      } else {
        discharged(stay);
      }
    }
    return new DischargeBulkLoader.Load(plans, changes, files, referrals, transitions, messages);
  }

  // ---- plans

  private void discharged(DemoStays.Stay s) {
    DestinationType target = destinationType(s.destination());
    Partner winner = s.destinationOrganisationId() == null ? null : partners.get(s.destinationOrganisationId());
    List<String> needs = needs(target, winner);
    int offset = pick(new int[] {50, 12, 12, 16, 10});
    int days = switch (offset) {
      case 0 -> 0;
      case 1 -> -1;
      case 2 -> 1;
      case 3 -> -(2 + random.nextInt(4));
      default -> 2;
    };
    LocalDate edd = s.dischargedAt().toLocalDate().plusDays(days);
    if (edd.isBefore(s.admittedAt().toLocalDate())) {
      edd = s.admittedAt().toLocalDate();
    }
    LocalDateTime eddSetAt = between(s.admittedAt(), s.dischargedAt(), 0.05, 0.25);
    eddHistory(s, edd, eddSetAt, s.dischargedAt());
    readyHistory(s);
    Set<ChecklistItem> checklist = EnumSet.noneOf(ChecklistItem.class);
    for (ChecklistItem item : ChecklistItem.values()) {
      if (random.nextInt(100) < (item == ChecklistItem.GP_INFORMED ? 70 : item == ChecklistItem.FAMILY_INFORMED
          ? 95 : 85)) {
        checklist.add(item);
      }
    }
    plan(s, "DISCHARGED", edd, eddSetAt, needs, target, checklist, s.dischargedAt());
    if (winner != null && target != null && target != DestinationType.HOME) {
      transferredFile(s, winner, needs, target, edd);
    } else if (target == DestinationType.HOME && random.nextInt(100) < 8) {
      abandonedFile(s, needs, edd);
    }
  }

  private void current(DemoStays.Stay s) {
    boolean aimed = random.nextInt(100) < 55;
    DestinationType target = aimed ? new DestinationType[] {DestinationType.HAD, DestinationType.HAD,
        DestinationType.SMR, DestinationType.SMR, DestinationType.EHPAD, DestinationType.SSIAD,
        DestinationType.PALLIATIVE, DestinationType.HOME}[random.nextInt(8)] : null;
    List<Partner> ofType = target == null ? List.of() : partnersByType.getOrDefault(target.name(), List.of());
    Partner intended = ofType.isEmpty() ? null : weighted(ofType, Set.of());
    List<String> needs = target == null && random.nextInt(100) < 60 ? List.of() : needs(target, intended);
    LocalDate edd = s.expectedDischargeDate();
    LocalDateTime eddSetAt = null;
    if (edd != null) {
      eddSetAt = max(s.admittedAt(), min(s.admittedAt().plusHours(3 + random.nextInt(18)), now.minusMinutes(30)));
      eddHistory(s, edd, eddSetAt, now);
    }
    readyHistory(s);
    Set<ChecklistItem> checklist = EnumSet.noneOf(ChecklistItem.class);
    for (ChecklistItem item : ChecklistItem.values()) {
      if (random.nextInt(100) < 25) {
        checklist.add(item);
      }
    }
    plan(s, "IN_HOSPITAL", edd, eddSetAt, needs, target, checklist, null);
    if (target != null && target != DestinationType.HOME && !ofType.isEmpty()
        && Duration.between(s.admittedAt(), now).toHours() >= 6 && random.nextInt(100) < 75) {
      openFile(s, target, ofType, needs, edd);
    }
  }

  private void plan(DemoStays.Stay s, String status, LocalDate edd, LocalDateTime eddSetAt, List<String> needs,
      DestinationType target, Set<ChecklistItem> checklist, LocalDateTime dischargedAt) {
    boolean assessed = dischargedAt != null || random.nextInt(100) < 80;
    Integer gir = !assessed || random.nextInt(100) < 8 ? null : gir(target);
    Boolean livesAlone = assessed ? random.nextInt(100) < 35 : null;
    Carer carer = livesAlone == null ? null : livesAlone
        ? new Carer[] {Carer.NONE, Carer.NONE, Carer.PROFESSIONAL, Carer.PROFESSIONAL, Carer.FAMILY}[random.nextInt(5)]
        : new Carer[] {Carer.FAMILY, Carer.FAMILY, Carer.FAMILY, Carer.FAMILY_AND_PROFESSIONAL,
            Carer.PROFESSIONAL, Carer.NONE}[random.nextInt(6)];
    Housing housing = !assessed ? null : new Housing[] {Housing.HOUSE, Housing.HOUSE, Housing.HOUSE, Housing.HOUSE,
        Housing.FLAT_WITH_LIFT, Housing.FLAT_WITHOUT_LIFT, Housing.FLAT_WITH_LIFT, Housing.INSTITUTION,
        Housing.HOUSE, Housing.FLAT_WITHOUT_LIFT}[random.nextInt(10)];
    Town home = home(s.organisationId());
    LocalDateTime updated = dischargedAt != null ? dischargedAt : max(s.admittedAt(),
        eddSetAt == null ? s.admittedAt() : eddSetAt);
    plans.add(new DischargeBulkLoader.Plan(s.id(), s.organisationId(), s.patientId(), s.admittedAt(), status, edd,
        eddSetAt, s.medicallyReadyAt(), needs, gir, livesAlone, carer, housing, home.postcode(), home.name(), target,
        checklist, dischargedAt, s.destination(), s.destinationOrganisationId(), updated, "demo"));
  }

  /** The EDD set once, then changed 0 to 3 times with a reason, ending at {@code edd}, all before {@code end}. */
  private void eddHistory(DemoStays.Stay s, LocalDate edd, LocalDateTime setAt, LocalDateTime end) {
    int moves = pick(new int[] {55, 30, 12, 3});
    LocalDate value = edd.plusDays(moves == 0 ? 0 : (random.nextBoolean() ? -1 : 1) * (1 + random.nextInt(3)));
    if (value.isBefore(s.admittedAt().toLocalDate())) {
      value = s.admittedAt().toLocalDate();
    }
    String physician = physician(s.organisationId());
    if (moves > 0 || end.isAfter(now.minusDays(RECENT_DAYS))) {
      // the first setting of the EDD is kept for the recent stays and those whose EDD moved (a smaller load)
      change(s, "expected_discharge_date", null, value.toString(), null, physician, setAt);
    }
    LocalDateTime at = setAt;
    for (int i = 1; i <= moves && at.isBefore(end.minusHours(2)); i++) {
      at = between(at, end, 0.2, 0.6);
      LocalDate next = i == moves ? edd : value.plusDays(random.nextBoolean() ? 1 : 2);
      if (next.isBefore(s.admittedAt().toLocalDate())) {
        next = s.admittedAt().toLocalDate();
      }
      if (!next.equals(value)) {
        change(s, "expected_discharge_date", value.toString(), next.toString(),
            EDD_REASONS[random.nextInt(EDD_REASONS.length)], i % 2 == 0 ? coordinator(s.organisationId())
                : physician, at);
        value = next;
      }
    }
  }

  private void readyHistory(DemoStays.Stay s) {
    if (s.medicallyReadyAt() != null) {
      change(s, "medically_ready_at", null, s.medicallyReadyAt().toString(), null, physician(s.organisationId()),
          s.medicallyReadyAt());
    }
  }

  private void change(DemoStays.Stay s, String field, String old, String value, String reason, String by,
      LocalDateTime at) {
    changes.add(new DischargeBulkLoader.PlanChange(changes.size() + 1L, s.id(), s.organisationId(), field, old, value,
        reason, by, "PERSON", at));
  }

  // ---- referrals

  /** A discharged stay to a partner: the file, the winner transferred, the others refused, expired or withdrawn. */
  private void transferredFile(DemoStays.Stay s, Partner winner, List<String> needs, DestinationType target,
      LocalDate edd) {
    LocalDateTime start = s.medicallyReadyAt() != null && s.medicallyReadyAt().isAfter(s.admittedAt())
        && s.medicallyReadyAt().isBefore(s.dischargedAt().minusHours(3)) ? s.medicallyReadyAt() : s.admittedAt();
    LocalDateTime sent = between(start, s.dischargedAt(), 0.05, 0.3);
    long span = Duration.between(sent, s.dischargedAt()).toMinutes();
    if (span < 60) {
      return;
    }
    long file = file(s, needs, target, edd, sent);
    LocalDateTime answered = sent.plusMinutes(Math.min((long) (span * 0.45), answerMinutes(winner)));
    LocalDateTime confirmed = between(answered, s.dischargedAt(), 0.1, 0.4);
    boolean recent = s.dischargedAt().isAfter(now.minusDays(RECENT_DAYS));
    List<Partner> others = others(winner, target, recent ? pick(new int[] {35, 40, 25}) : pick(new int[] {60, 40}));
    long winnerId = referral(file);
    Steps steps = new Steps(winnerId, s, winner, sent);
    steps.view(between(sent, answered, 0.1, 0.7));
    if (random.nextInt(100) < 15) {
      LocalDateTime asked = between(sent, answered, 0.75, 0.9);
      steps.info(asked);
      steps.accept(answered, edd);
    } else {
      steps.accept(answered, edd);
    }
    steps.confirm(confirmed);
    steps.transfer(s.dischargedAt());
    for (Partner other : others) {
      otherOutcome(file, s, other, sent, confirmed, edd);
    }
  }

  /** A request that lost: refused, expired, or withdrawn once the winner was confirmed (sometimes after accepting). */
  private void otherOutcome(long file, DemoStays.Stay s, Partner p, LocalDateTime sent, LocalDateTime confirmed,
      LocalDate edd) {
    long id = referral(file);
    Steps steps = new Steps(id, s, p, sent);
    LocalDateTime answer = sent.plusMinutes(answerMinutes(p));
    LocalDateTime expires = sent.plusHours(p.org().answerDelayHours());
    int r = random.nextInt(100);
    double refuseShare = p.weight() < 0.5 ? 60 : 50;
    if (r < refuseShare && answer.isBefore(confirmed)) {
      steps.view(between(sent, answer, 0.2, 0.8));
      steps.refuse(answer, reason());
    } else if (r < refuseShare + 15 && expires.isBefore(confirmed)) {
      if (random.nextBoolean()) {
        steps.view(between(sent, expires, 0.2, 0.8));
      }
      steps.expire(expires);
    } else if (r < refuseShare + 27 && answer.isBefore(confirmed)) {
      steps.view(between(sent, answer, 0.2, 0.8));
      steps.accept(answer, edd);
      steps.withdraw(confirmed, true);
    } else if (r < refuseShare + 35 && answer.isBefore(confirmed)) {
      steps.view(between(sent, answer, 0.2, 0.8));
      steps.info(answer);
      steps.withdraw(confirmed, true);
    } else {
      if (random.nextBoolean()) {
        steps.view(between(sent, confirmed, 0.1, 0.9));
      }
      steps.withdraw(confirmed, true);
    }
  }

  /** A patient who went home after all: the requests sent were refused, expired or withdrawn by the coordinator. */
  private void abandonedFile(DemoStays.Stay s, List<String> needs, LocalDate edd) {
    String type = new String[] {"SSIAD", "HOME_CARE", "DAC", "HAD"}[random.nextInt(4)];
    List<Partner> ofType = partnersByType.getOrDefault(type, List.of());
    long hours = Duration.between(s.admittedAt(), s.dischargedAt()).toHours();
    if (ofType.isEmpty() || hours < 12) {
      return;
    }
    LocalDateTime sent = between(s.admittedAt(), s.dischargedAt(), 0.2, 0.5);
    long file = file(s, needs, DestinationType.HOME, edd, sent);
    LocalDateTime end = s.dischargedAt().minusMinutes(30);
    for (Partner p : pickDistinct(ofType, 1 + random.nextInt(2), Set.of())) {
      long id = referral(file);
      Steps steps = new Steps(id, s, p, sent);
      LocalDateTime answer = sent.plusMinutes(answerMinutes(p));
      LocalDateTime expires = sent.plusHours(p.org().answerDelayHours());
      if (answer.isBefore(end) && random.nextBoolean()) {
        steps.view(between(sent, answer, 0.2, 0.8));
        steps.refuse(answer, reason());
      } else if (expires.isBefore(end)) {
        steps.expire(expires);
      } else {
        steps.withdraw(end, false);
      }
    }
  }

  /** A current inpatient's file: open requests in every state, at most one confirmed. */
  private void openFile(DemoStays.Stay s, DestinationType target, List<Partner> ofType, List<String> needs,
      LocalDate edd) {
    long available = Duration.between(s.admittedAt(), now).toMinutes();
    LocalDateTime sent = now.minusMinutes(Math.min(available - 60, 30 + (long) (random.nextDouble() * 5 * 24 * 60)));
    long file = file(s, needs, target, edd, sent);
    Set<Long> chosen = new LinkedHashSet<>();
    if (target == DestinationType.HAD && random.nextInt(100) < 60) {
      ofType.stream().filter(p -> SHOWCASE_PARTNER.equals(p.org().code())).findFirst()
          .ifPresent(p -> chosen.add(p.org().id()));
    }
    int wanted = 1 + pick(new int[] {30, 35, 25, 10});
    for (Partner p : pickDistinct(ofType, wanted, chosen)) {
      chosen.add(p.org().id());
    }
    boolean confirmOne = random.nextInt(100) < 20;
    LocalDateTime confirmAt = null;
    Long confirmedId = null;
    for (long partnerId : chosen) {
      Partner p = partners.get(partnerId);
      long id = referral(file);
      Steps steps = new Steps(id, s, p, sent);
      LocalDateTime answer = sent.plusMinutes(answerMinutes(p));
      LocalDateTime expires = sent.plusHours(p.org().answerDelayHours());
      int r = random.nextInt(100);
      if (answer.isBefore(now) && r < 35) {
        steps.view(between(sent, answer, 0.2, 0.8));
        steps.accept(answer, edd == null || edd.isBefore(now.toLocalDate()) ? now.toLocalDate().plusDays(1) : edd);
        if (confirmOne && confirmedId == null) {
          confirmAt = between(answer, now, 0.2, 0.8);
          steps.confirm(confirmAt);
          confirmedId = id;
        }
        steps.keepForWithdrawal();
      } else if (answer.isBefore(now) && r < 55) {
        steps.view(between(sent, answer, 0.2, 0.8));
        steps.refuse(answer, reason());
      } else if (answer.isBefore(now) && r < 70) {
        steps.view(between(sent, answer, 0.2, 0.8));
        steps.info(answer);
        steps.keepForWithdrawal();
      } else if (expires.isBefore(now)) {
        steps.expire(expires);
      } else if (r < 85 && sent.isBefore(now.minusMinutes(20))) {
        steps.view(between(sent, now, 0.1, 0.9));
        steps.keepForWithdrawal();
      } else {
        steps.keepForWithdrawal();
      }
    }
    if (confirmedId != null) {
      // the other open requests were withdrawn when the coordinator confirmed
      for (Steps steps : pending) {
        if (steps.id != confirmedId && !steps.finished) {
          steps.withdraw(max(confirmAt, steps.last.plusMinutes(1)), true);
        }
      }
    }
    pending.forEach(Steps::finish);
    pending.clear();
  }

  private final List<Steps> pending = new ArrayList<>();

  /** Builds one referral's transitions and final state. */
  private final class Steps {
    final long id;
    final DemoStays.Stay stay;
    final Partner partner;
    final LocalDateTime sent;
    LocalDateTime last;
    ReferralStatus status = ReferralStatus.SENT;
    LocalDateTime viewed;
    LocalDateTime answered;
    LocalDateTime accepted;
    LocalDateTime refused;
    RefusalReason reason;
    String text;
    LocalDate admission;
    LocalDateTime confirmed;
    LocalDateTime closed;
    boolean finished;

    Steps(long id, DemoStays.Stay stay, Partner partner, LocalDateTime sent) {
      this.id = id;
      this.stay = stay;
      this.partner = partner;
      this.sent = sent;
      this.last = sent;
      transition(null, ReferralStatus.SENT, hospitalActor(), stay.organisationId(), sent, null);
    }

    void view(LocalDateTime at) {
      viewed = at;
      move(ReferralStatus.VIEWED, partnerActor(), partner.org().id(), at, null);
    }

    void info(LocalDateTime at) {
      firstAnswer(at);
      move(ReferralStatus.INFO_REQUESTED, partnerActor(), partner.org().id(), at, null);
      String question = INFO_QUESTIONS[random.nextInt(INFO_QUESTIONS.length)];
      message(partnerActor(), partner.org().id(), Side.PARTNER, question, at);
      LocalDateTime reply = at.plusMinutes(20 + random.nextInt(240));
      if (reply.isBefore(now)) {
        message(hospitalActor(), stay.organisationId(), Side.HOSPITAL,
            HOSPITAL_ANSWERS[random.nextInt(HOSPITAL_ANSWERS.length)], reply);
      }
    }

    void accept(LocalDateTime at, LocalDate date) {
      firstAnswer(at);
      accepted = at;
      admission = date == null || date.isBefore(at.toLocalDate()) ? at.toLocalDate().plusDays(1) : date;
      text = ACCEPT_TEXTS[random.nextInt(ACCEPT_TEXTS.length)];
      move(ReferralStatus.ACCEPTED, partnerActor(), partner.org().id(), at, null);
      if (random.nextInt(100) < 20) {
        message(partnerActor(), partner.org().id(), Side.PARTNER, "Merci de nous transmettre l'ordonnance de sortie.",
            at.plusMinutes(5));
      }
    }

    void refuse(LocalDateTime at, RefusalReason why) {
      firstAnswer(at);
      refused = at;
      reason = why;
      text = REFUSAL_TEXTS[why.ordinal()];
      move(ReferralStatus.REFUSED, partnerActor(), partner.org().id(), at, null);
      closed = at;
      finish();
    }

    void confirm(LocalDateTime at) {
      confirmed = at;
      move(ReferralStatus.CONFIRMED, hospitalActor(), stay.organisationId(), at, null);
    }

    void transfer(LocalDateTime at) {
      move(ReferralStatus.TRANSFERRED, SYSTEM_TRANSFER, null, at, null);
      closed = at;
      finish();
    }

    void expire(LocalDateTime at) {
      move(ReferralStatus.EXPIRED, SYSTEM_EXPIRY, null, at, null);
      closed = at;
      finish();
    }

    void withdraw(LocalDateTime at, boolean becauseConfirmed) {
      move(ReferralStatus.WITHDRAWN, hospitalActor(), stay.organisationId(), at,
          becauseConfirmed ? "Autre partenaire confirmé" : "Retour à domicile sans relais");
      closed = at;
      finish();
    }

    /** Left open for now: finished (written) after the other requests of the file are settled. */
    void keepForWithdrawal() {
      pending.add(this);
    }

    void finish() {
      if (finished) {
        return;
      }
      finished = true;
      LocalDateTime expires = sent.plusHours(partner.org().answerDelayHours());
      referrals.add(new DischargeBulkLoader.Referral(id, fileOf(id), stay.organisationId(), stay.id(),
          partner.org().id(), partner.org().code(), partner.org().type(), status, sent, viewed, answered, accepted,
          refused, reason, text, admission, confirmed, status.isOpen() ? null : closed, expires, sent, last));
    }

    private void firstAnswer(LocalDateTime at) {
      if (answered == null) {
        answered = at;
      }
      if (viewed == null) {
        viewed = at;
      }
    }

    private void move(ReferralStatus to, String actor, Long organisationId, LocalDateTime at, String note) {
      transition(status, to, actor, organisationId, at, note);
      status = to;
      last = at;
    }

    private void transition(ReferralStatus from, ReferralStatus to, String actor, Long organisationId,
        LocalDateTime at, String note) {
      transitions.add(new DischargeBulkLoader.Transition(transitions.size() + 1L, id, from, to, actor,
          actor.startsWith("system:") ? "SYSTEM" : "PERSON", organisationId, at, note));
    }

    private void message(String author, long organisationId, Side side, String body, LocalDateTime at) {
      messages.add(new DischargeBulkLoader.Message(messages.size() + 1L, id, author, organisationId, side, body,
          at));
    }

    private String partnerActor() {
      return partner.org().code().toLowerCase(java.util.Locale.ROOT);
    }

    private String hospitalActor() {
      return coordinator(stay.organisationId());
    }
  }

  private final Map<Long, Long> fileByReferral = new HashMap<>();

  private long fileOf(long referralId) {
    return fileByReferral.get(referralId);
  }

  private long file(DemoStays.Stay s, List<String> needs, DestinationType target, LocalDate edd,
      LocalDateTime at) {
    DemoStays.Patient p = patients.get(s.patientId());
    Town home = home(s.organisationId());
    long id = files.size() + 1L;
    files.add(new DischargeBulkLoader.File(id, s.organisationId(), s.id(), s.patientId(),
        p.familyName().toUpperCase(java.util.Locale.ROOT) + " " + p.givenName(), p.birthDate(), p.sex(),
        home.postcode(), home.name(), gir(target), needs, target, edd,
        s.medicallyReadyAt() != null && s.medicallyReadyAt().isBefore(at) ? s.medicallyReadyAt() : null,
        SUMMARIES[random.nextInt(SUMMARIES.length)], at, coordinator(s.organisationId())));
    return id;
  }

  private long referral(long file) {
    long id = fileByReferral.size() + 1L;
    fileByReferral.put(id, file);
    return id;
  }

  // ---- choices

  private List<Partner> others(Partner winner, DestinationType target, int count) {
    List<Partner> ofType = partnersByType.getOrDefault(target.name(), List.of());
    List<Partner> chosen = pickDistinct(ofType, count, Set.of(winner.org().id()));
    if (random.nextInt(100) < 15) {
      String type = new String[] {"DAC", "HOME_CARE", "USLD"}[random.nextInt(3)];
      List<Partner> extra = partnersByType.getOrDefault(type, List.of());
      if (!extra.isEmpty()) {
        chosen = new ArrayList<>(chosen);
        chosen.add(weighted(extra, Set.of()));
      }
    }
    return chosen;
  }

  private List<Partner> pickDistinct(List<Partner> from, int count, Set<Long> excluded) {
    Set<Long> taken = new LinkedHashSet<>(excluded);
    List<Partner> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Partner p = weighted(from, taken);
      if (p == null) {
        break;
      }
      taken.add(p.org().id());
      chosen.add(p);
    }
    return chosen;
  }

  private Partner weighted(List<Partner> from, Set<Long> excluded) {
    double total = 0;
    for (Partner p : from) {
      total += excluded.contains(p.org().id()) ? 0 : p.weight();
    }
    if (total <= 0) {
      return null;
    }
    double x = random.nextDouble() * total;
    for (Partner p : from) {
      if (excluded.contains(p.org().id())) {
        continue;
      }
      x -= p.weight();
      if (x <= 0) {
        return p;
      }
    }
    return from.stream().filter(p -> !excluded.contains(p.org().id())).reduce((a, b) -> b).orElse(null);
  }

  /** Refusal reasons, no capacity the most common; every reason occurs. */
  private RefusalReason reason() {
    return RefusalReason.values()[pick(new int[] {38, 14, 12, 14, 8, 8, 6})];
  }

  /**
   * Minutes to a partner's first answer: a few hours, longer for the slower partners, always within its answer
   * delay (a later answer would have found the request expired).
   */
  private long answerMinutes(Partner p) {
    double meanHours = 2 + (p.org().id() % 7) * 2.5;
    long minutes = 15 + (long) (-Math.log(1 - random.nextDouble()) * meanHours * 60);
    return Math.min(minutes, p.org().answerDelayHours() * 60L - 10);
  }

  private List<String> needs(DestinationType target, Partner partner) {
    List<String> pool = partner != null ? new ArrayList<>(partner.capabilities())
        : target == DestinationType.HOME ? List.of("SOCIAL_SUPPORT", "OXYGEN_THERAPY", "COMPLEX_WOUND_CARE")
        : List.of();
    if (pool.isEmpty() || target == DestinationType.HOME && random.nextInt(100) < 60) {
      return List.of();
    }
    Set<String> needs = new TreeSet<>();
    int count = 1 + (random.nextInt(100) < 30 ? 1 : 0);
    for (int i = 0; i < count; i++) {
      needs.add(pool.get(random.nextInt(pool.size())));
    }
    return List.copyOf(needs);
  }

  private Integer gir(DestinationType target) {
    if (target == null) {
      return 3 + random.nextInt(4);
    }
    return switch (target) {
      case EHPAD, USLD -> 1 + random.nextInt(3);
      case SMR, PALLIATIVE -> 2 + random.nextInt(3);
      case HAD, SSIAD, HOME_CARE -> 2 + random.nextInt(4);
      case HOME -> 4 + random.nextInt(3);
    };
  }

  private static DestinationType destinationType(String destination) {
    if (destination == null) {
      return null;
    }
    return switch (destination) {
      case "HOME" -> DestinationType.HOME;
      case "HAD" -> DestinationType.HAD;
      case "SMR" -> DestinationType.SMR;
      case "EHPAD" -> DestinationType.EHPAD;
      case "SSIAD" -> DestinationType.SSIAD;
      case "OTHER_PARTNER" -> DestinationType.PALLIATIVE;
      default -> null;
    };
  }

  private Town home(long hospitalId) {
    List<Town> near = nearTowns.getOrDefault(hospitalId, List.of());
    return !near.isEmpty() && random.nextInt(100) < 80 ? near.get(random.nextInt(near.size()))
        : Towns.ALL.get(random.nextInt(Towns.ALL.size()));
  }

  /** The demo account of the cancer centre's coordinator; a named coordinator elsewhere. */
  private String coordinator(long hospitalId) {
    Org o = hospitals.get(hospitalId);
    return DemoNetwork.CANCER_CENTRE.equals(o.code()) ? "coordinator" : "coordination." + o.code().toLowerCase(
        java.util.Locale.ROOT);
  }

  private String physician(long hospitalId) {
    Org o = hospitals.get(hospitalId);
    return DemoNetwork.CANCER_CENTRE.equals(o.code()) ? "physician" : "medecin." + o.code().toLowerCase(
        java.util.Locale.ROOT);
  }

  private int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A time between {@code a} and {@code b}, at a random fraction in {@code lo..hi} of the way, to the minute. */
  private LocalDateTime between(LocalDateTime a, LocalDateTime b, double lo, double hi) {
    long minutes = Math.max(0, Duration.between(a, b).toMinutes());
    return a.plusMinutes((long) (minutes * (lo + random.nextDouble() * (hi - lo))));
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static double km(Town a, Town b) {
    double kx = Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2)) * 111.32;
    double dx = (a.longitude() - b.longitude()) * kx;
    double dy = (a.latitude() - b.latitude()) * 110.57;
    return Math.sqrt(dx * dx + dy * dy);
  }
}
