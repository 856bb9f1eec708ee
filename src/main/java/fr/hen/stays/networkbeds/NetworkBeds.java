package fr.hen.stays.networkbeds;

import java.time.LocalDate;
import java.util.List;

/**
 * The network view of beds as one user may see it: per member hospital and for the whole network, figures of
 * today and of the discharges from {@code periodFrom} to {@code asOf} (30 days, both included). Aggregates only.
 */
public record NetworkBeds(LocalDate asOf, LocalDate periodFrom, List<Hospital> hospitals, Figures total) {

  /** One member hospital; {@code own} when it is the user's organisation (never suppressed). */
  public record Hospital(long id, String code, String name, boolean own, Figures figures) {}
}
