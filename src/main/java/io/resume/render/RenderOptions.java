package io.resume.render;

import io.resume.theme.Theme;
import java.time.Instant;

/**
 * How to render, as opposed to what (the prepared résumé): the page size and the time written
 * into the outputs' metadata. Immutable.
 *
 * @param timestamp the creation time recorded in PDF and DOCX metadata; fixed (from
 *     SOURCE_DATE_EPOCH) for reproducible builds, else the time of the render
 * @param theme the look shared by PDF, HTML and DOCX; null for the default (classic)
 * @param maxPages the most pages the PDF may have (longer fails its input), or null for no limit
 */
public record RenderOptions(Paper paper, Instant timestamp, Theme theme, Integer maxPages) {

  public RenderOptions {
    if (paper == null || timestamp == null) {
      throw new IllegalArgumentException("paper and timestamp are required");
    }
    if (maxPages != null && maxPages < 1) {
      throw new IllegalArgumentException("the page limit must be at least 1, not " + maxPages);
    }
  }

  /** The stylesheets' default look, no page limit. */
  public RenderOptions(Paper paper, Instant timestamp) {
    this(paper, timestamp, null, null);
  }

  /** A4, stamped now, the default theme. */
  public static RenderOptions defaults() {
    return new RenderOptions(Paper.A4, Instant.now());
  }

  public RenderOptions withPaper(Paper other) {
    return new RenderOptions(other, timestamp, theme, maxPages);
  }

  public RenderOptions withTheme(Theme other) {
    return new RenderOptions(paper, timestamp, other, maxPages);
  }

  public RenderOptions withMaxPages(Integer limit) {
    return new RenderOptions(paper, timestamp, theme, limit);
  }

  /**
   * The time given by the reproducible-builds convention SOURCE_DATE_EPOCH (seconds since
   * 1970), else now. A value that is not a whole number is an error, not silently ignored.
   */
  public static Instant timestampFrom(String sourceDateEpoch) {
    if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
      return Instant.now();
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + sourceDateEpoch + "'");
    }
  }
}
