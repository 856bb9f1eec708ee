package fr.hen.stays.stay;

import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.BedStatusesChanged;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.StayMovementsRecorded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the movement events ({@link PatientAdmitted}, {@link PatientTransferred}, {@link PatientDischarged}) and
 * the feed's bed changes ({@link BedStatusChanged}) one by one, or, inside {@link #together}, gathers them and
 * publishes one {@link StayMovementsRecorded} and one {@link BedStatusesChanged} per organisation at its end, in the
 * same transaction: a feed's batch of hundreds of movements costs each durable listener one
 * publication and one transaction instead of hundreds.
 */
@Component
class MovementEvents {

  /** The movements gathered on this thread, per organisation; null outside {@link #together}. */
  private static final ThreadLocal<Map<Long, Gathered>> GATHERED = new ThreadLocal<>();

  private record Gathered(List<PatientAdmitted> admitted, List<PatientTransferred> transferred,
      List<PatientDischarged> discharged, List<BedStatusChanged> beds) {
    Gathered() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  private final ApplicationEventPublisher events;

  MovementEvents(ApplicationEventPublisher events) {
    this.events = events;
  }

  void admitted(PatientAdmitted event) {
    Map<Long, Gathered> gathered = GATHERED.get();
    if (gathered == null) {
      events.publishEvent(event);
    } else {
      gathered.computeIfAbsent(event.organisationId(), k -> new Gathered()).admitted().add(event);
    }
  }

  void transferred(PatientTransferred event) {
    Map<Long, Gathered> gathered = GATHERED.get();
    if (gathered == null) {
      events.publishEvent(event);
    } else {
      gathered.computeIfAbsent(event.organisationId(), k -> new Gathered()).transferred().add(event);
    }
  }

  void discharged(PatientDischarged event) {
    Map<Long, Gathered> gathered = GATHERED.get();
    if (gathered == null) {
      events.publishEvent(event);
    } else {
      gathered.computeIfAbsent(event.organisationId(), k -> new Gathered()).discharged().add(event);
    }
  }

  void bedChanged(BedStatusChanged event) {
    Map<Long, Gathered> gathered = GATHERED.get();
    if (gathered == null) {
      events.publishEvent(event);
    } else {
      gathered.computeIfAbsent(event.organisationId(), k -> new Gathered()).beds().add(event);
    }
  }

  /**
   * Runs the work gathering its movement events, then publishes them (one {@link StayMovementsRecorded} per
   * organisation) in the caller's transaction. Work that throws publishes nothing (its transaction rolls back).
   * Not nested: the work of an inner call would be published by the outer one.
   */
  <T> T together(Supplier<T> work) {
    if (GATHERED.get() != null) {
      return work.get();
    }
    Map<Long, Gathered> gathered = new LinkedHashMap<>();
    GATHERED.set(gathered);
    T result;
    try {
      result = work.get();
    } finally {
      GATHERED.remove();
    }
    gathered.forEach((org, g) -> {
      if (!g.beds().isEmpty()) {
        events.publishEvent(new BedStatusesChanged(org, g.beds()));
      }
      if (!g.admitted().isEmpty() || !g.transferred().isEmpty() || !g.discharged().isEmpty()) {
        events.publishEvent(new StayMovementsRecorded(org, g.admitted(), g.transferred(), g.discharged()));
      }
    });
    return result;
  }
}
