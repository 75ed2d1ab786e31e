package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.StylesheetCopies;
import io.resume.model.InputLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} as an input: standard input, read within the reader's limits, named {@code <stdin>} in
 * messages, and with no folder that its stylesheets or FOP may read.
 */
class StandardInputTest {
  private static final Path JSON =
      Path.of("src/test/resources/io/resume/json/roundtrip/jsonresume-sample.json");

  @Test
  void renderReadsXmlOrJsonFromStandardInputLikeTheFile(@TempDir Path dir) throws Exception {
    for (Path input : new Path[] {Seed.PATH, JSON}) {
      Path file = dir.resolve("file-" + input.getFileName() + ".txt");
      assertEquals(
          Main.OK,
          CliRun.of("render", input.toString(), "-o", file.toString(), "--format", "txt").status());
      Piped piped =
          Piped.of(Files.readAllBytes(input), "render", "-", "-o", "-", "--format", "txt");
      assertEquals(Main.OK, piped.status(), piped.err());
      assertEquals(
          Files.readString(file),
          new String(piped.stdout(), StandardCharsets.UTF_8),
          input.toString());
    }
  }

  @Test
  void withOutItsOutputsAreNamedResume(@TempDir Path dir) throws Exception {
    Piped piped =
        Piped.of(
            Files.readAllBytes(Seed.PATH),
            "render",
            "-",
            "--out",
            dir.toString(),
            "--format",
            "html,md");
    assertEquals(Main.OK, piped.status(), piped.err());
    assertTrue(Files.isRegularFile(dir.resolve("resume.html")));
    assertTrue(Files.readString(dir.resolve("resume.md")).startsWith("# Zhuofu Chen"));
    assertTrue(piped.out().contains(dir.resolve("resume.md").toString()), piped.out());
  }

  @Test
  void problemsNameStandardInputWithTheirPlace() {
    byte[] broken =
        "<resume xmlns='urn:resume:1'>\n  <basics><nme>x</nme></basics>\n</resume>\n"
            .getBytes(StandardCharsets.UTF_8);
    Piped render = Piped.of(broken, "render", "-", "-o", "-", "--format", "txt");
    assertEquals(Main.BAD_INPUT, render.status());
    assertTrue(render.err().startsWith("<stdin>:2:"), render.err());
    assertEquals(0, render.stdout().length);
    Piped validate = Piped.of(broken, "validate", "-");
    assertEquals(Main.BAD_INPUT, validate.status());
    assertTrue(validate.err().startsWith("<stdin>:2:"), validate.err());
    byte[] json =
        "{\"basics\": {\"name\": \"A\"},\n \"work\": [{\"name\": \"B\", \"startDate\": \"2019-13\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    Piped jsonRender = Piped.of(json, "validate", "-");
    assertEquals(Main.BAD_INPUT, jsonRender.status());
    assertTrue(jsonRender.err().startsWith("<stdin>:2:"), jsonRender.err());
  }

