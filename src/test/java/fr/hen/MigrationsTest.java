package fr.hen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway migrations are history: once on main they never change (a deployed database upgrades, it is never
 * recreated), and their dated names let several modules add migrations without colliding.
 */
class MigrationsTest {

  static final Path ROOT = Path.of("src/main/resources/db/migration");
  static final Path CHECKSUMS = Path.of("src/test/resources/migrations.sha256");
  /** The migrations written before the dated convention. */
  static final Set<String> LEGACY = Set.of("1", "2", "3", "3_1");
  static final Pattern NAME = Pattern.compile("V([0-9_]+)__([a-z0-9_]+)\\.sql");
  static final Pattern DATED = Pattern.compile("\\d{8}_\\d{4}");

  static List<Path> migrations() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }

  static Set<String> modules() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/main/java/fr/hen"))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void migrationsOnMain_neverChange_andNewOnesAreListed() throws Exception {
    Map<String, String> recorded = new HashMap<>();
    for (String line : Files.readAllLines(CHECKSUMS)) {
      String[] parts = line.split(" ", 2);
      recorded.put(parts[1], parts[0]);
    }
    for (Path file : migrations()) {
      String name = ROOT.relativize(file).toString();
      assertThat(recorded).as("%s is new: add its line to %s (sha256sum)", name, CHECKSUMS).containsKey(name);
      assertThat(sha256(file)).as("%s changed after it was merged: add a new migration instead", name)
          .isEqualTo(recorded.get(name));
    }
    assertThat(migrations()).as("a recorded migration was removed").hasSize(recorded.size());
  }

  @Test
  void newMigrations_areDatedAndNameTheirModule() throws Exception {
    Set<String> modules = modules();
    for (Path file : migrations()) {
      Matcher m = NAME.matcher(file.getFileName().toString());
      assertThat(m.matches()).as("%s is not named V<version>__<description>.sql", file).isTrue();
      if (LEGACY.contains(m.group(1))) {
        continue;
      }
      assertThat(m.group(1)).as("%s: version is <yyyymmdd>_<hhmm>", file).matches(DATED);
      String module = m.group(2).split("_")[0];
      assertThat(modules).as("%s: the description starts with the owning module", file).contains(module);
    }
  }

  @Test
  void versions_areUnique_aVendorVariantNeverRepeatsACommonOne() throws Exception {
    Map<String, List<String>> byVersion = new HashMap<>();
    for (Path file : migrations()) {
      Matcher m = NAME.matcher(file.getFileName().toString());
      if (m.matches()) {
        byVersion.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>())
            .add(file.getParent().getFileName().toString());
      }
    }
    byVersion.forEach((version, folders) -> {
      assertThat(folders).as("version %s", version).doesNotHaveDuplicates();
      if (folders.contains("common")) {
        assertThat(folders).as("version %s is common and vendor-specific at once", version).hasSize(1);
      }
    });
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
