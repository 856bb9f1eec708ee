package fr.hen.adt.mllp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A blocking MLLP client: sends a frame, reads the next frame back (the ACK). */
public final class MllpClient implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final long[] garbage = new long[1];

  public MllpClient(String host, int port, Duration timeout) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
    socket.setSoTimeout((int) timeout.toMillis());
    socket.setTcpNoDelay(true);
    in = new BufferedInputStream(socket.getInputStream(), 65536);
    out = socket.getOutputStream();
  }

  /** Sends a message (segments separated by CR) and returns its ACK. */
  public String send(String message) throws IOException {
    write(message);
    return readAck();
  }

  /** Sends one frame without waiting for the ACK. */
  public void write(String message) throws IOException {
    Mllp.write(out, message.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends bytes as they are (no framing added). */
  public void writeRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Reads the next frame; null when the listener closed the connection. */
  public String readAck() throws IOException {
    Mllp.Frame frame = Mllp.read(in, 1 << 20, new Mllp.Progress() {
      @Override
      public void started() {}

      @Override
      public void read() {}
    }, garbage);
    return frame == null ? null : new String(frame.bytes(), StandardCharsets.UTF_8);
  }

  public Socket socket() {
    return socket;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
