package fr.hen.planning.pas;

/** An instance or solution file that cannot be read: the message names the file (when known) and the line. */
public class PasFormatException extends RuntimeException {

  private final int line;
  private final String reason;

  public PasFormatException(int line, String reason) {
    this(null, line, reason);
  }

  private PasFormatException(String file, int line, String reason) {
    super((file == null ? "" : file + ", ") + "line " + line + ": " + reason);
    this.line = line;
    this.reason = reason;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }

  /** The same error, naming the file it is in. */
  public PasFormatException inFile(Object file) {
    return new PasFormatException(String.valueOf(file), line, reason);
  }
}
