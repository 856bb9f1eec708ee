package fr.hen.stays.live;

import fr.hen.stays.AdmissionCancelled;
import fr.hen.stays.BedIsolationChanged;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.DischargeCancelled;
import fr.hen.stays.DischargePlanChanged;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.PlannedAdmissionChanged;
import fr.hen.stays.BedStatusesChanged;
import fr.hen.stays.StayMovementsRecorded;
import fr.hen.stays.StaysLoaded;
import fr.hen.stays.UnitStructureChanged;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signals every change of the board to the open board pages of every instance, in the transaction of the change,
 * whatever its write path (screen, API, the ADT feed, cancellations, bulk loads): each stays event is heard here
 * synchronously, in the publishing transaction. On PostgreSQL it sends {@code NOTIFY hen_board, '<organisation>'},
 * which PostgreSQL delivers to every listening instance only when the transaction commits (and never if it rolls
 * back; notifications of one transaction with the same payload are delivered once); on H2, a single-process
 * database, the signal goes to this instance's {@link BoardStream} after the commit. A bed's status change is also
 * written to {@code bed_status_history} (bed turnaround).
 */
@Component
class BoardSignals {

  static final String CHANNEL = "hen_board";

  private final JdbcClient jdbc;
  private final BoardStream stream;
  private final Database database;
  private final Clock clock;
  private final org.springframework.jdbc.core.JdbcTemplate template;

  BoardSignals(JdbcClient jdbc, BoardStream stream, Database database, Clock clock,
      org.springframework.jdbc.core.JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
    this.stream = stream;
    this.database = database;
    this.clock = clock;
  }

  @EventListener
  void on(BedStatusChanged e) {
    history(List.of(e));
    changed(e.organisationId());
  }

  /** A feed's batch: its bed changes in the history as one JDBC batch, one signal. */
  @EventListener
  void on(BedStatusesChanged e) {
    history(e.changes());
    changed(e.organisationId());
  }

  private void history(List<BedStatusChanged> changes) {
    java.sql.Timestamp at = java.sql.Timestamp.valueOf(LocalDateTime.now(clock));
    template.batchUpdate("""
        INSERT INTO bed_status_history (organisation_id, bed_id, from_status, to_status, changed_at)
        VALUES (?, ?, ?, ?, ?)""", changes.stream().map(c -> new Object[] {c.organisationId(), c.bedId(),
        c.from().name(), c.to().name(), at}).toList(), new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT,
        java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.TIMESTAMP});
  }

  @EventListener
  void on(BedIsolationChanged e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(PatientAdmitted e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(PatientTransferred e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(PatientDischarged e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(AdmissionCancelled e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(DischargeCancelled e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(DischargePlanChanged e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(PlannedAdmissionChanged e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(UnitStructureChanged e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(StayMovementsRecorded e) {
    changed(e.organisationId());
  }

  @EventListener
  void on(StaysLoaded e) {
    changed(e.organisationId());
  }

  /** The board of this organisation changed in the current transaction (if any). */
  void changed(long organisationId) {
    if (database.postgres()) {
      if (!firstInTransaction(organisationId)) {
        return; // one notification per organisation and transaction: a feed's batch changes hundreds of beds
      }
      jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL)
          .param("payload", String.valueOf(organisationId)).query((rs, n) -> 1).list();
    } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          stream.changed(organisationId);
        }
      });
    } else {
      stream.changed(organisationId);
    }
  }

  /**
   * True the first time an organisation changes in the current transaction (always outside one). The set lives in a
   * synchronization of the transaction, so an inner {@code REQUIRES_NEW} transaction keeps its own.
   */
  private static boolean firstInTransaction(long organisationId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return true;
    }
    for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
      if (synchronization instanceof Signalled signalled) {
        return signalled.organisations.add(organisationId);
      }
    }
    Signalled signalled = new Signalled();
    TransactionSynchronizationManager.registerSynchronization(signalled);
    return signalled.organisations.add(organisationId);
  }

  /** The organisations already signalled in a transaction. */
  private static final class Signalled implements TransactionSynchronization {
    private final java.util.Set<Long> organisations = new java.util.HashSet<>();
  }
}
