package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
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

  /**
   * A usage error is one line that says what is wrong and where the options are, not the whole
   * help.
   */
  @Test
  void aUsageErrorIsOneLineWithTheOptionMeant() {
    CliRun misspelt = CliRun.of("render", Seed.FILE, "--formt", "pdf");
    assertEquals(Main.BAD_USAGE, misspelt.status());
    assertEquals(1, misspelt.err().strip().lines().count(), misspelt.err());
    assertTrue(misspelt.err().startsWith("Unknown option: '--formt'"), misspelt.err());
    assertTrue(misspelt.err().contains("did you mean --format?"), misspelt.err());
    assertTrue(misspelt.err().contains("resume render --help lists the options"), misspelt.err());
    for (String[] args :
        new String[][] {
          {"render", Seed.FILE, "--lang", "\"><script>"},
          {"render"},
          {"validate", Seed.FILE, "--paper", "a3"},
          {"paint"}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(Main.BAD_USAGE, run.status(), String.join(" ", args));
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertFalse(run.err().contains("Usage:"), run.err());
    }
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
