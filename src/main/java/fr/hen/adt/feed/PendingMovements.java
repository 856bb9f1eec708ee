package fr.hen.adt.feed;

import fr.hen.stays.HospitalFeed.FeedPlace;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Movements announced but not done, kept by the feed ({@code adt_pending}): a pre-admission or pending admission
 * (A05, A14; cancelled by A27 or A11), a pending transfer (A15; A26), a pending discharge (A16; A25), a leave of
 * absence (A21; closed by A22). Done when the movement arrives (A01, A02, A03).
 */
@Repository
class PendingMovements {

  enum Kind { ADMISSION, TRANSFER, DISCHARGE, LEAVE }

  private final JdbcClient jdbc;

  PendingMovements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens a pending movement; an open one of the same kind for the visit is replaced (closed as cancelled). */
  void open(long org, String visit, Kind kind, String mrn, FeedPlace place, LocalDateTime expectedAt,
      String controlId, LocalDateTime now) {
    close(org, visit, kind, "CANCELLED", now);
    jdbc.sql("""
            INSERT INTO adt_pending (organisation_id, visit_number, kind, mrn, unit_code, room_code, bed_code,
                                     expected_at, status, control_id, created_at)
            VALUES (:org, :visit, :kind, :mrn, :unit, :room, :bed, :at, 'OPEN', :control, :now)""")
        .param("org", org).param("visit", visit).param("kind", kind.name()).param("mrn", mrn)
        .param("unit", place == null ? null : Hl7Reader.clip(place.unit(), 20))
        .param("room", place == null ? null : Hl7Reader.clip(place.room(), 20))
        .param("bed", place == null ? null : Hl7Reader.clip(place.bed(), 20))
        .param("at", expectedAt).param("control", controlId).param("now", now).update();
  }

  /** Closes the open pending movements of this kind for the visit; how many were open. */
  int close(long org, String visit, Kind kind, String status, LocalDateTime now) {
    return jdbc.sql("""
            UPDATE adt_pending SET status = :status, closed_at = :now
            WHERE organisation_id = :org AND visit_number = :visit AND kind = :kind AND status = 'OPEN'""")
        .param("status", status).param("now", now).param("org", org).param("visit", visit)
        .param("kind", kind.name()).update();
  }

  /**
   * The movements of a bulk run arrived: the open pending transfers of the transferred visits and the open pending
   * discharges and leaves of the discharged ones are done (as {@link #close} one by one). One query when nothing of
   * the hospital is pending.
   */
  void closeDone(long org, java.util.List<String> transferred, java.util.List<String> discharged,
      LocalDateTime now) {
    if (transferred.isEmpty() && discharged.isEmpty()
        || jdbc.sql("SELECT id FROM adt_pending WHERE organisation_id = :org AND status = 'OPEN' LIMIT 1")
            .param("org", org).query(Long.class).list().isEmpty()) {
      return;
    }
    transferred.forEach(v -> close(org, v, Kind.TRANSFER, "DONE", now));
    discharged.forEach(v -> {
      close(org, v, Kind.DISCHARGE, "DONE", now);
      close(org, v, Kind.LEAVE, "DONE", now);
    });
  }

  boolean isOpen(long org, String visit, Kind kind) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM adt_pending
            WHERE organisation_id = :org AND visit_number = :visit AND kind = :kind AND status = 'OPEN'""")
        .param("org", org).param("visit", visit).param("kind", kind.name()).query(Long.class).single() > 0;
  }
}
