package fr.hen.adt.mllp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MLLP listener: one virtual thread reading frames and one writing ACKs per connection. Frames are handed to the
 * handler as they arrive (a sender may stream without waiting), at most {@code inflight} per connection awaiting
 * their ACK; ACKs go back in the order of the frames. A watchdog closes connections that stay idle (no frame) longer
 * than {@code idleTimeout}, take longer than {@code frameTimeout} to send one frame, or do not take an ACK within
 * {@code writeTimeout} (a client that never reads); beyond {@code maxConnections} a new connection is closed at
 * once. Nothing a client sends stops the listener.
 */
public final class MllpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MllpServer.class);

  /** The limits of the listener. */
  public record Settings(int maxConnections, int keepBytes, Duration idleTimeout, Duration frameTimeout,
      Duration writeTimeout, int inflight) {}

  /** A frame received, with the garbage skipped before it, handed to the application; answers the ACK's bytes. */
  public interface Handler extends Function<Mllp.Frame, CompletableFuture<byte[]>> {}

  private final Settings settings;
  private final Handler handler;
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("mllp-watchdog").factory());
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong garbage = new AtomicLong();
  private volatile boolean open = true;

  public MllpServer(String host, int port, Settings settings, Handler handler) throws IOException {
    this.settings = settings;
    this.handler = handler;
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port), 200);
    Thread.ofPlatform().daemon().name("mllp-accept-" + server.getLocalPort()).start(this::accept);
    watchdog.scheduleWithFixedDelay(this::watch, 100, 100, TimeUnit.MILLISECONDS);
  }

  public int port() {
    return server.getLocalPort();
  }

  public int connections() {
    return connections.size();
  }

  /** Connections closed at once because the listener had {@code maxConnections}. */
  public long refusedConnections() {
    return refused.get();
  }

  /** Bytes of garbage skipped between frames so far. */
  public long garbageBytes() {
    return garbage.get();
  }

  private void accept() {
    while (open) {
      try {
        Socket socket = server.accept();
        if (connections.size() >= settings.maxConnections()) {
          refused.incrementAndGet();
          LOG.warn("MLLP connection from {} refused: {} connections open", socket.getRemoteSocketAddress(),
              connections.size());
          socket.close();
          continue;
        }
        Connection c = new Connection(socket);
        connections.add(c);
        threads.execute(c::read);
        threads.execute(c::write);
      } catch (IOException | RuntimeException e) {
        if (open) {
          LOG.warn("MLLP accept failed: {}", e.toString());
        }
      }
    }
  }

  private void watch() {
    long now = System.nanoTime();
    for (Connection c : connections) {
      String why = c.overdue(now);
      if (why != null) {
        LOG.info("MLLP connection {} closed: {}", c.remote, why);
        c.close();
      }
    }
  }

  @Override
  public void close() {
    open = false;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing
    }
    connections.forEach(Connection::close);
    watchdog.shutdownNow();
    threads.shutdownNow();
  }

  private static final CompletableFuture<byte[]> END = CompletableFuture.completedFuture(new byte[0]);

  private final class Connection {
    final Socket socket;
    final String remote;
    final BlockingQueue<CompletableFuture<byte[]>> pending;
    volatile long lastFrame = System.nanoTime();
    volatile long frameStarted;
    volatile long writeStarted;
    volatile boolean closed;
    final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    Connection(Socket socket) {
      this.socket = socket;
      this.remote = String.valueOf(socket.getRemoteSocketAddress());
      this.pending = new ArrayBlockingQueue<>(Math.max(1, settings.inflight()));
    }

    void read() {
      long[] skipped = new long[1];
      try (InputStream in = new BufferedInputStream(socket.getInputStream(), 65536)) {
        Mllp.Progress progress = new Mllp.Progress() {
          @Override
          public void started() {
            frameStarted = System.nanoTime();
          }

          @Override
          public void read() {}
        };
        while (!closed) {
          Mllp.Frame frame = Mllp.read(in, settings.keepBytes(), progress, skipped);
          frameStarted = 0;
          if (frame == null) {
            break;
          }
          lastFrame = System.nanoTime();
          if (frame.garbageBefore() > 0) {
            garbage.addAndGet(frame.garbageBefore());
            LOG.warn("MLLP {}: {} bytes of garbage skipped before a frame", remote, frame.garbageBefore());
          }
          CompletableFuture<byte[]> ack;
          try {
            ack = handler.apply(frame);
          } catch (RuntimeException e) {
            LOG.warn("MLLP {}: frame not handled: {}", remote, e.toString());
            break;
          }
          inFlight.incrementAndGet();
          pending.put(ack);
        }
      } catch (IOException e) {
        LOG.debug("MLLP {} read ended: {}", remote, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          pending.put(END);
        } catch (InterruptedException e) {
          close();
        }
      }
    }

    void write() {
      try {
        OutputStream out = socket.getOutputStream();
        while (!closed) {
          CompletableFuture<byte[]> next = pending.take();
          if (next == END) {
            break;
          }
          byte[] ack = next.get();
          writeStarted = System.nanoTime();
          Mllp.write(out, ack);
          writeStarted = 0;
          inFlight.decrementAndGet();
        }
      } catch (Exception e) {
        LOG.debug("MLLP {} write ended: {}", remote, e.toString());
      } finally {
        close();
      }
    }

    /** Why the connection is to be closed now, or null. */
    String overdue(long now) {
      long write = writeStarted;
      if (write != 0 && now - write > settings.writeTimeout().toNanos()) {
        return "ACK not read within " + settings.writeTimeout();
      }
      long frame = frameStarted;
      if (frame != 0 && now - frame > settings.frameTimeout().toNanos()) {
        return "frame not complete within " + settings.frameTimeout();
      }
      if (frame == 0 && inFlight.get() == 0 && write == 0 && now - lastFrame > settings.idleTimeout().toNanos()) {
        return "idle for " + settings.idleTimeout();
      }
      return null;
    }

    void close() {
      if (!closed) {
        closed = true;
        connections.remove(this);
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing
        }
      }
    }
  }
}
