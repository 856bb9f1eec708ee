package fr.hen.adt;

import fr.hen.adt.mllp.MllpClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar hen.jar adt send FILE [--host H] [--port P] [--today]}: the feed's command line, run without
 * starting the application. Sends a file of HL7 v2 messages (segments separated by CR, LF or CRLF; a message starts
 * at each MSH) over MLLP, one after the other, and prints each ACK; exit code 0 when all were accepted (AA), 1 when
 * any was answered AE or AR, 2 on a usage or connection error. {@code --today} moves every date-time of the file
 * (14 digits) by the same amount so that the latest is a minute ago: a recorded day plays as the day ending now.
 */
public final class AdtCommand {

  private static final Pattern TIMESTAMP = Pattern.compile("(?<![0-9])(20\\d{6})(\\d{6})(?![0-9])");

  private AdtCommand() {}

  /** Runs {@code adt <sub-command> …}; returns the process exit code. */
  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length >= 1 && "demo-day".equals(args[0])) {
      return demoDay(args, out, err);
    }
    if (args.length < 2 || !"send".equals(args[0])) {
      err.println("usage: adt send FILE [--host H] [--port P] [--today] [--pace PER_SECOND] [--timeout SECONDS]");
      err.println("       adt demo-day [--url http://localhost:8080] [--user bedmanager] [--password demo]"
          + " [--facility COF] [--out FILE]");
      return 2;
    }
    String host = "localhost";
    int port = 2575;
    boolean today = false;
    int timeout = 30;
    double pace = 0;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--pace" -> pace = Double.parseDouble(args[++i]);
        case "--host" -> host = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--timeout" -> timeout = Integer.parseInt(args[++i]);
        case "--today" -> today = true;
        default -> {
          err.println("unknown option " + args[i]);
          return 2;
        }
      }
    }
    List<String> messages;
    try {
      messages = split(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println("cannot read " + args[1] + ": " + e.getMessage());
      return 2;
    }
    if (today) {
      messages = shiftToToday(messages, LocalDateTime.now().minusMinutes(1));
    }
    int refused = 0;
    try (MllpClient client = new MllpClient(host, port, Duration.ofSeconds(timeout))) {
      for (String message : messages) {
        String ack = client.send(message);
        if (ack == null) {
          err.println("the listener closed the connection");
          return 2;
        }
        out.println(ack.replace('\r', '\n').strip());
        out.println();
        if (!ack.contains("\rMSA|AA")) {
          refused++;
        }
        if (pace > 0) {
          Thread.sleep((long) (1000 / pace));
        }
      }
    } catch (IOException e) {
      err.println("MLLP " + host + ":" + port + ": " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
    err.println(messages.size() + " messages sent, " + (messages.size() - refused) + " accepted, " + refused
        + " refused");
    return refused == 0 ? 0 : 1;
  }

  /** {@code adt demo-day}: writes a day of traffic for the running demo (see {@link DemoDay}). */
  private static int demoDay(String[] args, PrintStream out, PrintStream err) {
    String url = "http://localhost:8080";
    String user = "bedmanager";
    String password = "demo";
    String facility = "COF";
    String file = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = args[++i];
        case "--user" -> user = args[++i];
        case "--password" -> password = args[++i];
        case "--facility" -> facility = args[++i];
        case "--out" -> file = args[++i];
        default -> {
          err.println("unknown option " + args[i]);
          return 2;
        }
      }
    }
    try {
      List<String> messages = DemoDay.generate(url, user, password, facility, LocalDateTime.now().minusMinutes(1));
      String text = String.join("\n", messages.stream().map(m -> m.replace('\r', '\n').strip()).toList()) + "\n";
      if (file == null) {
        out.print(text);
      } else {
        Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        err.println(messages.size() + " messages written to " + file);
      }
      return 0;
    } catch (IOException e) {
      err.println("demo-day: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
  }

  /** The messages of a file: segments joined by CR, a new message at each MSH. */
  static List<String> split(String text) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\r\n|\r|\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("MSH")) {
        if (current != null) {
          messages.add(current.toString());
        }
        current = new StringBuilder();
      }
      if (current == null) {
        current = new StringBuilder();
      }
      current.append(line).append('\r');
    }
    if (current != null) {
      messages.add(current.toString());
    }
    return messages;
  }

  /**
   * Moves every 14-digit date-time ({@code yyyyMMddHHmmss}) by the same amount, so that the latest one becomes
   * {@code end}: a recorded day plays as the day that ends now (every movement in the past, the order kept).
   */
  static List<String> shiftToToday(List<String> messages, LocalDateTime end) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    LocalDateTime latest = null;
    for (String m : messages) {
      Matcher t = TIMESTAMP.matcher(m);
      while (t.find()) {
        try {
          LocalDateTime at = LocalDateTime.parse(t.group(1) + t.group(2), f);
          latest = latest == null || at.isAfter(latest) ? at : latest;
        } catch (java.time.format.DateTimeParseException ignored) {
          // not a date-time: left as it is
        }
      }
    }
    if (latest == null) {
      return messages;
    }
    Duration shift = Duration.between(latest, end.withNano(0));
    List<String> shifted = new ArrayList<>();
    for (String m : messages) {
      shifted.add(TIMESTAMP.matcher(m).replaceAll(r -> {
        try {
          return LocalDateTime.parse(r.group(1) + r.group(2), f).plus(shift).format(f);
        } catch (java.time.format.DateTimeParseException e) {
          return r.group();
        }
      }));
    }
    return shifted;
  }
}
