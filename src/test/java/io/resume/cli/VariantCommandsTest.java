package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate --lang, render --target and --include-private, watch's usage errors. */
class VariantCommandsTest {
  private static final String MULTILINGUAL = "src/test/resources/io/resume/xslt/resume-zh.xml";

  @Test
  void validateLangListsEachTextWithoutThatLanguage() {
    CliRun run = CliRun.of("validate", "--lang", "zh", MULTILINGUAL);
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    String[] lines = run.err().strip().split("\\R");
    assertEquals(2, lines.length, run.err());
    assertTrue(
        lines[0].matches(
            java.util.regex.Pattern.quote(MULTILINGUAL)
                + ":\\d+:\\d+: <item> has no version in zh: \"Built a profiling-based tool.*\""),
        lines[0]);
    assertTrue(
        lines[1].matches(
            java.util.regex.Pattern.quote(MULTILINGUAL)
                + ":\\d+:\\d+: <item> has no version in zh: \"10k lines of code in C\\+\\+/CUDA.\""),
        lines[1]);
    assertTrue(run.out().contains("valid, but 2 texts have no version in zh"), run.out());
  }

  @Test
  void validateLangPassesWhenComplete() {
    CliRun run = CliRun.of("validate", "--lang", "en", MULTILINGUAL);
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(run.out().contains("every text has a version in en"), run.out());
  }

  @Test
  void validateLangNamesSectionTitles() {
    CliRun run = CliRun.of("validate", "--lang", "de", Seed.FILE);
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(
        run.err().contains(": the title of <work> has no version in de: \"Experience\""),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void validateRefusesALanguageThatIsNoTag() {
    assertEquals(Main.BAD_USAGE, CliRun.of("validate", "--lang", "zh_CN!", Seed.FILE).status());
  }

  @Test
  void renderTargetAndPrivate(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("cv.xml");
    Files.writeString(
        input,
        """
        <resume xmlns="urn:resume:1">
          <basics><name>Ada Lovelace</name><phone private="true">+44 20 7946 0000</phone></basics>
          <awards>
            <award targets="academic"><title>Best Paper</title></award>
            <award targets="industry"><title>Hackathon Winner</title></award>
          </awards>
        </resume>
        """);
    Path out = dir.resolve("out");
    assertEquals(
        Main.OK,
        CliRun.of(
                "render",
                input.toString(),
                "--out",
                out.toString(),
                "--format",
                "txt",
                "--target",
                "industry")
            .status());
    String industry = Files.readString(out.resolve("cv.txt"));
    assertTrue(
        industry.contains("Hackathon Winner")
            && !industry.contains("Best Paper")
            && !industry.contains("7946"),
        industry);
    assertEquals(
        Main.OK,
        CliRun.of(
                "render",
                input.toString(),
                "--out",
                out.toString(),
                "--format",
                "txt",
                "--include-private")
            .status());
    String all = Files.readString(out.resolve("cv.txt"));
    assertTrue(
        all.contains("Hackathon Winner") && all.contains("Best Paper") && all.contains("7946"),
        all);
    assertEquals(
        Main.BAD_USAGE, CliRun.of("render", input.toString(), "--target", "two words").status());
  }

  @Test
  void watchRefusesAMissingFile(@TempDir Path dir) {
    CliRun run = CliRun.of("watch", dir.resolve("none.xml").toString());
    assertEquals(Main.BAD_USAGE, run.status());
    assertTrue(run.err().contains("no such file"), run.err());
  }
}
