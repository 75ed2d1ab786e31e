package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render -o FILE}: one input in one format to one file, or with {@code -o -} to standard
 * output.
 */
class OneOutputTest {

  @Test
  void theFormatComesFromTheNameAndOnlyThatFileIsWritten(@TempDir Path dir) throws Exception {
    Path cv = dir.resolve("cv.pdf");
    CliRun run = CliRun.of("render", Seed.FILE, "-o", cv.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertEquals(cv.toString(), run.out().strip());
    assertTrue(
        new String(Files.readAllBytes(cv), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertEquals(List.of("cv.pdf"), names(dir));
  }

  @Test
  void formatNamesTheFormatWhateverTheName(@TempDir Path dir) throws Exception {
    Path cv = dir.resolve("sub/cv.text");
    CliRun run = CliRun.of("render", Seed.FILE, "-o", cv.toString(), "--format", "txt");
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(Files.readString(cv).startsWith("Zhuofu Chen"));
  }

  @Test
  void whatOneFileCannotHoldIsAUsageError(@TempDir Path dir) throws Exception {
    Path input = Files.copy(Seed.PATH, dir.resolve("cv.xml"));
    byte[] before = Files.readAllBytes(input);
    Files.createDirectories(dir.resolve("folder.pdf"));
    String[][] wrong = {
      {"render", input.toString(), "-o", dir.resolve("cv.odt").toString()},
      {"render", input.toString(), "-o", dir.resolve("cv.pdf").toString(), "--format", "pdf,html"},
      {"render", input.toString(), "-o", dir.resolve("cv.pdf").toString(), "--out", dir.toString()},
      {"render", input.toString(), Seed.FILE, "-o", dir.resolve("cv.pdf").toString()},
      {"render", input.toString(), "-o", dir.resolve("folder.pdf").toString()},
      {"render", input.toString(), "-o", input.toString(), "--format", "txt"},
      {"render", input.toString(), "-o", "-"},
    };
    for (String[] args : wrong) {
      CliRun run = CliRun.of(args);
      assertEquals(Main.BAD_USAGE, run.status(), String.join(" ", args) + "\n" + run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
    assertArrayEquals(before, Files.readAllBytes(input), "the input is never replaced");
    assertEquals(List.of("cv.xml", "folder.pdf"), names(dir));
  }

  @Test
  void dashWritesTheDocumentAloneToStandardOutput(@TempDir Path dir) throws Exception {
    UnaryOperator<String> saved = RenderChoices.environment;
    RenderChoices.environment = name -> "SOURCE_DATE_EPOCH".equals(name) ? "1700000000" : null;
    try {
      Path file = dir.resolve("resume.pdf");
      assertEquals(Main.OK, CliRun.of("render", Seed.FILE, "-o", file.toString()).status());
      Piped piped = Piped.of(new byte[0], "render", Seed.FILE, "-o", "-", "--format", "pdf");
      assertEquals(Main.OK, piped.status(), piped.err());
      assertEquals("", piped.out(), "no file names among the document's bytes");
      assertArrayEquals(Files.readAllBytes(file), piped.stdout(), "the same bytes as the file");
    } finally {
      RenderChoices.environment = saved;
    }
  }

  @Test
  void aFailedRenderWritesNothingToStandardOutput(@TempDir Path dir) throws Exception {
    Path resume =
        Files.writeString(
            dir.resolve("glyph.xml"),
            "<resume xmlns='urn:resume:1'><basics><name>Melting \uD83E\uDEE0</name></basics></resume>");
    Piped piped =
        Piped.of(
            new byte[0], "render", resume.toString(), "-o", "-", "--format", "pdf", "--strict");
    assertEquals(Main.BAD_INPUT, piped.status(), piped.err());
    assertEquals(0, piped.stdout().length);
    Piped lenient =
        Piped.of(new byte[0], "render", resume.toString(), "-o", "-", "--format", "pdf");
    assertEquals(Main.OK, lenient.status(), lenient.err());
    assertTrue(
        lenient.stdout().length > 1000,
        "the same render, without --strict, is written (this keeps the check above honest)");
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
