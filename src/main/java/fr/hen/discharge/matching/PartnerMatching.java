package fr.hen.discharge.matching;

import fr.hen.discharge.DestinationType;
import fr.hen.discharge.matching.PartnerMatcher.Ranking;
import fr.hen.discharge.matching.PlanInput.Plan;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationSearch;
import fr.hen.network.OrganisationType;
import fr.hen.network.UnknownPlaceException;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.stays.StayRoster;
import fr.hen.stays.StayRoster.RosterLine;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner matching for a stay of the user's hospital (README "Partner matching"): reads the stay's plan, locates
 * the patient's home as the directory's {@code near} does, ranks the network's partners with
 * {@link PartnerMatcher}, and records the view in the audit log.
 */
@Service
@PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
class PartnerMatching {

  /** Partner types a coordinator may ask for. */
  static final Set<OrganisationType> PARTNER_TYPES = EnumSet.complementOf(EnumSet.of(OrganisationType.HOSPITAL,
      OrganisationType.NETWORK));
  /** Structures that care for the patient at home. */
  static final Set<OrganisationType> AT_HOME = EnumSet.of(OrganisationType.HAD, OrganisationType.SSIAD,
      OrganisationType.HOME_CARE);

  /** The matches of one stay: the stay, its plan, the partner types looked at, whether the home was located. */
  record Matches(RosterLine stay, Plan plan, Set<OrganisationType> types, boolean homeLocated,
      Ranking ranking) {}

  private final StayRoster roster;
  private final PlanInput plans;
  private final OrganisationDirectory directory;
  private final OrganisationSearch search;
  private final PartnerStatsQueries stats;
  private final AuditLog audit;
  private final Clock clock;

  PartnerMatching(StayRoster roster, PlanInput plans, OrganisationDirectory directory, OrganisationSearch search,
      PartnerStatsQueries stats, AuditLog audit, Clock clock) {
    this.roster = roster;
    this.plans = plans;
    this.directory = directory;
    this.search = search;
    this.stats = stats;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The ranked partners for a stay of the actor's hospital (404 for another organisation's), of {@code type} when
   * given (422 for a type that is no partner's), else of the plan's destination type, else of every partner type but
   * DAC.
   */
  @Transactional
  Matches forStay(Actor actor, long stayId, OrganisationType type) {
    if (type != null && !PARTNER_TYPES.contains(type)) {
      throw new InvalidFieldException("type", "Not a partner type: " + type);
    }
    RosterLine stay = roster.find(actor, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    Plan plan = plans.of(actor.organisationId(), stayId);
    Set<OrganisationType> types = type != null ? EnumSet.of(type) : typesFor(plan.destinationType());
    GeoPoint home = locate(plan.home());
    LocalDateTime now = LocalDateTime.now(clock);
    Ranking ranking = PartnerMatcher.rank(new PartnerMatcher.Request(plan.needs(), home, types, now),
        directory.partners(), stats.all(now));
    audit.record(actor, AuditAction.READ, "Stay", String.valueOf(stayId), stay.patientId(), "partner matches");
    return new Matches(stay, plan, types, home != null, ranking);
  }

  /** HOME: the structures caring at home; a partner type: itself; none: every partner type but DAC. */
  static Set<OrganisationType> typesFor(DestinationType destination) {
    if (destination == null) {
      Set<OrganisationType> all = EnumSet.copyOf(PARTNER_TYPES);
      all.remove(OrganisationType.DAC);
      return all;
    }
    return destination == DestinationType.HOME ? EnumSet.copyOf(AT_HOME)
        : EnumSet.of(OrganisationType.valueOf(destination.name()));
  }

  /** The home's point, or null when there is none or the directory cannot place it. */
  private GeoPoint locate(String home) {
    try {
      return search.locate(home);
    } catch (UnknownPlaceException e) {
      return null;
    }
  }
}
