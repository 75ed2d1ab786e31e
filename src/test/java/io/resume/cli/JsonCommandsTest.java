package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.Seed;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export, and validate of a .json through the same path as XML. */
class JsonCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(JsonCommandsTest.class.getResource("/io/resume/json/" + name).toURI());
  }

  @Test
  void validateAcceptsAJsonResume() throws Exception {
    Path sample = fixture("roundtrip/jsonresume-sample.json");
    CliRun run = CliRun.of("validate", sample.toString(), Seed.FILE);
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(run.out().contains(sample + ": valid"), run.out());
    assertTrue(run.out().contains("resume.xml: valid"), run.out());
  }

  @Test
  void validateReportsWhatAJsonResumeDrops() throws Exception {
    Path extras = fixture("extras.json");
    CliRun run = CliRun.of("validate", extras.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(
        run.err().contains(extras + ":5:49: warning: /basics/location/planet: not shown"),
        run.err());
  }

  @Test
  void validateOfABrokenJsonResumeIsOneLineAndStatusOne() throws Exception {
    Path broken = fixture("invalid/bad-month.001.json");
    CliRun run = CliRun.of("validate", broken.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals(
        broken
            + ":6:20: /work/0/startDate: \"2019-13\" is not a date: write 2021, 2021-09 or a day that exists"
            + " such as 2021-09-30, or words such as Summer 2019",
        run.err().strip());
  }

  @Test
  void importWritesValidXmlAndExportGivesTheJsonBack(@TempDir Path dir) throws Exception {
    Path sample = fixture("roundtrip/jsonresume-sample.json");
    Path xml = dir.resolve("sample.xml");
    CliRun imported = CliRun.of("import", sample.toString(), "-o", xml.toString());
    assertEquals(Main.OK, imported.status(), imported.err());
    assertEquals("", imported.err());
    assertTrue(Files.readString(xml).contains("<organization>Pied Piper</organization>"));
    assertEquals(Main.OK, CliRun.of("validate", xml.toString()).status());

    CliRun exported = CliRun.of("export", xml.toString());
    assertEquals(Main.OK, exported.status(), exported.err());
    assertEquals(MAPPER.readTree(sample.toFile()), MAPPER.readTree(exported.out()));
  }

  @Test
  void importWithoutOutputWritesToStdoutAndListsDroppedMembers() throws Exception {
    Path extras = fixture("extras.json");
    CliRun run = CliRun.of("import", extras.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(run.out().startsWith("<?xml"), run.out());
    assertEquals(2, run.err().strip().split("\\R").length, run.err());
    assertTrue(
        run.err().contains(extras + ":6:97: warning: /basics/profiles/0/followers: not shown"),
        run.err());
  }

  @Test
  void importOfMalformedJsonFailsCleanly(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"basics\": {\"name\": \"A\" \"label\": \"B\"}}");
    CliRun run = CliRun.of("import", bad.toString(), "-o", dir.resolve("out.xml").toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().startsWith(bad + ":1:"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(dir.resolve("out.xml")), "nothing written for a bad input");
  }

  @Test
  void exportOfTheRepositoryResumeWarnsAboutWhatJsonResumeLacks(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("resume.json");
    CliRun run = CliRun.of("export", Seed.FILE, "-o", json.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(run.err().contains("resume.xml: warning: /resume/summary: left out"), run.err());
    assertEquals("Zhuofu Chen", MAPPER.readTree(json.toFile()).at("/basics/name").asText());
  }

  /** Warnings come also when errors stop the file: a user fixing them already knows the rest. */
  @Test
  void validateAndRenderPrintWarningsAlsoWhenErrorsStopTheFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("both.json");
    Files.writeString(
        file,
        """
        {
          "basics": {"name": "A", "website": "www.example.org"},
          "work": [{"name": "B", "startDate": "2019-13"}]
        }
        """);
    for (CliRun run :
        List.of(
            CliRun.of("validate", file.toString()),
            CliRun.of(
                "render",
                file.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--format",
                "txt"),
            CliRun.of("import", file.toString(), "-o", dir.resolve("both.xml").toString()))) {
      assertEquals(Main.BAD_INPUT, run.status(), run.err());
      assertTrue(
          run.err()
              .contains(
                  file + ":2:38: warning: /basics/website: \"www.example.org\" is not a link"),
          run.err());
      assertTrue(
          run.err().contains(file + ":3:39: /work/0/startDate: \"2019-13\" is not a date"),
          run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
  }

  /**
   * A warning at its JSON place and the detected language as a note, each one line: validate and
   * render say both; --strict counts the warning only, and fails for it alone.
   */
  @Test
  void placedWarningsAndTheLanguageNoteAreToldApart(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("de.json");
    Files.writeString(
        file,
        Files.readString(Path.of("src/test/resources/io/resume/json/languages/de.json"))
            .replaceFirst("\\{", "{\"meta\": {\"theme\": \"x\", \"language\": \"German\"},"));
    String warning = file + ":1:37: warning: /meta/language: 'German' is not a language tag";
    String note = file + ": detected German; use --lang to choose";
    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(Main.OK, validate.status(), validate.err());
    assertTrue(validate.err().contains(warning), validate.err());
    assertTrue(validate.err().lines().anyMatch(note::equals), validate.err());
    CliRun strict =
        CliRun.of(
            "render",
            file.toString(),
            "--strict",
            "--out",
            dir.resolve("out").toString(),
            "--format",
            "txt");
    assertEquals(Main.BAD_INPUT, strict.status(), strict.err());
    assertTrue(strict.err().contains(warning), strict.err());
    assertTrue(strict.err().lines().anyMatch(note::equals), strict.err());
    assertTrue(
        strict.err().contains(file + ": 1 warning(s), and --strict makes warnings errors"),
        strict.err());
  }

  /** JSON Resume writes May 2017 as 2017-05-01: shown as the month, unless render --days. */
  @Test
  void renderShowsAJsonResumesFirstOfMonthAsTheMonthUnlessAskedForDays(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("month.json");
    Files.writeString(
        file,
        "{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"B\", \"startDate\": \"2017-05-01\"}]}");
    assertEquals(
        Main.OK,
        CliRun.of(
                "render", file.toString(), "--out", dir.resolve("m").toString(), "--format", "txt")
            .status());
    assertTrue(
        Files.readString(dir.resolve("m/month.txt")).contains("May 2017\u2009–\u2009Present"));
    assertEquals(
        Main.OK,
        CliRun.of(
                "render",
                file.toString(),
                "--out",
                dir.resolve("d").toString(),
                "--format",
                "txt",
                "--days")
            .status());
    assertTrue(
        Files.readString(dir.resolve("d/month.txt")).contains("May 1, 2017\u2009–\u2009Present"));
  }

  @Test
  void importAndExportNeedAnInput() {
    assertEquals(Main.BAD_USAGE, CliRun.of("import").status());
    assertEquals(Main.BAD_USAGE, CliRun.of("export").status());
  }
}
