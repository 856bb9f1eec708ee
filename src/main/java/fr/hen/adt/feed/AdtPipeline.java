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
  private final BlockingQueue<Object> queue;
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong messages = new AtomicLong();
  private volatile Thread writer;

  AdtPipeline(AdtProcessor processor, Hl7Reader reader, Clock clock,
      @Value("${hen.hl7.batch-size:200}") int batchSize, @Value("${hen.hl7.queue:20000}") int queueSize) {
    this.processor = processor;
    this.reader = reader;
    this.clock = clock;
    this.batchSize = batchSize;
    this.queue = new LinkedBlockingQueue<>(queueSize);
  }

  /** Reads a frame (in the caller's thread) and queues it; the future completes with the ACK after the commit. */
  public CompletableFuture<byte[]> receive(byte[] bytes, long length) {
    Prepared p = reader.read(bytes, length, LocalDateTime.now(clock));
    return submit(p).thenApply(ack -> ack.getBytes(StandardCharsets.UTF_8));
  }

  /** Keeps the garbage skipped between two frames (no ACK goes back: it is no message). */
  public void garbage(byte[] firstBytes, long length) {
    Prepared p = reader.garbage(firstBytes, length, LocalDateTime.now(clock));
    submit(p);
  }

  CompletableFuture<String> submit(Prepared p) {
    CompletableFuture<String> ack = new CompletableFuture<>();
    try {
      queue.put(new Job(p, ack));
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
      queue.put(task);
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

  private void run() {
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
  public void start() {
    writer = Thread.ofPlatform().name("adt-writer").daemon().start(this::run);
  }

  @Override
  public void stop() {
    Thread w = writer;
    if (w != null) {
      w.interrupt();
      try {
        w.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writer = null;
  }

  @Override
  public boolean isRunning() {
    return writer != null;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 200; // stops after the listener
  }
}
