package io.resume.batch;

import java.util.List;
import java.util.Locale;

/** The result of a batch: how many inputs, which failed, how long it took. */
public record Summary(int total, List<Outcome> failures, long nanos) {

  public double perSecond() {
    return nanos == 0 ? 0 : total / (nanos / 1e9);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d résumé%s, %d failed, %.2f s, %.1f résumés/s",
        total,
        total == 1 ? "" : "s",
        failures.size(),
        nanos / 1e9,
        perSecond());
  }
}
