package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed input writes none of its outputs: whatever fails it (--strict, --max-pages, one format),
 * the files of the last good render stay as they were, and no temporary is left.
 */
class FailedInputTest {
  private static final List<String> FORMATS = List.of("pdf", "html", "docx", "txt");
  @TempDir Path dir;

  @Test
  void aWarningUnderStrictWritesNothing() throws IOException {
    Path resume = dir.resolve("glyph.xml");
    // No font draws U+1FAE0 (an emoji newer than the symbol fallback): the PDF warns, the other
    // formats do not.
    Files.writeString(
        resume,
        "<resume xmlns='urn:resume:1'><basics><name>Melting \uD83E\uDEE0</name></basics></resume>");
    Path out = earlierOutputs("glyph");
    CliRun run =
        CliRun.of(
            "render",
            resume.toString(),
            "--out",
            out.toString(),
            "--format",
            String.join(",", FORMATS),
            "--strict");
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEarlierOutputs(out, "glyph");
    assertTrue(run.err().contains("--strict makes warnings errors; nothing written"), run.err());
    assertEquals("", run.out(), "no output is reported written");
  }

  @Test
  void aPdfOverTheLimitWritesNoFormat() throws IOException {
    Path out = earlierOutputs("resume");
    CliRun run =
        CliRun.of(
            "render",
            Seed.FILE,
            "--out",
            out.toString(),
            "--format",
            String.join(",", FORMATS),
            "--max-pages",
            "1");
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertTrue(run.err().contains("more than --max-pages 1"), run.err());
    assertEarlierOutputs(out, "resume");
  }

  @Test
  void aFailedInputOfABatchWritesNothingAndTheOthersAreWritten() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.copy(Seed.PATH, inputs.resolve("long.xml"));
    Files.writeString(
        inputs.resolve("short.xml"),
        "<resume xmlns='urn:resume:1'><basics><name>Ada Lovelace</name></basics></resume>");
    Path out = dir.resolve("out");
    // Four threads for two inputs: each input's text renders beside its PDF, and is done first.
    CliRun run =
        CliRun.of(
            "render",
            inputs.toString(),
            "--out",
            out.toString(),
            "--format",
            "pdf,txt",
            "--max-pages",
            "1",
            "--jobs",
            "4");
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertTrue(run.out().contains("2 résumés, 1 failed"), run.out());
    assertEquals(
        List.of("short.pdf", "short.txt"),
        names(out),
        "long.txt is not written although its text rendered");
  }

  /** The outputs of an earlier good render, as files whose content says so. */
  private Path earlierOutputs(String name) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String format : FORMATS) {
      Files.writeString(out.resolve(name + "." + format), "earlier " + format);
    }
    return out;
  }

  private static void assertEarlierOutputs(Path out, String name) throws IOException {
    for (String format : FORMATS) {
      assertEquals(
          "earlier " + format,
          new String(
              Files.readAllBytes(out.resolve(name + "." + format)),
              java.nio.charset.StandardCharsets.ISO_8859_1),
          format + " was replaced");
    }
    assertEquals(FORMATS.size(), names(out).size(), "no other file (no temporary): " + names(out));
    assertFalse(names(out).stream().anyMatch(file -> file.endsWith(".part")));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
