package fr.hen.stays.networkbeds;

import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.platform.HenUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network view of beds: figures per active member hospital and for the network, with small-cell
 * suppression for every organisation but the user's own. No audit entry is written: only aggregates are read,
 * never a patient's record, so there is no patient to log the read against.
 */
@Service
class NetworkBedsService {

  /** Discharges of the last 30 days, today included. */
  static final int PERIOD_DAYS = 30;

  private final OrganisationDirectory directory;
  private final NetworkBedsQueries queries;
  private final Clock clock;

  NetworkBedsService(OrganisationDirectory directory, NetworkBedsQueries queries, Clock clock) {
    this.directory = directory;
    this.queries = queries;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR', 'QUALITY_MANAGER', 'BED_MANAGER', 'ADMIN')")
  public NetworkBeds view(HenUser user) {
    LocalDate today = LocalDate.now(clock);
    LocalDate from = today.minusDays(PERIOD_DAYS - 1L);
    List<OrganisationProfile> hospitals = directory.hospitals();
    Map<Long, Tally> tallies = queries.tallies(hospitals.stream().map(OrganisationProfile::id).toList(), from,
        today);
    List<NetworkBeds.Hospital> rows = hospitals.stream().map(h -> {
      boolean own = h.id() == user.organisationId();
      Tally tally = tallies.getOrDefault(h.id(), Tally.ZERO);
      return new NetworkBeds.Hospital(h.id(), h.code(), h.name(), own, SmallCells.hospital(tally, own));
    }).toList();
    Tally total = tallies.values().stream().reduce(Tally.ZERO, Tally::plus);
    return new NetworkBeds(today, from, rows,
        SmallCells.networkTotal(total, rows.stream().map(NetworkBeds.Hospital::figures).toList()));
  }
}
