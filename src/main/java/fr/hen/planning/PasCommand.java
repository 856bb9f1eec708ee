package fr.hen.planning;

/** {@code java -jar hen.jar pas …}: the Patient Admission Scheduling benchmark's command line, run without starting the application. */
public final class PasCommand {

  private PasCommand() {}

  /** Runs {@code pas <sub-command> …}; returns the process exit code. */
  public static int run(String[] args) {
    System.err.println("usage: pas solve FILE --seconds N --out SOL | pas score FILE SOL");
    return 2;
  }
}
