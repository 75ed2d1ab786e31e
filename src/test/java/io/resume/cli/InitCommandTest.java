package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code resume init}: a starter that is valid, renders everywhere, and never replaces a file. */
class InitCommandTest {
  /**
   * JSON Resume v1's sections (jsonresume.org/schema), each of which the JSON starter shows once.
   */
  private static final List<String> JSON_SECTIONS =
      List.of(
          "work",
          "volunteer",
          "education",
          "awards",
          "certificates",
          "publications",
          "skills",
          "languages",
          "interests",
          "references",
          "projects");

  @ParameterizedTest
  @ValueSource(strings = {"resume.xml", "resume.json"})
  void theStarterValidatesAndRendersInEveryFormatWithoutAWarning(String name, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve(name);
    CliRun init = CliRun.of("init", file.toString());
    assertEquals(Main.OK, init.status(), init.err());
    assertEquals(file.toString(), init.out().strip());

    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(Main.OK, validate.status(), validate.err());
    assertEquals("", validate.err(), "valid as written, with nothing dropped or warned");

    Path out = dir.resolve("out");
    CliRun render =
        CliRun.of(
            "render",
            file.toString(),
            "--out",
            out.toString(),
            "--format",
            "pdf,html,docx,txt,md",
            "--strict");
    assertEquals(Main.OK, render.status(), render.err());
    assertEquals("", render.err());
    for (String ext : List.of("pdf", "html", "docx", "txt", "md")) {
      assertTrue(Files.size(out.resolve("resume." + ext)) > 1000, ext);
    }
    assertTrue(Files.readString(out.resolve("resume.txt")).startsWith("Alex Example"));
  }

  @Test
  void theJsonFormIsChosenByOptionOrByName(@TempDir Path dir) throws Exception {
    CliRun byOption = CliRun.of("init", "--json", dir.toString());
    assertEquals(Main.OK, byOption.status(), byOption.err());
    assertTrue(Files.readString(dir.resolve("resume.json")).startsWith("{"));
    CliRun byName = CliRun.of("init", dir.resolve("cv.json").toString());
    assertEquals(Main.OK, byName.status(), byName.err());
    assertTrue(Files.readString(dir.resolve("cv.json")).startsWith("{"));
    CliRun folder = CliRun.of("init", dir.toString());
    assertEquals(Main.OK, folder.status(), folder.err());
    assertTrue(Files.readString(dir.resolve("resume.xml")).startsWith("<?xml"));
  }

  @Test
  void aJsonResumeNamedLikeXmlIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("init", "--json", dir.resolve("resume.xml").toString());
    assertEquals(Main.BAD_USAGE, run.status());
    assertTrue(run.err().contains("must end in .json"), run.err());
    assertFalse(Files.exists(dir.resolve("resume.xml")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"resume.xml", "resume.json"})
  void aSecondInitOnTheSamePathFailsAndChangesNothing(String name, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve(name);
    assertEquals(Main.OK, CliRun.of("init", file.toString()).status());
    // The owner has started writing: the second init must keep every byte of it, and its time.
    byte[] edited =
        (Files.readString(file).replace("Alex Example", "Kim Own"))
            .getBytes(StandardCharsets.UTF_8);
    Files.write(file, edited);
    FileTime before = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, before);

    CliRun again = CliRun.of("init", file.toString());
    assertEquals(Main.BAD_INPUT, again.status());
    assertEquals(
        file
            + ": a file of that name exists already; nothing is ever replaced: remove it or choose another name",
        again.err().strip());
    assertArrayEquals(edited, Files.readAllBytes(file));
    assertEquals(before, Files.getLastModifiedTime(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary or second file left beside it");
    }
    // Named through its folder (init DIR writes DIR/resume.xml or, with --json, DIR/resume.json).
    CliRun inFolder =
        name.endsWith(".json")
            ? CliRun.of("init", "--json", dir.toString())
            : CliRun.of("init", dir.toString());
    assertEquals(Main.BAD_INPUT, inFolder.status());
    assertArrayEquals(edited, Files.readAllBytes(file));
  }

  @Test
  void aDanglingLinkIsNotFollowedToCreateItsTarget(@TempDir Path dir) throws Exception {
    Path elsewhere = dir.resolve("elsewhere.xml");
    Path link = Files.createSymbolicLink(dir.resolve("resume.xml"), elsewhere);
    CliRun run = CliRun.of("init", link.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertFalse(Files.exists(elsewhere));
  }

  @Test
  void aDashWritesTheStarterToStandardOutput(@TempDir Path dir) throws Exception {
    CliRun xml = CliRun.of("init", "-");
    assertEquals(Main.OK, xml.status(), xml.err());
    assertEquals(new String(BundledFiles.read(InitCommand.XML), StandardCharsets.UTF_8), xml.out());
    CliRun json = CliRun.of("init", "--json", "-");
    assertEquals(Main.OK, json.status(), json.err());
    new ObjectMapper().readTree(json.out());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
    assertFalse(Files.exists(Path.of("-")), "no file named -");
  }

  /** Every section the schema allows, once, each after a comment saying what goes there. */
  @Test
  void theXmlStarterHasEverySectionOfTheSchemaWithACommentAndOneEntry() throws Exception {
    String xsd = Files.readString(Path.of("src/main/resources/io/resume/schema/resume.xsd"));
    String choice = xsd.substring(xsd.indexOf("<xs:choice"), xsd.indexOf("</xs:choice>"));
    List<String> sections = new ArrayList<>();
    Matcher names = Pattern.compile("<xs:element name=\"(\\w+)\"").matcher(choice);
    while (names.find()) {
      sections.add(names.group(1));
    }
    assertEquals(13, sections.size(), sections.toString());
    String starter = new String(BundledFiles.read(InitCommand.XML), StandardCharsets.UTF_8);
    for (String section : sections) {
      Matcher m =
          Pattern.compile(
                  "<!--((?:(?!-->).)*)-->\\s*<"
                      + section
                      + "[ >]((?:(?!</"
                      + section
                      + ">).)*)</"
                      + section
                      + ">",
                  Pattern.DOTALL)
              .matcher(starter);
      assertTrue(m.find(), section + ": a comment, then the section");
      assertFalse(m.group(1).isBlank(), section);
      long entries = Pattern.compile("(?m)^    <\\w+[ >]").matcher(m.group(2)).results().count();
      assertEquals(1, entries, section + " has one entry: " + m.group(2));
    }
    assertTrue(
        starter.contains("xsi:schemaLocation=\"urn:resume:1 resume.xsd\""),
        "the schema, for editors");
  }

  @Test
  void theJsonStarterHasEverySectionOnceAndTheSchemaForEditors() throws Exception {
    JsonNode starter = new ObjectMapper().readTree(BundledFiles.read(InitCommand.JSON));
    assertEquals(
        "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        starter.get("$schema").asText());
    assertTrue(starter.get("basics").has("name"));
    for (String section : JSON_SECTIONS) {
      assertTrue(starter.has(section), section);
      assertEquals(1, starter.get(section).size(), section);
    }
  }
}
