package fr.hen.adt.monitor;

import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * A movement the admission system announced and has not done yet (an open row of {@code adt_pending}): its kind
 * ({@code TRANSFER} A15, {@code DISCHARGE} A16, {@code LEAVE} A21), the visit number, the expected time (for a leave,
 * its start) and, for a transfer, the place it goes to, as the message named it. No patient identity.
 */
public record PendingMovementView(long id, String kind, String visitNumber, LocalDateTime expectedAt, String unitCode,
    String roomCode, String bedCode, LocalDateTime announcedAt) {

  /** The place as unit / room / bed (the parts given), or null when the message named none. */
  public String target() {
    return Stream.of(unitCode, roomCode, bedCode).filter(p -> p != null && !p.isBlank())
        .reduce((a, b) -> a + " / " + b).orElse(null);
  }
}
