package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A fault of ours (here a command that throws) is one line and exit status 1; its stack trace only
 * with {@code --debug}, given before or after the command's name.
 */
class DebugOptionTest {
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug\nover two lines");
    }
  }

  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.addSubcommand(new Boom());
    int status =
        Main.configure(commandLine, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  @Test
  void anInternalErrorIsOneLineWithoutATrace() {
    CliRun run = run("boom");
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(
        run.err().startsWith("resume: internal error: IllegalStateException: a bug over two lines"),
        run.err());
    assertTrue(run.err().contains("--debug"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void debugPrintsTheTraceWhereverItIsGiven() {
    for (String[] args : new String[][] {{"boom", "--debug"}, {"--debug", "boom"}}) {
      CliRun run = run(args);
      assertEquals(Main.BAD_INPUT, run.status());
      assertTrue(
          run.err().contains("\tat io.resume.cli.DebugOptionTest$Boom.call"),
          String.join(" ", args) + ": " + run.err());
    }
  }
}
