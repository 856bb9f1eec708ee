package fr.hen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pas solve} and {@code pas score} as a user runs them, with their bad inputs. */
class PasCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return PasCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Path instance() throws Exception {
    return Path.of(PasCommandTest.class.getResource("/pas/testdata07.txt").toURI());
  }

  @Test
  void solve_writesALinePerPatient_andScoreRescoresItTheSame() throws Exception {
    Path sol = dir.resolve("07.sol");
    assertThat(run("solve", instance().toString(), "--seconds", "2", "--out", sol.toString())).isZero();
    String solved = out();
    assertThat(solved).contains("final 0hard/0medium/").contains("lower bound 0hard/").contains("gap ");
    List<String> lines = Files.readAllLines(sol);
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches("\\d+( (\\d+|-))+"));
    String finalScore = solved.replaceAll("(?s).*final (\\S+),.*", "$1");

    out.reset();
    assertThat(run("score", instance().toString(), sol.toString())).isZero();
    assertThat(out()).contains("score " + finalScore).contains("sameBedInSameNight").contains("departmentMaximumAge")
        .contains("preferredMaximumRoomCapacity").contains("lower bound");
  }

  @Test
  void score_ofASolutionPuttingEveryoneInOneBed_printsTheSharedBedViolations() throws Exception {
    Path sol = dir.resolve("07.sol");
    assertThat(run("solve", instance().toString(), "--seconds", "1", "--out", sol.toString())).isZero();
    String oneBed = "1";
    List<String> everyoneThere = Files.readAllLines(sol).stream()
        .map(line -> line.replaceAll(" (\\d+|-)", " " + oneBed)).toList();
    Files.write(sol, everyoneThere);
    out.reset();
    assertThat(run("score", instance().toString(), sol.toString())).isZero();
    assertThat(out()).containsPattern("sameBedInSameNight +-\\d{4,}").contains("medium, unplaced nights: 0")
        .contains("gap n/a");
  }

  @Test
  void missingFile_isExplained_exitCode1() {
    assertThat(run("score", dir.resolve("none.txt").toString(), dir.resolve("none.sol").toString())).isEqualTo(1);
    assertThat(err()).contains("no such file").contains("none.txt");
  }

  @Test
  void malformedInstance_namesFileAndLine_exitCode1() throws Exception {
    Path bad = dir.resolve("bad.txt");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(instance()));
    lines.set(2, "Roomproperties: two");
    Files.write(bad, lines);
    assertThat(run("solve", bad.toString(), "--seconds", "1", "--out", dir.resolve("x.sol").toString()))
        .isEqualTo(1);
    assertThat(err()).contains("bad.txt, line 3: not a number: \"two\"");
    assertThat(dir.resolve("x.sol")).doesNotExist();
  }

  @Test
  void solutionNamingAnUnknownBedOrPatient_isRefusedWithItsLine_exitCode1() throws Exception {
    Path sol = dir.resolve("bad.sol");
    Files.write(sol, List.of("1 99999"));
    assertThat(run("score", instance().toString(), sol.toString())).isEqualTo(1);
    assertThat(err()).contains("bad.sol, line 1:");
    err.reset();
    Files.write(sol, List.of("", "424242 1"));
    assertThat(run("score", instance().toString(), sol.toString())).isEqualTo(1);
    assertThat(err()).contains("bad.sol, line 2: unknown patient 424242");
  }

  @Test
  void badUsage_printsTheUsage_exitCode2() throws Exception {
    assertThat(run()).isEqualTo(2);
    assertThat(run("solve", instance().toString(), "--seconds", "ten", "--out", "x")).isEqualTo(2);
    assertThat(run("solve", instance().toString(), "--seconds", "0", "--out", "x")).isEqualTo(2);
    assertThat(run("solve", instance().toString(), "--minutes", "1", "--out", "x")).isEqualTo(2);
    assertThat(run("rank", "a", "b")).isEqualTo(2);
    assertThat(err()).contains(PasCommand.USAGE);
  }
}
