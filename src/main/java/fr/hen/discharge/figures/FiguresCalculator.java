package fr.hen.discharge.figures;

import fr.hen.platform.SmallCell;

import fr.hen.discharge.RefusalReason;
import fr.hen.discharge.figures.DischargeFigures.ExitFigures;
import fr.hen.discharge.figures.DischargeFigures.PartnerFigures;
import fr.hen.discharge.figures.DischargeFigures.PartnerTypeFigures;
import fr.hen.discharge.figures.DischargeFigures.ReferralCounts;
import fr.hen.discharge.figures.DischargeFigures.RefusalReasonCount;
import fr.hen.discharge.figures.DischargeFigures.UnderSolicitedPartner;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The discharge figures worked out from plain rows (PRODUCT.md §4); no database, so each definition is tested on
 * small hand-computed cases ({@code FiguresCalculatorTest}).
 */
final class FiguresCalculator {

  /** A stay's discharge plan: admission, discharge (null while in hospital) and medically-ready times. */
  record PlanRow(LocalDateTime admittedAt, LocalDateTime dischargedAt, LocalDateTime medicallyReadyAt) {}

  /** A referral sent in the period: its partner, when it was sent, first answered, accepted, refused, and why. */
  record ReferralRow(long partnerId, String partnerCode, String partnerType, LocalDateTime sentAt,
      LocalDateTime answeredAt, LocalDateTime acceptedAt, LocalDateTime refusedAt, RefusalReason refusalReason) {}

  /** A partner of the directory that can be sent requests (active, partnership not a prospect). */
  record Partner(long id, String code, String name, String type, String partnershipStatus,
      Set<String> capabilities) {}

  /** A partner's requests are "few" below this share of its peers' median. */
  static final double UNDER_SOLICITED_SHARE = 0.5;
  /** A comparison with peers needs at least this many of them, the partner included (as the matching's). */
  static final int MIN_PEERS = 3;

  private FiguresCalculator() {}

  /**
   * Exit figures of the period: discharges by discharge date in {@code from..to}; bed-days of every plan in the
   * period, counted at midnight, a patient still in hospital up to {@code now}.
   */
  static ExitFigures exits(List<PlanRow> plans, LocalDate from, LocalDate to, LocalDateTime now, Suppressor s) {
    long discharges = 0;
    long bedDays = 0;
    long avoidable = 0;
    List<Long> waiting = new ArrayList<>();
    for (PlanRow p : plans) {
      bedDays += Stats.bedDays(p.admittedAt(), p.dischargedAt() == null ? now : p.dischargedAt(), from, to);
      if (p.dischargedAt() == null) {
        continue;
      }
      LocalDate day = p.dischargedAt().toLocalDate();
      if (day.isBefore(from) || day.isAfter(to)) {
        continue;
      }
      discharges++;
      if (p.medicallyReadyAt() != null) {
        waiting.add(Stats.waitingDays(p.medicallyReadyAt(), p.dischargedAt()));
        avoidable += Stats.avoidableDays(p.medicallyReadyAt(), p.dischargedAt());
      }
    }
    int ready = waiting.size();
    SmallCell<Integer> avoidableCell = s.isOwn() || ready >= Suppressor.THRESHOLD ? s.count(avoidable)
        : SmallCell.underFive();
    SmallCell<Double> rate = avoidableCell.suppressed() ? SmallCell.underFive() : s.percent(avoidable, bedDays);
    return new ExitFigures(s.count(discharges), s.count(ready), s.count(bedDays), avoidableCell, rate,
        s.statistic(Stats.median(waiting), ready), s.statistic(Stats.p90(waiting), ready));
  }

  /** The referral figures of a group of referrals. */
  static ReferralCounts referrals(List<ReferralRow> rows, Suppressor s) {
    int answered = 0;
    int accepted = 0;
    int refused = 0;
    List<Double> hours = new ArrayList<>();
    for (ReferralRow r : rows) {
      if (r.answeredAt() != null) {
        answered++;
        hours.add(Stats.answerHours(r.sentAt(), r.answeredAt()));
      }
      if (r.acceptedAt() != null) {
        accepted++;
      }
      if (r.refusedAt() != null) {
        refused++;
      }
    }
    return new ReferralCounts(s.count(rows.size()), s.count(answered), s.count(accepted), s.count(refused),
        s.percent(accepted, answered), s.statistic(Stats.median(hours), answered));
  }

  /** Per partner, by partner type then code; the name from the directory, else the code. */
  static List<PartnerFigures> perPartner(List<ReferralRow> rows, Map<Long, String> names, Suppressor s) {
    Map<Long, List<ReferralRow>> byPartner = group(rows, ReferralRow::partnerId);
    return byPartner.values().stream()
        .sorted(Comparator.comparing((List<ReferralRow> l) -> l.get(0).partnerType())
            .thenComparing(l -> l.get(0).partnerCode()))
        .map(l -> {
          ReferralRow first = l.get(0);
          return new PartnerFigures(first.partnerCode(), names.getOrDefault(first.partnerId(), first.partnerCode()),
              first.partnerType(), referrals(l, s));
        }).toList();
  }

