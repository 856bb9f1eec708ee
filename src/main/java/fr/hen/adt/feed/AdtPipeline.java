package fr.hen.adt.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The single writer of the feed (group commit): messages from every connection, replays and retries queue up; the
 * writer takes as many messages as are waiting (at most {@code hen.hl7.batch-size}) and applies them in one
 * transaction ({@link AdtProcessor}); each ACK is released after the commit. Messages of one connection keep their
 * order. Reading and parsing happen before, in the connections' threads.
 */
@Component
public class AdtPipeline implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AdtPipeline.class);

  private record Job(Prepared message, CompletableFuture<String> ack) {}

  private record Task(Runnable work) {}

  private final AdtProcessor processor;
  private final Hl7Reader reader;
  private final Clock clock;
  private final int batchSize;
  private final List<BlockingQueue<Object>> queues = new ArrayList<>();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong messages = new AtomicLong();
  private final List<Thread> writers = new ArrayList<>();

  AdtPipeline(AdtProcessor processor, Hl7Reader reader, Clock clock,
      @Value("${hen.hl7.batch-size:500}") int batchSize, @Value("${hen.hl7.queue:20000}") int queueSize,
      @Value("${hen.hl7.writers:1}") int writers) {
    this.processor = processor;
    this.reader = reader;
    this.clock = clock;
    this.batchSize = batchSize;
    for (int i = 0; i < Math.max(1, writers); i++) {
      queues.add(new LinkedBlockingQueue<>(queueSize));
    }
  }

  /**
   * The writer of a message: with several writers ({@code hen.hl7.writers}), a patient's messages (its hospital and
   * MRN; a bed's for A20; the key itself otherwise) always go to the same one, so they keep their order and a repeat
   * meets its first; messages of different patients may be applied in parallel.
   */
  private BlockingQueue<Object> queueOf(Prepared p) {
    if (queues.size() == 1) {
      return queues.getFirst();
    }
    String key = p.patient() != null && p.patient().mrn() != null ? p.patient().mrn()
        : p.place() != null ? p.place().unit() + "^" + p.place().room() + "^" + p.place().bed()
        : p.facility() + "|" + p.controlId();
    long hospital = p.hospital() == null ? 0 : p.hospital().id();
    return queues.get(Math.floorMod(java.util.Objects.hash(hospital, key), queues.size()));
  }

  /** Reads a frame (in the caller's thread) and queues it; the future completes with the ACK after the commit. */
  public CompletableFuture<byte[]> receive(byte[] bytes, long length) {
    return receive(bytes, length, null, 0);
  }

  /**
   * {@link #receive(byte[], long)} of a frame with the garbage skipped before it on its connection ({@code garbage}
   * its first bytes, {@code garbageLength} its size; 0: none), kept first as a rejected row (no ACK: it is no
   * message) of the frame's hospital, so that the hospital's monitor shows it.
   */
  public CompletableFuture<byte[]> receive(byte[] bytes, long length, byte[] garbage, long garbageLength) {
    LocalDateTime now = LocalDateTime.now(clock);
    Prepared p = reader.read(bytes, length, now);
    if (garbageLength > 0) {
      submit(reader.garbage(garbage, garbageLength, now).withHospital(p.hospital()));
    }
    return submit(p).thenApply(ack -> ack.getBytes(StandardCharsets.UTF_8));
  }

  CompletableFuture<String> submit(Prepared p) {
    CompletableFuture<String> ack = new CompletableFuture<>();
    try {
      queueOf(p).put(new Job(p, ack));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ack.completeExceptionally(e);
    }
    return ack;
  }

  /** Replays a stored message in the writer; false when it was not replayable (already processed). */
  public CompletableFuture<Boolean> replay(long id, String by) {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    enqueue(new Task(() -> {
      try {
        done.complete(processor.replay(id, by, reader).isPresent());
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    }), done);
    return done;
  }

  /** Retries the waiting messages of a hospital (a stay may have appeared). */
  public CompletableFuture<Integer> retryWaiting(long organisationId, List<Long> ids) {
    CompletableFuture<Integer> done = new CompletableFuture<>();
    enqueue(new Task(() -> {
      int applied = 0;
      for (long id : ids) {
        if (processor.replay(id, null, reader).isPresent()) {
          applied++;
        }
      }
      done.complete(applied);
    }), done);
    return done;
  }

  private void enqueue(Task task, CompletableFuture<?> done) {
    try {
      queues.getFirst().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done.completeExceptionally(e);
    }
  }

  public long batches() {
    return batches.get();
  }

  public long messages() {
    return messages.get();
  }

  private void run(BlockingQueue<Object> queue) {
    List<Object> taken = new ArrayList<>(batchSize);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        taken.clear();
        taken.add(queue.take());
        queue.drainTo(taken, batchSize - 1);
        List<Job> jobs = new ArrayList<>();
        for (Object item : taken) {
          if (item instanceof Job job) {
            jobs.add(job);
          } else {
            flush(jobs);
            try {
              ((Task) item).work().run();
            } catch (RuntimeException e) {
              LOG.warn("ADT task failed", e);
            }
          }
        }
        flush(jobs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    List<Object> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(item -> {
      if (item instanceof Job job) {
        job.ack().completeExceptionally(new IllegalStateException("stopping"));
      }
    });
  }

  private void flush(List<Job> jobs) {
    if (jobs.isEmpty()) {
      return;
    }
    try {
      List<String> acks = processor.process(jobs.stream().map(Job::message).toList());
      batches.incrementAndGet();
      messages.addAndGet(jobs.size());
      for (int i = 0; i < jobs.size(); i++) {
        jobs.get(i).ack().complete(acks.get(i));
      }
    } catch (RuntimeException e) {
      // the database is gone: no ACK, the sender sends again
      LOG.error("ADT batch of {} not stored", jobs.size(), e);
      jobs.forEach(j -> j.ack().completeExceptionally(e));
    }
    jobs.clear();
  }

  @Override
  public synchronized void start() {
    for (int i = 0; i < queues.size(); i++) {
      BlockingQueue<Object> queue = queues.get(i);
      writers.add(Thread.ofPlatform().name("adt-writer-" + i).daemon().start(() -> run(queue)));
    }
  }

  @Override
  public synchronized void stop() {
    writers.forEach(Thread::interrupt);
    for (Thread w : writers) {
      try {
        w.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writers.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return !writers.isEmpty();
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 200; // stops after the listener
  }
}
