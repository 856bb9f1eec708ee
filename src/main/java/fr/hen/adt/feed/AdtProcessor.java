package fr.hen.adt.feed;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.SystemActors;
import fr.hen.stays.HospitalFeed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies messages and stores them in the same transaction as their effects. A batch (group commit) is one
 * transaction; if any message of it breaks a rule, the batch is rolled back and each of its messages is applied
 * alone, in order: a message whose effects fail is rolled back and stored with its error in a second transaction.
 * A message already stored under its sending facility and MSH-10 changes nothing and gets its stored ACK.
 */
@Component
class AdtProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(AdtProcessor.class);

  private final AdtHandler handler;
  private final MessageStore store;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final HospitalFeed feed;

  AdtProcessor(AdtHandler handler, MessageStore store, PlatformTransactionManager transactions, Clock clock,
      HospitalFeed feed) {
    this.feed = feed;
    this.handler = handler;
    this.store = store;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** The ACK of each message, in order. */
  List<String> process(List<Prepared> batch) {
    if (batch.size() > 1) {
      try {
        List<String> acks = tx.execute(s -> feed.together(() -> applyBatch(batch)));
        return acks;
      } catch (RuntimeException e) {
        LOG.debug("batch of {} rolled back, applied one by one: {}", batch.size(), e.toString());
      }
    }
    List<String> acks = new ArrayList<>(batch.size());
    for (Prepared p : batch) {
      try {
        acks.add(alone(p));
      } catch (RuntimeException e) {
        // not even its error could be stored (the database refused the row): AE, not kept; the sender may resend
        LOG.error("ADT message {} from {} could not be stored", p.controlId(), p.facility(), e);
        acks.add(Acks.problem(p, LocalDateTime.now(clock), Problem.error(Problem.INTERNAL, "", "not-stored",
            "the message could not be stored: send it again")));
      }
    }
    return acks;
  }

  /**
   * A batch in the current transaction: repeats get the stored (or the batch's first) ACK; runs of A01 / A02 / A03
   * of one hospital are applied in bulk, every other message (and the one a run stops at) alone, in order. Throws
   * when a message breaks a rule (the caller rolls the batch back and applies its messages one by one).
   */
  private List<String> applyBatch(List<Prepared> batch) {
    String[] out = new String[batch.size()];
    MessageStore.Row[] rows = new MessageStore.Row[batch.size()];
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> storedAcks = store.acksOf(batch);
    List<Integer> toApply = new ArrayList<>(batch.size());
    int[] firstOf = new int[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      Prepared p = batch.get(i);
      String key = MessageStore.key(p.facility(), p.controlId());
      firstOf[i] = -1;
      Integer earlier = seen.get(key);
      if (earlier != null) {
        firstOf[i] = earlier; // a repeat within the batch: the first one's ACK
      } else if (storedAcks.containsKey(key)) {
        out[i] = storedAcks.get(key);
      } else {
        seen.put(key, i);
        toApply.add(i);
      }
    }
    int next = 0;
    while (next < toApply.size()) {
      Prepared p = batch.get(toApply.get(next));
      if (AdtHandler.bulk(p)) {
        int end = next;
        List<Prepared> run = new ArrayList<>();
        while (end < toApply.size() && AdtHandler.bulk(batch.get(toApply.get(end)))
            && batch.get(toApply.get(end)).hospital().id() == p.hospital().id()) {
          run.add(batch.get(toApply.get(end)));
          end++;
        }
        int applied = run.size() > 1 ? handler.applyRun(run) : 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (int k = 0; k < applied; k++) {
          int i = toApply.get(next + k);
          rows[i] = new MessageStore.Row(batch.get(i), MessageStore.Status.PROCESSED, "AA", null, null,
              Acks.accept(batch.get(i), now, null), now);
        }
        next += applied;
        if (applied == run.size()) {
          continue;
        }
      }
      int i = toApply.get(next);
      rows[i] = apply(batch.get(i));
      next++;
    }
    List<MessageStore.Row> written = new ArrayList<>(toApply.size());
    for (int i : toApply) {
      written.add(rows[i]);
      out[i] = rows[i].ack();
    }
    store.insert(written);
    for (int i = 0; i < out.length; i++) {
      if (firstOf[i] >= 0) {
        out[i] = out[firstOf[i]];
      }
    }
    return List.of(out);
  }

  /**
   * One message in its own transaction; its error, if any, stored in a second one. A transient failure (a deadlock
   * with another writer, a lock timeout) is tried again, up to three times, before it counts as the message's error.
   */
  String alone(Prepared p) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(p);
      } catch (org.springframework.dao.TransientDataAccessException e) {
        if (attempt >= 3) {
          return storeFailure(p, e);
        }
      }
    }
  }

  private String once(Prepared p) {
    try {
      return tx.execute(s -> {
        Optional<String> stored = store.ackOf(p.facility(), p.controlId());
        if (stored.isPresent()) {
          return stored.get();
        }
        MessageStore.Row row = apply(p);
        store.insert(List.of(row));
        return row.ack();
      });
    } catch (DuplicateKeyException e) {
      return storedAck(p);
    } catch (org.springframework.dao.TransientDataAccessException e) {
      throw e;
    } catch (RuntimeException e) {
      return storeFailure(p, e);
    }
  }

  private String storeFailure(Prepared p, RuntimeException e) {
    MessageStore.Row row = failed(p, e);
    try {
      tx.executeWithoutResult(s -> store.insert(List.of(row)));
      return row.ack();
    } catch (DuplicateKeyException duplicate) {
      return storedAck(p);
    }
  }

  /**
   * Replays a stored message (after its reference data was fixed) or retries a waiting one: read again from its
   * text, applied in one transaction with the update of its row. {@code by} names the person replaying it, null
   * for the feed's own retry. Returns the new row, or empty when the message is not in a replayable state.
   */
  Optional<MessageStore.Row> replay(long id, String by, Hl7Reader reader) {
    try {
      return tx.execute(s -> {
        MessageStore.Stored stored = store.lock(id).orElse(null);
        if (stored == null || stored.status() == MessageStore.Status.PROCESSED) {
          return Optional.empty();
        }
        Prepared p = reader.read(stored.raw().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            stored.rawBytes(), stored.receivedAt());
        p = new Prepared(p.raw(), p.rawBytes(), p.receivedAt(), p.sendingApplication(), stored.facility(),
            stored.controlId(), p.hospital(), p.messageType(), p.event(), p.visit(), p.patient(), p.place(),
            p.pendingPlace(), p.eventTime(), p.expectedTime(), p.disposition(), p.admissionType(), p.admitSource(),
            p.otherVisit(), p.bedStatus(), p.planning(), p.problem());
        MessageStore.Row row = apply(p);
        if (by == null && row.status() == MessageStore.Status.WAITING) {
          return Optional.<MessageStore.Row>empty();
        }
        store.replayed(id, row, by);
        return Optional.of(row);
      });
    } catch (RuntimeException e) {
      return tx.execute(s -> {
        MessageStore.Stored stored = store.lock(id).orElseThrow();
        Prepared p = reader.read(stored.raw().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            stored.rawBytes(), stored.receivedAt());
        MessageStore.Row row = failed(p, e);
        store.replayed(id, row, by);
        return Optional.of(row);
      });
    }
  }

  private String storedAck(Prepared p) {
    return tx.execute(s -> store.ackOf(p.facility(), p.controlId())).orElseThrow();
  }

  /** Applies a message inside the current transaction; throws when a rule is broken (the caller rolls back). */
  private MessageStore.Row apply(Prepared p) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (p.refused()) {
      Problem problem = p.problem();
      return new MessageStore.Row(p, "AR".equals(problem.ackCode()) ? MessageStore.Status.REJECTED
          : MessageStore.Status.ERROR, problem.ackCode(), problem.code(), problem.text(),
          Acks.problem(p, now, problem), now);
    }
    AdtHandler.Outcome outcome = SystemActors.run(p.hospital().actor(), () -> handler.apply(p));
    if (outcome == AdtHandler.Outcome.WAITING) {
      return new MessageStore.Row(p, MessageStore.Status.WAITING, "AA", "waiting",
          "the stay of visit " + p.visit() + " is not known yet: kept and applied when it is", 
          Acks.accept(p, now, "kept until the stay of visit " + p.visit() + " is known"), now);
    }
    return new MessageStore.Row(p, MessageStore.Status.PROCESSED, "AA", null, null, Acks.accept(p, now, null), now);
  }

  /** The stored row of a message whose effects failed: AE with what broke. */
  private MessageStore.Row failed(Prepared p, RuntimeException e) {
    LocalDateTime now = LocalDateTime.now(clock);
    Problem problem = switch (e) {
      case InvalidFieldException f -> Problem.error(f.field().startsWith("PV1-3") ? Problem.TABLE_VALUE
          : Problem.INTERNAL, location(f.field()), "invalid:" + f.field(), f.getMessage());
      case ConflictException c -> Problem.error(Problem.INTERNAL, "", c.code(), c.getMessage());
      case NotFoundException n -> Problem.error(Problem.UNKNOWN_KEY, "", "not-found", n.getMessage());
      default -> {
        LOG.warn("ADT message {} from {} failed", p.controlId(), p.facility(), e);
        yield Problem.error(Problem.INTERNAL, "", "internal", "internal error: " + e.getClass().getSimpleName());
      }
    };
    return new MessageStore.Row(p, MessageStore.Status.ERROR, "AE", problem.code(), problem.text(),
        Acks.problem(p, now, problem), now);
  }

  /** {@code PV1-3} → {@code PV1^1^3}; a stays field name (e.g. {@code at}) → empty. */
  private static String location(String field) {
    if (field != null && field.matches("[A-Z][A-Z0-9]{2}(-\\d+)*")) {
      String[] parts = field.split("-");
      return parts[0] + "^1" + (parts.length > 1 ? "^" + parts[1] : "");
    }
    return "";
  }
}