  /**
   * Per partner type, by type. Outside the own organisation a type's count is hidden (complementary) when the same
   * count of one of its partners is hidden: the type's total minus the partners shown would give it away.
   */
  static List<PartnerTypeFigures> perType(List<ReferralRow> rows, List<PartnerFigures> partners, Suppressor s) {
    Map<String, List<ReferralRow>> byType = new TreeMap<>(group(rows, ReferralRow::partnerType));
    List<PartnerTypeFigures> result = new ArrayList<>();
    byType.forEach((type, list) -> {
      List<ReferralCounts> parts = partners.stream().filter(p -> p.partnerType().equals(type))
          .map(PartnerFigures::figures).toList();
      result.add(new PartnerTypeFigures(type, complement(referrals(list, s), parts)));
    });
    return result;
  }

  /**
   * Totals of every referral, complementary-suppressed against the types shown beside them, and the refusals also
   * against the refusal reasons (their sum).
   */
  static ReferralCounts total(List<ReferralRow> rows, List<PartnerTypeFigures> types,
      List<RefusalReasonCount> reasons, Suppressor s) {
    ReferralCounts total = complement(referrals(rows, s), types.stream().map(PartnerTypeFigures::figures).toList());
    return new ReferralCounts(total.sent(), total.answered(), total.accepted(),
        Suppressor.total(total.refused(), reasons.stream().map(RefusalReasonCount::count).toList()),
        total.acceptancePercent(), total.answerHoursMedian());
  }

  /** Refused referrals per coded reason, every reason listed (zero included), in the order of the code. */
  static List<RefusalReasonCount> refusalReasons(List<ReferralRow> rows, Suppressor s) {
    Map<RefusalReason, Integer> counts = new EnumMap<>(RefusalReason.class);
    for (RefusalReason reason : RefusalReason.values()) {
      counts.put(reason, 0);
    }
    rows.stream().filter(r -> r.refusedAt() != null && r.refusalReason() != null)
        .forEach(r -> counts.merge(r.refusalReason(), 1, Integer::sum));
    return counts.entrySet().stream().map(e -> new RefusalReasonCount(e.getKey(), s.count(e.getValue()))).toList();
  }

  /**
   * The under-solicited partners: among the partners covering at least one of the needs asked for ({@code needs},
   * capability codes), each partner's peers are the covering partners of its type (itself included); it is
   * under-solicited when there are at least {@value #MIN_PEERS} peers and it was sent fewer requests than
   * {@value #UNDER_SOLICITED_SHARE} × the median of its peers' requests. Ordered by type, then fewest requests.
   */
  static List<UnderSolicitedPartner> underSolicited(List<Partner> partners, Set<String> needs,
      Map<Long, Integer> requests, Suppressor s) {
    Map<String, List<Partner>> peersByType = new TreeMap<>();
    for (Partner p : partners) {
      if (p.capabilities().stream().anyMatch(needs::contains)) {
        peersByType.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(p);
      }
    }
    List<UnderSolicitedPartner> result = new ArrayList<>();
    peersByType.forEach((type, peers) -> {
      if (peers.size() < MIN_PEERS) {
        return;
      }
      double median = Stats.median(peers.stream().map(p -> requests.getOrDefault(p.id(), 0)).toList());
      peers.stream()
          .filter(p -> requests.getOrDefault(p.id(), 0) < UNDER_SOLICITED_SHARE * median)
          .sorted(Comparator.comparing((Partner p) -> requests.getOrDefault(p.id(), 0)).thenComparing(Partner::code))
          .forEach(p -> result.add(new UnderSolicitedPartner(p.code(), p.name(), type, p.partnershipStatus(),
              s.count(requests.getOrDefault(p.id(), 0)), Suppressor.round1(median), peers.size(),
              List.copyOf(new TreeSet<>(p.capabilities().stream().filter(needs::contains).toList())))));
    });
    return result;
  }

  private static ReferralCounts complement(ReferralCounts total, List<ReferralCounts> parts) {
    return new ReferralCounts(
        Suppressor.total(total.sent(), parts.stream().map(ReferralCounts::sent).toList()),
        Suppressor.total(total.answered(), parts.stream().map(ReferralCounts::answered).toList()),
        Suppressor.total(total.accepted(), parts.stream().map(ReferralCounts::accepted).toList()),
        Suppressor.total(total.refused(), parts.stream().map(ReferralCounts::refused).toList()),
        total.acceptancePercent(), total.answerHoursMedian());
  }

  private static <K> Map<K, List<ReferralRow>> group(List<ReferralRow> rows, Function<ReferralRow, K> key) {
    Map<K, List<ReferralRow>> map = new LinkedHashMap<>();
    rows.forEach(r -> map.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return map;
  }
}
