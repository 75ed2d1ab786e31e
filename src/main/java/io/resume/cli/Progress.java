package io.resume.cli;

import io.resume.batch.BatchRenderer;
import io.resume.batch.Outcome;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports each finished input: its outputs on stdout, problems and warnings on stderr, and, for a
 * batch on a terminal, a progress bar that redraws itself.
 */
final class Progress implements BatchRenderer.Listener {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean bar;
  private final boolean debug;
  private final long start = System.nanoTime();

  Progress(PrintWriter out, PrintWriter err, boolean bar) {
    this(out, err, bar, false);
  }

  /**
   * @param debug whether to print the stack trace of an input's fault (--debug)
   */
  Progress(PrintWriter out, PrintWriter err, boolean bar, boolean debug) {
    this.out = out;
    this.err = err;
    this.bar = bar;
    this.debug = debug;
  }

  @Override
  public synchronized void finished(Outcome outcome, int done, int total) {
    if (bar) {
      err.print("\r\033[K"); // clear the bar before printing lines above it
    }
    outcome.warnings().forEach(err::println);
    outcome.problems().forEach(err::println);
    if (debug && outcome.fault() != null) {
      outcome.fault().printStackTrace(err);
    }
    if (!bar) {
      outcome.outputs().forEach(out::println);
      out.flush();
    } else {
      int filled = WIDTH * done / total;
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(
          Locale.ROOT,
          "[%s%s] %d/%d  %.1f résumés/s",
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          done,
          total,
          seconds == 0 ? 0 : done / seconds);
      if (done == total) {
        err.println();
      }
    }
    err.flush();
  }
}
