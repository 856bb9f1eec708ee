package fr.hen.stays.live;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open board pages of this instance, by organisation, and the server-sent events telling them that their board
 * changed. Changes are gathered and sent every {@code hen.board.flush} (100 ms by default): a burst of ADT messages
 * gives each page one event, not hundreds. An event {@code board} carries a sequence number only (the page fetches
 * its board, scoped and audited as any board read); a comment every 20 s keeps idle connections open and finds the
 * closed ones.
 */
@Component
public class BoardStream implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(BoardStream.class);
  /** The organisation id standing for "every organisation" (after the listener reconnected). */
  static final long ALL = -1;

  private final Map<Long, Set<SseEmitter>> pages = new ConcurrentHashMap<>();
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();
  private final long flushMillis;
  private ScheduledExecutorService timer;

  BoardStream(@Value("${hen.board.flush:100ms}") java.time.Duration flush) {
    this.flushMillis = flush.toMillis();
  }

  /** A new stream for a page showing this organisation's board. */
  SseEmitter open(long organisationId) {
    SseEmitter emitter = new SseEmitter(java.time.Duration.ofMinutes(30).toMillis());
    Set<SseEmitter> set = pages.computeIfAbsent(organisationId, k -> new CopyOnWriteArraySet<>());
    set.add(emitter);
    Runnable remove = () -> set.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      emitter.send(SseEmitter.event().name("open").data(sequence.get()).reconnectTime(2000));
    } catch (IOException e) {
      remove.run();
    }
    return emitter;
  }

  /** This organisation's board changed (a committed change, signalled by {@link BoardSignals}). */
  public void changed(long organisationId) {
    dirty.add(organisationId);
  }

  /** How many pages of this organisation are open on this instance. */
  int open(Long organisationId) {
    return pages.getOrDefault(organisationId, Set.of()).size();
  }

  void flush() {
    if (dirty.isEmpty()) {
      return;
    }
    boolean all = dirty.remove(ALL);
    Set<Long> changed = Set.copyOf(dirty);
    dirty.removeAll(changed);
    long seq = sequence.incrementAndGet();
    pages.forEach((org, emitters) -> {
      if (all || changed.contains(org)) {
        emitters.forEach(emitter -> send(emitter, SseEmitter.event().name("board").data(seq), emitters));
      }
    });
  }

  private void heartbeat() {
    pages.values().forEach(emitters -> emitters.forEach(
        emitter -> send(emitter, SseEmitter.event().comment("keep-alive"), emitters)));
  }

  private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event, Set<SseEmitter> emitters) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException e) {
      emitters.remove(emitter);
      try {
        emitter.completeWithError(e);
      } catch (RuntimeException alreadyClosed) {
        // the container closed it first (the page went away): nothing left to close, and the other pages of the
        // organisation must still get this event
        LOG.debug("board stream already closed", alreadyClosed);
      }
    }
  }

  @Override
  public void start() {
    timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("board-stream").factory());
    timer.scheduleWithFixedDelay(this::safeFlush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(() -> {
      try {
        heartbeat();
      } catch (RuntimeException e) {
        LOG.warn("Board stream heartbeat failed", e); // a task that throws is never run again
      }
    }, 20, 20, TimeUnit.SECONDS);
  }

  private void safeFlush() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("Board stream flush failed", e);
    }
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
    pages.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
    pages.clear();
  }

  @Override
  public boolean isRunning() {
    return timer != null && !timer.isShutdown();
  }
}
