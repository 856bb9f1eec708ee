package fr.hen.adt.feed;

import fr.hen.adt.mllp.MllpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The MLLP listener of the feed on {@code hen.hl7.port} (2575 by default, 0 = off), started with the application and
 * stopped before the writer. Limits: {@code hen.hl7.max-connections}, {@code max-message-bytes} (a larger message is
 * read to its end, kept up to {@code keep-bytes} and answered AR), {@code idle-timeout}, {@code frame-timeout},
 * {@code write-timeout}, {@code inflight} (frames of a connection awaiting their ACK).
 */
@Component
public class AdtListener implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AdtListener.class);

  private final AdtPipeline pipeline;
  private final int port;
  private final String host;
  private final MllpServer.Settings settings;
  private volatile MllpServer server;

  AdtListener(AdtPipeline pipeline, @Value("${hen.hl7.port:2575}") int port,
      @Value("${hen.hl7.host:}") String host,
      @Value("${hen.hl7.max-connections:64}") int maxConnections,
      @Value("${hen.hl7.keep-bytes:8388608}") int keepBytes,
      @Value("${hen.hl7.idle-timeout:5m}") Duration idleTimeout,
      @Value("${hen.hl7.frame-timeout:30s}") Duration frameTimeout,
      @Value("${hen.hl7.write-timeout:30s}") Duration writeTimeout,
      @Value("${hen.hl7.inflight:64}") int inflight) {
    this.pipeline = pipeline;
    this.port = port;
    this.host = host == null || host.isBlank() ? null : host;
    this.settings = new MllpServer.Settings(maxConnections, keepBytes, idleTimeout, frameTimeout, writeTimeout,
        inflight);
  }

  /** Opens a listener on a port (0: any free port) with these settings, feeding this application's pipeline. */
  public MllpServer open(int listenPort, MllpServer.Settings with) {
    try {
      return new MllpServer(host, listenPort, with, frame -> pipeline.receive(frame.bytes(), frame.length(),
          frame.garbage(), frame.garbageBefore()));
    } catch (IOException e) {
      throw new UncheckedIOException("HL7 listener cannot listen on port " + listenPort, e);
    }
  }

  public MllpServer.Settings settings() {
    return settings;
  }

  /** The running listener, or null when {@code hen.hl7.port} is 0. */
  public MllpServer server() {
    return server;
  }

  @Override
  public void start() {
    started = true;
    if (port > 0) {
      server = open(port, settings);
      LOG.info("HL7 v2 ADT listener (MLLP) on port {}", server.port());
    }
  }

  @Override
  public void stop() {
    MllpServer s = server;
    if (s != null) {
      s.close();
    }
    server = null;
    started = false;
  }

  @Override
  public boolean isRunning() {
    return started;
  }

  private volatile boolean started;

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
