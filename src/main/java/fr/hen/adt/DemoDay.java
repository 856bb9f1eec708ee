package fr.hen.adt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code adt demo-day}: writes a day of ADT traffic for the running demo's hospital that applies cleanly, from its
 * state read through the API (the bed manager's account): admissions of new patients into free beds (a bed whose
 * room's gender policy fits them), transfers to other free beds and one cancelled (A12), discharges of patients in
 * hospital (their stays recorded before the feed take the visit number of the message, by MRN) and one cancelled
 * (A13), an identity update (A08), a cancelled admission (A11), a pre-admission for tomorrow (A05), bed status
 * changes (A20: cleaning, free, isolation). Times run over the ten hours before now, in order.
 */
final class DemoDay {

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String[] FAMILY = {"Lefebvre", "Moreau", "Fournier", "Girard", "Bonnet", "Dupuis", "Lambert",
      "Fontaine", "Rousseau", "Vincent", "Muller", "Lecomte", "Faure", "Andre"};
  private static final String[] GIVEN_F = {"Camille", "Louise", "Jeanne", "Chantal", "Monique", "Sylvie", "Nadia"};
  private static final String[] GIVEN_M = {"Lucas", "Marcel", "Bernard", "Karim", "Philippe", "Gérard", "Yves"};

  private record Bed(String unit, String room, String code, String policy) {
    String place() {
      return unit + "^" + room + "^" + code;
    }
  }

  private record Stay(String mrn, String family, String given, String birth, String sex, LocalDateTime admittedAt) {

    Stay(String mrn, String family, String given, String birth, String sex) {
      this(mrn, family, given, birth, sex, null);
    }
  }

  private record Event(LocalDateTime at, String text) {}

  private final List<Event> events = new ArrayList<>();
  private final String facility;
  private int sequence;

  private DemoDay(String facility) {
    this.facility = facility;
  }

  /** Reads the demo's state and returns the messages, one per element. */
  static List<String> generate(String url, String user, String password, String facility, LocalDateTime now)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    List<Bed> free = new ArrayList<>();
    for (JsonNode b : items(http, auth, url + "/api/v1/beds?status=FREE")) {
      free.add(new Bed(b.path("unit").asString(), b.path("room").asString(), b.path("code").asString(),
          b.path("gender_policy").asString()));
    }
    List<Stay> inHospital = new ArrayList<>();
    for (JsonNode s : items(http, auth, url + "/api/v1/stays?status=IN_HOSPITAL")) {
      JsonNode p = s.path("patient");
      inHospital.add(new Stay(p.path("mrn").asString(), p.path("family_name").asString(),
          p.path("given_name").asString(), p.path("birth_date").asString().replace("-", ""),
          p.path("sex").asString(), LocalDateTime.parse(s.path("admitted_at").asString())));
    }
    return new DemoDay(facility).day(free.stream().filter(b -> !"SAME".equals(b.policy())).toList(), inHospital,
        now);
  }

  private static List<JsonNode> items(HttpClient http, String auth, String url)
      throws IOException, InterruptedException {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; page < 50; page++) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "&size=200&page=" + page))
          .header("Authorization", auth).header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode body = JsonMapper.shared().readTree(response.body());
      body.path("items").forEach(all::add);
      if (page + 1 >= body.path("total_pages").asInt()) {
        break;
      }
    }
    return all;
  }

  private List<String> day(List<Bed> free, List<Stay> inHospital, LocalDateTime now) {
    Random random = new Random(now.toLocalDate().toEpochDay());
    LocalDateTime start = now.minusHours(10).withSecond(0).withNano(0);
    String day = DAY.format(now.toLocalDate());
    int admissions = Math.min(12, free.size() / 2);
    List<Bed> beds = new ArrayList<>(free);
    java.util.Collections.shuffle(beds, random);
    List<String> visits = new ArrayList<>();
    List<Stay> admitted = new ArrayList<>();
    for (int i = 0; i < admissions; i++) {
      Bed bed = beds.get(i);
      String sex = "MALE".equals(bed.policy()) ? "M" : "FEMALE".equals(bed.policy()) ? "F"
          : random.nextBoolean() ? "F" : "M";
      Stay patient = new Stay("ADT" + day.substring(2) + String.format("%02d", i),
          FAMILY[random.nextInt(FAMILY.length)], ("F".equals(sex) ? GIVEN_F : GIVEN_M)[random.nextInt(7)],
          DAY.format(LocalDate.of(1935 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28))), sex);
      String visit = "V" + day + "-" + String.format("%02d", i);
      visits.add(visit);
      admitted.add(patient);
      LocalDateTime at = start.plusMinutes(20 + i * 40L);
      add(at, "A01", patient, bed.place(), visit, "");
    }
    // transfers to other free beds (of the same room policy), one of them cancelled
    int transfers = Math.min(4, Math.max(0, beds.size() - admissions));
    for (int i = 0; i < transfers && i < admissions; i++) {
      Bed from = beds.get(i);
      Bed to = beds.stream().skip(admissions).filter(b -> b.policy().equals(from.policy())
          || "ANY".equals(b.policy())).findFirst().orElse(null);
      if (to == null) {
        continue;
      }
      beds.remove(to);
      LocalDateTime at = start.plusMinutes(20 + i * 40L + 25);
      add(at, "A02", admitted.get(i), to.place(), visits.get(i), "");
      if (i == 1) {
        add(at.plusMinutes(10), "A12", admitted.get(i), from.place(), visits.get(i), "");
      }
    }
    // an identity corrected, an admission recorded by mistake
    if (admissions > 2) {
      Stay p = admitted.get(2);
      add(start.plusMinutes(20 + 2 * 40L + 15), "A08", new Stay(p.mrn(), p.family(), p.given() + "-Marie",
          p.birth(), p.sex()), null, visits.get(2), "");
    }
    if (admissions > 5) {
      add(start.plusMinutes(20 + (admissions - 1) * 40L + 5), "A11", admitted.get(admissions - 1), null,
          visits.get(admissions - 1), "");
    }
    // discharges of patients already in hospital, one cancelled
    String[] destinations = {"HOME", "HOME", "SMR", "HAD", "HOME", "EHPAD", "HOME", "SSIAD"};
    int discharges = Math.min(8, inHospital.size());
    // patients admitted a day before the traffic starts, at least (no movement of theirs after their discharge)
    List<Stay> leaving = new ArrayList<>(inHospital.stream()
        .filter(s -> s.admittedAt() != null && s.admittedAt().isBefore(start.minusDays(1))).toList());
    discharges = Math.min(discharges, leaving.size());
    java.util.Collections.shuffle(leaving, random);
    for (int j = 0; j < discharges; j++) {
      Stay s = leaving.get(j);
      LocalDateTime at = start.plusMinutes(45 + j * 65L);
      String visit = "H" + day + "-" + String.format("%02d", j);
      add(at, "A03", s, null, visit, destinations[j]);
      if (j == 3) {
        add(at.plusMinutes(12), "A13", s, null, visit, "");
      }
    }
    // a pre-admission for tomorrow; bed status changes
    if (beds.size() > admissions + 2) {
      Bed planned = beds.get(beds.size() - 1);
      add(start.plusMinutes(300), "A05", new Stay("ADT" + day.substring(2) + "P1", "Garnier", "Élise", "19620514",
          "F"), planned.place(), "P" + day + "-01", "");
      Bed cleaning = beds.get(beds.size() - 2);
      events.add(new Event(start.plusMinutes(200), a20(start.plusMinutes(200), cleaning, "H")));
      events.add(new Event(start.plusMinutes(260), a20(start.plusMinutes(260), cleaning, "U")));
      if (admissions > 0) {
        events.add(new Event(start.plusMinutes(230), a20(start.plusMinutes(230), beds.get(0), "I")));
      }
    }
    events.sort(Comparator.comparing(Event::at));
    return events.stream().map(Event::text).toList();
  }

  private void add(LocalDateTime at, String event, Stay p, String place, String visit, String disposition) {
    String[] pv1 = new String[46];
    java.util.Arrays.fill(pv1, "");
    pv1[0] = "PV1";
    pv1[1] = "1";
    pv1[2] = "I";
    pv1[3] = place == null ? "" : place;
    pv1[19] = visit;
    pv1[36] = disposition;
    if ("A03".equals(event)) {
      pv1[45] = TS.format(at);
    }
    String pv2 = "A05".equals(event) ? "PV2|||||||" + TS.format(at.toLocalDate().plusDays(1).atTime(9, 0))
        + "||3\r" : "";
    events.add(new Event(at, header(at, event) + "PID|1||" + p.mrn() + "^^^" + facility + "^PI||" + p.family()
        + "^" + p.given() + "||" + p.birth() + "|" + p.sex() + "\r" + String.join("|", pv1) + "\r" + pv2));
  }

  private String a20(LocalDateTime at, Bed bed, String status) {
    return header(at, "A20") + "NPU|" + bed.place() + "|" + status + "\r";
  }

  private String header(LocalDateTime at, String event) {
    String ts = TS.format(at);
    return "MSH|^~\\&|DEMO-PAS|" + facility + "|HEN|HEN|" + ts + "||ADT^" + event + "|DEMO" + ts
        + String.format("%03d", ++sequence) + "|P|2.5|||AL|NE||UNICODE UTF-8\r" + "EVN|" + event + "|" + ts
        + "|||||" + ts + "\r";
  }
}
