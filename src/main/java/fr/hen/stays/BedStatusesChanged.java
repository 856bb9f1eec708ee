package fr.hen.stays;

import java.util.List;

/**
 * The bed status changes of a feed's batch of movements (see {@link StayMovementsRecorded}), for one organisation, in
 * the order they happened: published instead of one {@link BedStatusChanged} each. A listener of
 * {@link BedStatusChanged} listens to this one as well.
 */
public record BedStatusesChanged(long organisationId, List<BedStatusChanged> changes) {

  public BedStatusesChanged {
    changes = List.copyOf(changes);
  }
}
