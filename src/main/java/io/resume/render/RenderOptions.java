package io.resume.render;

import io.resume.theme.Theme;
import io.resume.theme.Themes;
import java.time.Instant;

/**
 * How to render, as opposed to what (the prepared résumé): the page size and the time written into
 * the outputs' metadata. Immutable.
 *
 * @param timestamp the creation time recorded in PDF and DOCX metadata; fixed (from
 *     SOURCE_DATE_EPOCH) for reproducible builds, else the time of the render
 * @param theme the look shared by PDF, HTML and DOCX; given null, the classic theme of the jar
 * @param maxPages the most pages the PDF may have (longer fails its input), or null for no limit
 */
public record RenderOptions(Paper paper, Instant timestamp, Theme theme, Integer maxPages) {

  public RenderOptions {
    if (paper == null || timestamp == null) {
      throw new IllegalArgumentException("paper and timestamp are required");
    }
    theme = theme == null ? Themes.classic() : theme;
    if (maxPages != null && maxPages < 1) {
      throw new IllegalArgumentException("the page limit must be at least 1, not " + maxPages);
    }
  }

  /** The default look, no page limit. */
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
   * The time given by the reproducible-builds convention SOURCE_DATE_EPOCH (seconds since 1970),
   * else now. A value that is not a whole number of seconds from 1970 to the end of the year 9999
   * (the latest time a PDF or DOCX date can hold) is an error, not silently ignored.
   */
  public static Instant timestampFrom(String sourceDateEpoch) {
    if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
      return Instant.now();
    }
    String value = sourceDateEpoch.strip();
    long seconds;
    try {
      seconds = Long.parseLong(value);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 0 || seconds > LATEST_EPOCH_SECOND || !value.matches("[0-9]+")) {
      throw new IllegalArgumentException(
          "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, from 0 to "
              + LATEST_EPOCH_SECOND
              + " (the end of 9999), not '"
              + (value.codePointCount(0, value.length()) > 40
                  ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…"
                  : value)
              + "'");
    }
    return Instant.ofEpochSecond(seconds);
  }

  /** 9999-12-31T23:59:59Z: PDF and DOCX dates have four-digit years. */
  public static final long LATEST_EPOCH_SECOND = 253_402_300_799L;
}