  /** An endless stream is refused after one byte past the limit, the rest never read. */
  @Test
  void noMoreThanTheLimitIsReadFromStandardInput() {
    long[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read[0] += length;
            return length;
          }
        };
    Piped piped = Piped.of(endless, "render", "-", "-o", "-", "--format", "txt");
    assertEquals(Main.BAD_INPUT, piped.status());
    assertEquals(
        "<stdin>: more than the 512 KB a résumé may be; refused without reading the rest",
        piped.err().strip());
    assertEquals(InputLimits.MAX_BYTES + 1, read[0]);
  }

  @Test
  void exactlyTheLimitIsRead() {
    byte[] resume =
        "<resume xmlns='urn:resume:1'><basics><name>A</name></basics></resume>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[(int) InputLimits.MAX_BYTES];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(resume, 0, padded, 0, resume.length);
    Piped piped = Piped.of(padded, "validate", "-");
    assertEquals(Main.OK, piped.status(), piped.err());
  }

  /**
   * Standard input has no folder: a user's stylesheets that read a file of the current folder are
   * refused, in the PDF (FOP) as in the text (Saxon). (Before, FOP took the folder of a path named
   * like the input's name, {@code <stdin>}: the current folder.)
   */
  @Test
  void standardInputHasNoFolderToRead(@TempDir Path dir) throws Exception {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("my-xsl"));
    Path header = xsl.resolve("fo/header.xsl");
    String text = Files.readString(header);
    int end = text.indexOf("</fo:block>");
    // An image of the current folder (the repository, where the tests run).
    Path image = Path.of("docs/images/pdf-page-1.png").toAbsolutePath();
    Files.writeString(
        header,
        text.substring(0, end)
            + "<fo:external-graphic src=\"url('"
            + image.toUri()
            + "')\" fox:alt-text=\"x\" xmlns:fox=\"http://xmlgraphics.apache.org/fop/extensions\"/>"
            + text.substring(end));
    Piped piped =
        Piped.of(
            Files.readAllBytes(Seed.PATH),
            "render",
            "-",
            "--xsl",
            xsl.toString(),
            "-o",
            "-",
            "--format",
            "pdf");
    assertTrue(piped.err().contains("refused to read"), piped.err());

    Path txt = xsl.resolve("text/txt.xsl");
    Files.writeString(
        txt,
        Files.readString(txt)
            .replace(
                "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"text\"/>",
                "<xsl:value-of select=\"unparsed-text('"
                    + Path.of("README.md").toAbsolutePath().toUri()
                    + "')\"/>"
                    + "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"text\"/>"));
    Piped text2 =
        Piped.of(
            Files.readAllBytes(Seed.PATH),
            "render",
            "-",
            "--xsl",
            xsl.toString(),
            "-o",
            "-",
            "--format",
            "txt");
    assertEquals(Main.BAD_INPUT, text2.status(), text2.err());
    assertTrue(text2.err().contains("refused to read"), text2.err());
    assertEquals(0, text2.stdout().length);
  }

  @Test
  void importExportValidateAndExtractTakeADash(@TempDir Path dir) throws Exception {
    Piped imported = Piped.of(Files.readAllBytes(JSON), "import", "-", "-o", "-");
    assertEquals(Main.OK, imported.status(), imported.err());
    assertTrue(imported.out().contains("<organization>Pied Piper</organization>"), imported.out());

    Piped exported = Piped.of(Files.readAllBytes(Seed.PATH), "export", "-", "-o", "-");
    assertEquals(Main.OK, exported.status(), exported.err());
    assertTrue(exported.out().contains("\"name\": \"Zhuofu Chen\""), exported.out());

    Piped valid = Piped.of(Files.readAllBytes(JSON), "validate", "-", Seed.FILE);
    assertEquals(Main.OK, valid.status(), valid.err());
    assertTrue(valid.out().contains("<stdin>: valid"), valid.out());
    assertEquals(Main.BAD_USAGE, Piped.of(new byte[0], "validate", "-", "-").status());

    Path pdf = dir.resolve("cv.pdf");
    assertEquals(Main.OK, CliRun.of("render", Seed.FILE, "-o", pdf.toString()).status());
    Piped extracted = Piped.of(Files.readAllBytes(pdf), "extract", "-", "-o", "-");
    assertEquals(Main.OK, extracted.status(), extracted.err());
    assertArrayEquals(Files.readAllBytes(Seed.PATH), extracted.stdout());
  }

  @Test
  void aDashIsTheOnlyInputAndIsNotWatched() {
    assertEquals(Main.BAD_USAGE, Piped.of(new byte[0], "render", "-", Seed.FILE).status());
    CliRun watch = CliRun.of("watch", "-");
    assertEquals(Main.BAD_USAGE, watch.status());
    assertTrue(watch.err().contains("standard input"), watch.err());
  }

  @Test
  void aJsonResumeIsToldFromXmlByItsFirstCharacter() {
    assertTrue(
        StandardStreams.startsLikeJson(
            "\ufeff \n {\"basics\":{}}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(
        StandardStreams.startsLikeJson(
            "<?xml version='1.0'?><resume/>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(StandardStreams.startsLikeJson(new byte[0]));
  }
}
