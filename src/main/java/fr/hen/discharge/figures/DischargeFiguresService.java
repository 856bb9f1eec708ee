package fr.hen.discharge.figures;

import fr.hen.discharge.figures.DischargeFigures.PartnerFigures;
import fr.hen.discharge.figures.DischargeFigures.PartnerTypeFigures;
import fr.hen.discharge.figures.DischargeFigures.RefusalReasonCount;
import fr.hen.discharge.figures.FiguresCalculator.Partner;
import fr.hen.discharge.figures.FiguresCalculator.ReferralRow;
import fr.hen.network.Capacity;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationQuery;
import fr.hen.network.OrganisationSearch;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Periods;
import fr.hen.platform.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discharge figures of a period (PRODUCT.md §4): a hospital user's own hospital, or the whole network for a
 * network coordinator (small cells suppressed). Aggregates only, no patient is read: no audit entry (as the
 * network view of beds).
 */
@Service
public class DischargeFiguresService {

  /** The longest period one request covers. */
  static final int MAX_DAYS = 366;
  /** The window of the under-solicited partners report, ending at the period's end. */
  static final int UNDER_SOLICITED_WINDOW_DAYS = 90;

  private static final Set<PartnershipStatus> SOLICITABLE = EnumSet.of(PartnershipStatus.ACTIVE,
      PartnershipStatus.UNDER_SOLICITED);
  private static final Set<OrganisationType> NOT_PARTNERS = EnumSet.of(OrganisationType.HOSPITAL,
      OrganisationType.NETWORK);

  private final FiguresQueries queries;
  private final OrganisationDirectory directory;
  private final OrganisationSearch search;
  private final Clock clock;

  DischargeFiguresService(FiguresQueries queries, OrganisationDirectory directory, OrganisationSearch search,
      Clock clock) {
    this.queries = queries;
    this.directory = directory;
    this.search = search;
    this.clock = clock;
  }

  /**
   * The figures of {@code from..to} (dates inclusive, at most {@value #MAX_DAYS} days; 422 naming the field
   * otherwise). A network coordinator gets the network; every other allowed role its own hospital.
   */
  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'BED_MANAGER', 'QUALITY_MANAGER', 'PHYSICIAN', "
      + "'NETWORK_COORDINATOR')")
  public DischargeFigures figures(HenUser user, LocalDate from, LocalDate to) {
    Periods.requireValid(from, to, MAX_DAYS);
    boolean network = user.getAuthorities().stream()
        .anyMatch(a -> Role.NETWORK_COORDINATOR.authority().equals(a.getAuthority()));
    Long scope = network ? null : user.organisationId();
    Suppressor s = network ? Suppressor.outside() : Suppressor.own();
    LocalDateTime now = LocalDateTime.now(clock);

    List<OrganisationProfile> organisations = organisations();
    Map<Long, String> names = organisations.stream()
        .collect(Collectors.toMap(OrganisationProfile::id, OrganisationProfile::name));
    List<Partner> partners = organisations.stream()
        .filter(o -> !NOT_PARTNERS.contains(o.type()) && SOLICITABLE.contains(o.partnershipStatus()))
        .map(o -> new Partner(o.id(), o.code(), o.name(), o.type().name(), o.partnershipStatus().name(),
            o.capabilities().stream().map(Capacity::code).collect(Collectors.toSet())))
        .toList();
    List<ReferralRow> referrals = queries.referralsSent(scope, from, to);
    List<PartnerFigures> perPartner = FiguresCalculator.perPartner(referrals, names, s);
    List<PartnerTypeFigures> perType = FiguresCalculator.perType(referrals, perPartner, s);
    List<RefusalReasonCount> reasons = FiguresCalculator.refusalReasons(referrals, s);

    LocalDate windowFrom = to.minusDays(UNDER_SOLICITED_WINDOW_DAYS - 1L);
    var underSolicited = FiguresCalculator.underSolicited(partners,
        queries.neededCapabilities(scope, windowFrom, to), queries.requestsPerPartner(scope, windowFrom, to), s);

    String code = network ? null : directory.findById(user.organisationId()).map(OrganisationProfile::code)
        .orElse(null);
    return new DischargeFigures(from, to, network ? "NETWORK" : "HOSPITAL", code,
        FiguresCalculator.exits(queries.plans(scope, from, to), from, to, now, s),
        FiguresCalculator.total(referrals, perType, reasons, s), perPartner, perType, reasons,
        new DischargeFigures.UnderSolicitedReport(windowFrom, to, underSolicited));
  }

  /** The active organisations of the directory, every page. */
  private List<OrganisationProfile> organisations() {
    List<OrganisationProfile> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      PageSlice<OrganisationProfile> slice = search.search(new OrganisationQuery(null, null, null, null, false, null,
          null, page, PageSlice.MAX_SIZE));
      all.addAll(slice.items());
      if (!slice.hasNext()) {
        return all;
      }
    }
  }
}
