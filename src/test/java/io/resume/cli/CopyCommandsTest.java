package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/** What a user with only the jar gets out of it: a theme, the stylesheets, the schema. */
class CopyCommandsTest {
  private static final Path XSL = Path.of("xsl");

  @Test
  void themesCopyGivesTheThemeFileToEditAndRenderWith(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("look");
    CliRun copy = CliRun.of("themes", "--copy", "modern", folder.toString());
    assertEquals(Main.OK, copy.status(), copy.err());
    Path theme = folder.resolve("modern.xml");
    assertArrayEquals(
        Files.readAllBytes(XSL.resolve("themes/modern.xml")), Files.readAllBytes(theme));

    Files.writeString(theme, Files.readString(theme).replaceFirst("#[0-9a-fA-F]{6}", "#8b0000"));
    CliRun render =
        CliRun.of(
            "render",
            Seed.FILE,
            "--theme",
            theme.toString(),
            "--format",
            "html",
            "--out",
            dir.resolve("out").toString());
    assertEquals(Main.OK, render.status(), render.err());
    assertTrue(
        Files.readString(dir.resolve("out/resume.html")).contains("#8b0000"),
        "the edited colour is drawn");

    byte[] edited = Files.readAllBytes(theme);
    CliRun again = CliRun.of("themes", "--copy", "modern", folder.toString());
    assertEquals(Main.BAD_INPUT, again.status());
    assertTrue(again.err().contains(theme + ": a file of that name exists already"), again.err());
    assertArrayEquals(edited, Files.readAllBytes(theme));
  }

  @Test
  void themesCopyOfAnUnknownThemeOrWithoutAFolderIsAUsageError(@TempDir Path dir) {
    CliRun unknown = CliRun.of("themes", "--copy", "baroque", dir.toString());
    assertEquals(Main.BAD_USAGE, unknown.status());
    assertTrue(
        unknown.err().contains("unknown theme 'baroque': choose classic, modern"), unknown.err());
    assertEquals(Main.BAD_USAGE, CliRun.of("themes", "--copy", "classic").status());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void xslCopyGivesEveryStylesheetAndRendersWithThem(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("my-xsl");
    CliRun run = CliRun.of("xsl", "--copy", copy.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertEquals(files(XSL), files(copy), "the same files as the repository's xsl/");
    for (String file : files(XSL)) {
      assertArrayEquals(
          Files.readAllBytes(XSL.resolve(file)), Files.readAllBytes(copy.resolve(file)), file);
    }
    CliRun render =
        CliRun.of(
            "render",
            Seed.FILE,
            "--xsl",
            copy.toString(),
            "--format",
            "pdf,html",
            "--out",
            dir.resolve("out").toString());
    assertEquals(Main.OK, render.status(), render.err());
  }

  @Test
  void xslCopyOverAnyExistingFileWritesNothing(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("my-xsl");
    Files.createDirectories(copy.resolve("html"));
    Files.writeString(copy.resolve("html/html.xsl"), "mine");
    CliRun run = CliRun.of("xsl", "--copy", copy.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(
        run.err().contains(copy.resolve("html/html.xsl") + ": a file of that name exists already"),
        run.err());
    assertEquals("mine", Files.readString(copy.resolve("html/html.xsl")));
    assertEquals(List.of("html/html.xsl"), files(copy), "nothing else written");
    assertEquals(Main.BAD_USAGE, CliRun.of("xsl").status(), "--copy DIR is required");
  }

  @Test
  void schemaIsResumeXsdWithTheXmlNamespaceWhereEditorsFindIt() throws Exception {
    CliRun run = CliRun.of("schema");
    assertEquals(Main.OK, run.status(), run.err());
    String bundled = Files.readString(Path.of("src/main/resources/io/resume/schema/resume.xsd"));
    assertEquals(
        bundled.replace(
            "schemaLocation=\"xml.xsd\"", "schemaLocation=\"http://www.w3.org/2001/xml.xsd\""),
        run.out());
    assertFalse(run.out().contains("\"xml.xsd\""));
  }

  /**
   * The starter names resume.xsd beside it for editors: with the file `schema -o` writes there, a
   * schema validator (as an editor runs one) accepts the starter, and refuses a broken one.
   */
  @Test
  void theStarterValidatesAgainstTheSchemaWrittenBesideIt(@TempDir Path dir) throws Exception {
    assertEquals(Main.OK, CliRun.of("init", dir.resolve("resume.xml").toString()).status());
    CliRun schema = CliRun.of("schema", "-o", dir.resolve("resume.xsd").toString());
    assertEquals(Main.OK, schema.status(), schema.err());
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    DOMImplementationLS ls =
        (DOMImplementationLS)
            DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
    // An editor fetches or caches the W3C's xml.xsd; the test gives the copy in the jar (no
    // network).
    factory.setResourceResolver(
        (type, ns, publicId, systemId, base) -> {
          assertEquals("http://www.w3.org/2001/xml.xsd", systemId);
          LSInput input = ls.createLSInput();
          input.setByteStream(stream("/io/resume/schema/xml.xsd"));
          input.setSystemId(systemId);
          return input;
        });
    var validator = factory.newSchema(dir.resolve("resume.xsd").toFile()).newValidator();
    validator.validate(new StreamSource(dir.resolve("resume.xml").toFile()));
    String broken =
        Files.readString(dir.resolve("resume.xml"))
            .replace("<start>2021-09</start>", "<start>2021-13</start>");
    try {
      validator.validate(
          new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
      throw new AssertionError("a month 13 must not validate");
    } catch (org.xml.sax.SAXParseException expected) {
      assertTrue(expected.getMessage().contains("2021-13"), expected.getMessage());
    }
    CliRun again = CliRun.of("schema", "-o", dir.resolve("resume.xml").toString());
    assertEquals(Main.BAD_INPUT, again.status(), "never replaces a file (here: the résumé)");
    assertTrue(Files.readString(dir.resolve("resume.xml")).contains("<resume"));
  }

  private static InputStream stream(String resource) {
    return CopyCommandsTest.class.getResourceAsStream(resource);
  }

  private static List<String> files(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString())
          .sorted()
          .toList();
    }
  }
}
