package fr.hen.adt;

/** {@code java -jar hen.jar adt …}: the feed's command line, run without starting the application. */
public final class AdtCommand {

  private AdtCommand() {}

  /** Runs {@code adt <sub-command> …}; returns the process exit code. */
  public static int run(String[] args) {
    System.err.println("usage: adt send FILE --host H --port P");
    return 2;
  }
}
