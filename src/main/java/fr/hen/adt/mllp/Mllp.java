package fr.hen.adt.mllp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * MLLP framing (HL7 v2 minimal lower layer protocol): a message is sent as {@code <VT> message <FS><CR>}. The reader
 * skips and counts bytes outside frames (garbage between frames), keeps at most {@code keepBytes} of a frame and
 * counts the rest, so that an oversized message is still read to its end and answered.
 */
public final class Mllp {

  public static final int VT = 0x0B;
  public static final int FS = 0x1C;
  public static final int CR = 0x0D;

  private Mllp() {}

  /** A frame read: its kept bytes, its full length, and the garbage skipped before it (its first bytes). */
  public record Frame(byte[] bytes, long length, long garbageBefore, byte[] garbage) {
    public boolean truncated() {
      return bytes.length < length;
    }
  }

  /** Writes one frame. */
  public static void write(OutputStream out, byte[] message) throws IOException {
    byte[] framed = new byte[message.length + 3];
    framed[0] = VT;
    System.arraycopy(message, 0, framed, 1, message.length);
    framed[framed.length - 2] = FS;
    framed[framed.length - 1] = CR;
    out.write(framed);
    out.flush();
  }

  /** Watches the reading of a frame (deadlines); called after each chunk read with the bytes of the frame so far. */
  public interface Progress {
    void started();

    void read() throws IOException;
  }

  /**
   * Reads the next frame; null at the end of the stream (garbage at the end is reported through {@code garbage}).
   * The trailing CR after FS is optional (some senders omit it): a byte other than CR after FS starts the search for
   * the next frame.
   */
  public static Frame read(InputStream in, int keepBytes, Progress progress, long[] garbage) throws IOException {
    long skipped = 0;
    ByteArrayOutputStream junk = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != VT) {
      if (b < 0) {
        garbage[0] += skipped;
        return null;
      }
      if (b != CR && b != '\n') {
        skipped++;
        if (junk.size() < 1024) {
          junk.write(b);
        }
      }
      progress.read();
    }
    progress.started();
    ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(keepBytes, 4096));
    long length = 0;
    byte[] chunk = new byte[8192];
    while (true) {
      in.mark(1);
      int c = in.read();
      if (c < 0) {
        throw new java.io.EOFException("connection closed inside a frame after " + length + " bytes");
      }
      if (c == FS) {
        in.mark(1);
        int after = in.read();
        if (after != CR && after >= 0) {
          in.reset();
        }
        garbage[0] += skipped;
        return new Frame(kept.toByteArray(), length, skipped, junk.toByteArray());
      }
      if (c == VT) {
        // a new frame starts before this one ended: what was read is garbage
        skipped += length + 1;
        if (junk.size() < 1024) {
          junk.write(kept.toByteArray(), 0, Math.min(kept.size(), 1024 - junk.size()));
        }
        kept.reset();
        length = 0;
        continue;
      }
      length++;
      if (kept.size() < keepBytes) {
        kept.write(c);
      }
      progress.read();
      // fast path: copy what is available up to the next FS or VT
      int available = Math.min(in.available(), chunk.length);
      if (available > 0) {
        in.mark(available + 1);
        int n = in.read(chunk, 0, available);
        int i = 0;
        while (i < n && chunk[i] != FS && chunk[i] != VT) {
          i++;
        }
        in.reset();
        if (i > 0) {
          long skippedBytes = in.skip(i);
          int keep = (int) Math.max(0, Math.min(i, keepBytes - kept.size()));
          kept.write(chunk, 0, keep);
          length += skippedBytes;
          progress.read();
        }
      }
    }
  }
}
