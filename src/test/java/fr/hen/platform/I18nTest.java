package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** French and English message files hold the same keys; templates hold no hard-coded text. */
@Tag("smoke")
class I18nTest {

  private static final Path MESSAGES = Path.of("src/main/resources/i18n");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  /** An element's opening tag followed directly by text. */
  private static final Pattern TEXT_AFTER_TAG = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>([^<]+)<");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

  @Test
  void everyFrenchKeyHasAnEnglishTranslationAndViceVersa() throws IOException {
    try (Stream<Path> files = Files.list(MESSAGES)) {
      List<Path> french = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
      assertThat(french).isNotEmpty();
      for (Path fr : french) {
        Path en = fr.resolveSibling(fr.getFileName().toString().replace(".properties", "_en.properties"));
        assertThat(load(fr).stringPropertyNames()).as("keys of %s vs %s", fr, en)
            .containsExactlyInAnyOrderElementsOf(load(en).stringPropertyNames());
      }
    }
  }

  /** Each module has its own bundle; a key in two of them would show one module's text in the other's page. */
  @Test
  void noKeyIsDefinedInTwoBundles() throws IOException {
    java.util.Map<String, Path> owners = new java.util.HashMap<>();
    List<String> twice = new ArrayList<>();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
        for (String key : load(file).stringPropertyNames()) {
          Path other = owners.putIfAbsent(key, file);
          if (other != null) {
            twice.add(key + " in " + other.getFileName() + " and " + file.getFileName());
          }
        }
      }
    }
    assertThat(twice).isEmpty();
  }

  /** A key given twice in one file silently keeps the last text, so one of the two pages shows the wrong one. */
  @Test
  void noKeyIsDefinedTwiceInOneFile() throws IOException {
    List<String> twice = new ArrayList<>();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file : files.sorted().toList()) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.strip();
          boolean key = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
          continued = trimmed.endsWith("\\");
          if (key) {
            String name = trimmed.split("\\s*[=:]", 2)[0].strip();
            if (!seen.add(name)) {
              twice.add(name + " in " + file.getFileName());
            }
          }
        }
      }
    }
    assertThat(twice).isEmpty();
  }

  @Test
  void templatesHaveNoHardCodedText() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        checked++;
        String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
            .replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
        Matcher m = TEXT_AFTER_TAG.matcher(html);
        while (m.find()) {
          String attributes = m.group(2);
          String text = m.group(3).trim();
          boolean replaced = attributes.matches("(?s).*th:(text|utext|errors|replace|insert|remove|each).*");
          boolean isBrand = text.equals("HEN") || text.equals("FR") || text.equals("EN");
          if (!replaced && !isBrand && LETTERS.matcher(text).find() && !text.startsWith("[[")) {
            problems.add(template + ": <" + m.group(1) + "> " + text);
          }
        }
      }
    }
    assertThat(checked).as("templates read (the path still holds them)").isGreaterThan(10);
    assertThat(problems).as("text outside th:text").isEmpty();
  }

  /** Message keys written out in templates ({@code #{key}}) and Java (validation, flash messages, field errors). */
  private static final List<Pattern> KEY_USES = List.of(
      Pattern.compile("#\\{([A-Za-z][\\w.]*)\\s*[}(]"),
      Pattern.compile("message = \"\\{([a-z][\\w.]*)}\""),
      Pattern.compile("addFlashAttribute\\(\"(?:message|flashError)\", \"([a-z][\\w.]*)\"\\)"),
      Pattern.compile("rejectValue\\([^,()]+, \"([a-z][\\w.]*)\"\\)"));

  @Test
  void everyKeyWrittenOutInTemplatesAndCodeExists() throws IOException {
    Properties messages = new Properties();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
        messages.putAll(load(file));
      }
    }
    List<String> missing = new ArrayList<>();
    int uses = 0;
    for (Path root : List.of(TEMPLATES, Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".java"))
            .toList()) {
          String text = Files.readString(file);
          for (Pattern use : KEY_USES) {
            Matcher m = use.matcher(text);
            while (m.find()) {
              uses++;
              if (!messages.containsKey(m.group(1))) {
                missing.add(file + ": " + m.group(1));
              }
            }
          }
        }
      }
    }
    assertThat(uses).as("keys found (the patterns still match the code)").isGreaterThan(200);
    assertThat(missing).as("message keys used but not defined").isEmpty();
  }

  private static Properties load(Path path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(path)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
