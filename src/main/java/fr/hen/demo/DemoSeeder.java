package fr.hen.demo;

import fr.hen.network.OrganisationBulkLoader;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo network into an empty database when started with {@code --demo} (or {@code hen.demo=true}),
 * before the web server opens, then prints the demo accounts. A database that already holds organisations is
 * left untouched.
 */
@Component
class DemoSeeder implements InitializingBean, SmartInitializingSingleton {

  static final String PASSWORD = "demo";

  /** One demo user per role: username, role, organisation code, full name. */
  record DemoUser(String username, Role role, String organisationCode, String fullName) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", Role.ADMIN, DemoNetwork.CANCER_CENTRE, "Alice Admin"),
      new DemoUser("bedmanager", Role.BED_MANAGER, DemoNetwork.CANCER_CENTRE, "Bruno Lits"),
      new DemoUser("coordinator", Role.DISCHARGE_COORDINATOR, DemoNetwork.CANCER_CENTRE, "Chloé Sortie"),
      new DemoUser("physician", Role.PHYSICIAN, DemoNetwork.CANCER_CENTRE, "Dr Paul Médecin"),
      new DemoUser("partner", Role.PARTNER_COORDINATOR, "HAD-01", "Pauline Partenaire"),
      new DemoUser("quality", Role.QUALITY_MANAGER, DemoNetwork.CANCER_CENTRE, "Quentin Qualité"),
      new DemoUser("network", Role.NETWORK_COORDINATOR, "HEN-HDF", "Nora Réseau"),
      new DemoUser("patientpartner", Role.PATIENT_PARTNER, DemoNetwork.CANCER_CENTRE, "Patrice Usager"));

  /**
   * One {@code PARTNER_COORDINATOR} per demo partner: the partner's code in lower case (e.g. {@code had-01}), at
   * that partner, named after its admissions contact.
   */
  static final List<DemoUser> PARTNER_USERS = DemoNetwork.organisations(new java.util.Random(DemoWriter.SEED))
      .stream().filter(o -> !"HOSPITAL".equals(o.type()) && !"NETWORK".equals(o.type()))
      .map(o -> new DemoUser(o.code().toLowerCase(java.util.Locale.ROOT), Role.PARTNER_COORDINATOR, o.code(),
          o.contactName()))
      .toList();

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final ApplicationArguments arguments;
  private final Environment environment;
  private final DemoWriter writer;
  private final UserAccounts accounts;
  private final OrganisationBulkLoader organisations;
  private final TransactionTemplate transactions;
  private CompletableFuture<Void> seeding;

  DemoSeeder(ApplicationArguments arguments, Environment environment, DemoWriter writer, UserAccounts accounts,
      OrganisationBulkLoader organisations, TransactionTemplate transactions) {
    this.arguments = arguments;
    this.environment = environment;
    this.writer = writer;
    this.accounts = accounts;
    this.organisations = organisations;
    this.transactions = transactions;
  }

  boolean requested() {
    return arguments.containsOption("demo") || environment.getProperty("hen.demo", Boolean.class, false);
  }

  /**
   * Starts seeding as soon as this bean exists (the schema is migrated by then), on its own thread, so that it
   * overlaps with the creation of the rest of the application on a multi-core machine.
   */
  @Override
  public void afterPropertiesSet() {
    if (requested()) {
      seeding = CompletableFuture.runAsync(this::seed, runnable -> Thread.ofPlatform().name("demo-seeder")
          .start(runnable));
    }
  }

  /** Waits for the seeding before the web server opens: the application is never up with half a network. */
  @Override
  public void afterSingletonsInstantiated() {
    if (seeding == null) {
      return;
    }
    try {
      seeding.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    printAccounts();
  }

  private void seed() {
    long existing = organisations.count();
    if (existing > 0) {
      if (accounts.isEmpty()) {
        throw new IllegalStateException("The database holds " + existing + " organisations but no user account:"
            + " an earlier demo seeding was interrupted. Delete the database (./data/ by default) and start again"
            + " with --demo.");
      }
      log.info("Demo network not seeded: the database already holds {} organisations.", existing);
      return;
    }
    long start = System.nanoTime();
    DemoWriter.Counts counts;
    if (writer.copiesInBulk()) {
      // PostgreSQL: COPY makes one transaction cheap, so the network is written all or nothing.
      counts = transactions.execute(status -> writeNetworkAndUsers());
    } else {
      // H2: the commit of one transaction of ~150,000 rows costs as much as the inserts themselves, so each
      // statement commits on its own. The users come last: organisations without users mean an interrupted seeding
      // (recognised above at the next start); a failure here removes what was written into the empty database.
      try {
        counts = writeNetworkAndUsers();
      } catch (RuntimeException e) {
        writer.removeAll();
        throw e;
      }
    }
    log.info("Demo network seeded in {} ms: {}", (System.nanoTime() - start) / 1_000_000, counts);
  }

  private DemoWriter.Counts writeNetworkAndUsers() {
    DemoWriter.Counts counts = writer.write();
    createUsers(counts.organisationIds());
    return counts;
  }

  private void createUsers(Map<String, Long> ids) {
    accounts.createAll(java.util.stream.Stream.concat(USERS.stream(), PARTNER_USERS.stream())
        .map(user -> new UserAccounts.NewAccount(user.username(), PASSWORD, user.fullName(), null,
            ids.get(user.organisationCode()), EnumSet.of(user.role()))).toList());
  }

  private void printAccounts() {
    StringBuilder text = new StringBuilder("\n\n  HEN demo network — sign in at http://localhost:")
        .append(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")))
        .append(" with one of these accounts (password \"").append(PASSWORD).append("\"):\n");
    for (DemoUser user : USERS) {
      text.append(String.format("    %-15s %-22s %s%n", user.username(), user.role(), user.organisationCode()));
    }
    text.append("  and one PARTNER_COORDINATOR per partner, named after its code (same password):\n");
    Map<String, List<String>> byType = new java.util.LinkedHashMap<>();
    PARTNER_USERS.forEach(user -> byType.computeIfAbsent(user.username().replaceAll("-\\d+$", ""),
        k -> new java.util.ArrayList<>()).add(user.username()));
    byType.values().forEach(names -> text.append("    ").append(String.join(" ", names)).append('\n'));
    log.info(text.toString());
  }
}
