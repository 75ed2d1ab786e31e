package io.resume.cli;

import io.resume.Seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mistakes in the command line itself: exit status 2, a hint, no stack trace. */
class UsageTest {

  @Test
  void noArgumentsPrintsUsage() {
    CliRun run = CliRun.of();
    assertEquals(Main.BAD_USAGE, run.status());
    assertTrue(run.err().contains("render"), run.err());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.of("paint", Seed.FILE);
    assertEquals(Main.BAD_USAGE, run.status());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatNamesTheChoices() {
    CliRun run = CliRun.of("render", Seed.FILE, "--format", "pdf,odt");
    assertEquals(Main.BAD_USAGE, run.status());
    assertTrue(run.err().contains("unknown format 'odt'"), run.err());
    assertTrue(run.err().contains("pdf, html, docx, txt, md"), run.err());
  }

  @Test
  void renderWithoutInputIsAUsageError() {
    assertEquals(Main.BAD_USAGE, CliRun.of("render").status());
  }

  @Test
  void helpSucceeds() {
    CliRun run = CliRun.of("--help");
    assertEquals(Main.OK, run.status());
    assertTrue(run.out().contains("validate"), run.out());
  }

  @Test
  void aCommandsHelpSucceedsWithoutItsInputs() {
    for (String[] args : new String[][] {{"render", "--help"}, {"help", "render"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(Main.OK, run.status(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.out().contains("Usage: resume render"), run.out());
      assertTrue(run.out().contains("--max-pages"), run.out());
    }
  }
}
