package fr.hen.adt.monitor;

import java.time.LocalDateTime;

/**
 * A message as the integration monitor lists it: keys, event, visit number, status, the ACK code sent and the error;
 * no patient identity. {@code raw} and {@code ack} only in the detail, for the bed manager.
 */
public record AdtMessageView(long id, String sendingFacility, String controlId, String messageType, String event,
    String visitNumber, String status, String ackCode, String errorCode, String errorText, long rawBytes,
    LocalDateTime receivedAt, LocalDateTime processedAt, int attempts, String replayedBy, LocalDateTime replayedAt,
    String raw, String ack) {

  public boolean replayable() {
    return !"PROCESSED".equals(status);
  }

  AdtMessageView withoutText() {
    return new AdtMessageView(id, sendingFacility, controlId, messageType, event, visitNumber, status, ackCode,
        errorCode, errorText, rawBytes, receivedAt, processedAt, attempts, replayedBy, replayedAt, null, null);
  }
}
