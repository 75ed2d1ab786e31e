package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --max-pages N}: exit 1 and one line naming what runs past page N; no PDF left
 * behind.
 */
class MaxPagesCommandTest {
  @TempDir Path folder;

  @Test
  void aLongerPdfFailsItsInputAndNamesTheEntry() {
    CliRun run =
        CliRun.of(
            "render", Seed.FILE, "--format", "pdf", "--max-pages", "1", "--out", folder.toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(
        Seed.FILE
            + ": the PDF has 2 pages, more than --max-pages 1; it goes past page 1 at \"Selected Projects › XPURemoting\"",
        run.err().strip());
    assertFalse(Files.exists(folder.resolve("resume.pdf")), "a PDF over the limit is not written");
  }

  @Test
  void aPdfWithinTheLimitIsWritten() {
    CliRun run =
        CliRun.of(
            "render", Seed.FILE, "--format", "pdf", "--max-pages", "2", "--out", folder.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.exists(folder.resolve("resume.pdf")));
  }

  @Test
  void aLimitBelowOneIsAUsageError() {
    CliRun run = CliRun.of("render", Seed.FILE, "--max-pages", "0", "--out", folder.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--max-pages must be at least 1"), run.err());
  }
}
