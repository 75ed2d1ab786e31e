package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command ever writes over one of its inputs: an output that is the input (by name, through a
 * symlink, or as ./x for x) is a usage error (exit status 2) naming both, and the input is kept
 * byte for byte.
 */
class NoInputOverwrittenTest {
  @TempDir Path dir;
  private Path resume;
  private byte[] original;

  @BeforeEach
  void copySeed() throws IOException {
    resume = Files.copy(Seed.PATH, dir.resolve("self.xml"));
    original = Files.readAllBytes(resume);
  }

  @Test
  void exportOverItsInputIsRefused() throws IOException {
    for (String output :
        new String[] {
          resume.toString(),
          dir.resolve(".").resolve("self.xml").toString(),
          dir.resolve("sub/../self.xml").toString()
        }) {
      Files.createDirectories(dir.resolve("sub"));
      CliRun run = CliRun.of("export", resume.toString(), "-o", output);
      assertRefused(run, output);
    }
  }

  @Test
  void anOutputThatIsASymlinkToTheInputIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), resume.getFileName());
    assertRefused(CliRun.of("export", resume.toString(), "-o", link.toString()), link.toString());
    // and the other way round: the input named through a link, the output its real name
    assertRefused(CliRun.of("export", link.toString(), "-o", resume.toString()), resume.toString());
  }

  @Test
  void importAndExtractOverTheirInputAreRefused() throws IOException {
    Path json = dir.resolve("cv.json");
    Files.writeString(json, "{\"basics\": {\"name\": \"Ada Lovelace\"}}");
    byte[] jsonBytes = Files.readAllBytes(json);
    CliRun imported = CliRun.of("import", json.toString(), "-o", json.toString());
    assertEquals(Main.BAD_USAGE, imported.status(), imported.err());
    assertArrayEquals(jsonBytes, Files.readAllBytes(json));

    assertEquals(
        Main.OK,
        CliRun.of("render", resume.toString(), "--out", dir.toString(), "--format", "pdf")
            .status());
    Path pdf = dir.resolve("self.pdf");
    byte[] pdfBytes = Files.readAllBytes(pdf);
    CliRun extracted = CliRun.of("extract", pdf.toString(), "-o", pdf.toString());
    assertEquals(Main.BAD_USAGE, extracted.status(), extracted.err());
    assertTrue(
        extracted.err().contains(pdf + ": the output " + pdf + " is this input"), extracted.err());
    assertArrayEquals(pdfBytes, Files.readAllBytes(pdf));
  }

  @Test
  void renderIntoTheInputsFolderWithAnInputNamedLikeAnOutputIsRefused() throws IOException {
    // A résumé saved as cv.html: its HTML output in its own folder would be cv.html itself.
    Path html = Files.copy(Seed.PATH, dir.resolve("cv.html"));
    CliRun run =
        CliRun.of("render", html.toString(), "--out", dir.toString(), "--format", "pdf,html");
    assertEquals(Main.BAD_USAGE, run.status(), run.err());
    assertTrue(
        run.err()
            .contains(
                html
                    + ": the html output of this input ("
                    + dir.resolve("cv.html")
                    + ") would replace it"),
        run.err());
    assertArrayEquals(original, Files.readAllBytes(html));
    assertFalse(Files.exists(dir.resolve("cv.pdf")), "nothing is rendered");
    CliRun watch = CliRun.of("watch", html.toString(), "--out", dir.toString(), "--format", "html");
    assertEquals(Main.BAD_USAGE, watch.status(), watch.err());
    assertArrayEquals(original, Files.readAllBytes(html));
  }

  @Test
  void renderOverAnotherInputOfTheBatchIsRefused() throws IOException {
    // The batch's second input is out/a.txt (a résumé, oddly named); the first one's text output is
    // that file.
    Path out = Files.createDirectories(dir.resolve("out"));
    Path other = Files.copy(Seed.PATH, out.resolve("a.txt"));
    Path first = Files.copy(Seed.PATH, dir.resolve("a.xml"));
    CliRun run =
        CliRun.of(
            "render",
            first.toString(),
            other.toString(),
            "--out",
            out.toString(),
            "--format",
            "txt");
    assertEquals(Main.BAD_USAGE, run.status(), run.err());
    assertTrue(
        run.err()
            .contains(
                other
                    + ": the txt output of "
                    + first
                    + " ("
                    + out.resolve("a.txt")
                    + ") would replace it"),
        run.err());
    assertArrayEquals(original, Files.readAllBytes(other));
  }

  private void assertRefused(CliRun run, String output) throws IOException {
    assertEquals(Main.BAD_USAGE, run.status(), output + ": " + run.err());
    assertTrue(
        run.err().contains("the output " + output + " is this input; it would be replaced"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertArrayEquals(original, Files.readAllBytes(resume), "the input is unchanged");
  }
}
