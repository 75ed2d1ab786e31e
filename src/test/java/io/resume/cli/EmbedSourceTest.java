package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the PDF carries of its résumé (--embed-source): by default the résumé without its comments
 * and processing instructions, notes to oneself; full: the file as written; none: nothing. {@code
 * resume extract} gives back each one, and says why there is nothing.
 */
class EmbedSourceTest {
  private static final String RESUME =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- draft for Acme -->
      <resume xmlns="urn:resume:1">
        <basics><name>Ada Lovelace</name><!-- salary expectation: 120k --></basics>
        <?editor fold="true"?>
        <awards><award><title>Best Paper</title></award></awards>
      </resume>
      """;
  @TempDir Path dir;
  private Path input;

  @BeforeEach
  void write() throws IOException {
    input = Files.writeString(dir.resolve("cv.xml"), RESUME);
  }

  @Test
  void cleanByDefaultLeavesOutCommentsAndProcessingInstructions() throws IOException {
    String copy = new String(extract(), StandardCharsets.UTF_8);
    assertFalse(copy.contains("salary"), copy);
    assertFalse(copy.contains("draft for Acme"), copy);
    assertFalse(copy.contains("<?editor"), copy);
    assertTrue(
        copy.contains("<name>Ada Lovelace</name>") && copy.contains("<title>Best Paper</title>"),
        copy);
    Path back = Files.writeString(dir.resolve("back.xml"), copy);
    CliRun valid = CliRun.of("validate", back.toString());
    assertEquals(Main.OK, valid.status(), "the clean copy is still a valid résumé: " + valid.err());
  }

  @Test
  void cleanAlsoWhenTheVersionLeavesItemsOut() throws IOException {
    Files.writeString(
        input,
        RESUME
            .replace("<award>", "<award private=\"true\">")
            .replace(
                "</awards>",
                "</awards><interests><interest><name>Chess</name></interest></interests>"));
    String copy = new String(extract(), StandardCharsets.UTF_8);
    assertFalse(copy.contains("salary") || copy.contains("Best Paper"), copy);
    assertTrue(copy.contains("Chess"), copy);
  }

  @Test
  void fullIsTheFileByteForByte() throws IOException {
    assertArrayEquals(Files.readAllBytes(input), extract("--embed-source", "full"));
  }

  /**
   * A version that leaves nothing out (every item with targets is meant for it) is the whole file:
   * full carries its bytes as written. When an item is left out, the copy is the smaller version.
   */
  @Test
  void fullIsTheFileWhenTheVersionLeavesNothingOut() throws IOException {
    Files.writeString(input, RESUME.replace("<award>", "<award targets=\"academic industry\">"));
    assertArrayEquals(
        Files.readAllBytes(input),
        extract("--embed-source", "full", "--target", "academic"),
        "every item is meant for academic");
    String other =
        new String(
            extract("--embed-source", "full", "--target", "startup"), StandardCharsets.UTF_8);
    assertFalse(other.contains("Best Paper"), other);
    assertTrue(other.contains("Ada Lovelace"), other);
  }

  @Test
  void noneAttachesNothingAndExtractSaysWhy() throws IOException {
    CliRun render =
        CliRun.of(
            "render",
            input.toString(),
            "--out",
            dir.toString(),
            "--format",
            "pdf",
            "--embed-source",
            "none");
    assertEquals(Main.OK, render.status(), render.err());
    String pdf = Files.readString(dir.resolve("cv.pdf"), StandardCharsets.ISO_8859_1);
    assertFalse(pdf.contains("/EmbeddedFiles"), "no attachment");
    CliRun extract =
        CliRun.of(
            "extract", dir.resolve("cv.pdf").toString(), "-o", dir.resolve("back.xml").toString());
    assertEquals(Main.BAD_INPUT, extract.status());
    assertTrue(extract.err().contains("--embed-source=none"), extract.err());
    assertEquals(1, extract.err().strip().lines().count(), extract.err());
  }

  @Test
  void anUnknownChoiceIsAUsageError() {
    CliRun run =
        CliRun.of("render", input.toString(), "--out", dir.toString(), "--embed-source", "some");
    assertEquals(Main.BAD_USAGE, run.status());
    assertTrue(
        run.err().contains("unknown --embed-source 'some': choose full, clean or none"), run.err());
  }

  private byte[] extract(String... options) throws IOException {
    String[] args = new String[6 + options.length];
    System.arraycopy(
        new String[] {"render", input.toString(), "--out", dir.toString(), "--format", "pdf"},
        0,
        args,
        0,
        6);
    System.arraycopy(options, 0, args, 6, options.length);
    CliRun render = CliRun.of(args);
    assertEquals(Main.OK, render.status(), render.err());
    Path back = dir.resolve("extracted.xml");
    Files.deleteIfExists(back);
    CliRun extract = CliRun.of("extract", dir.resolve("cv.pdf").toString(), "-o", back.toString());
    assertEquals(Main.OK, extract.status(), extract.err());
    return Files.readAllBytes(back);
  }
}
