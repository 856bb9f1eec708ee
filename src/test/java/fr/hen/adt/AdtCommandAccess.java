package fr.hen.adt;

import java.io.PrintStream;

/** Runs {@link AdtCommand} with the test's streams. */
public final class AdtCommandAccess {

  private AdtCommandAccess() {}

  public static int run(String[] args, PrintStream out) {
    return AdtCommand.run(args, out, out);
  }
}
