package io.resume.json;

import io.resume.model.DateOrder;
import io.resume.model.Excerpt;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Resume date as the canonical résumé holds it (resume.xsd's Date): an ISO date as it is;
 * one a person wrote almost as ISO (2023-9-28, a time of day, a day the month lacks) as the date
 * meant, said in a warning; words (Summer 2019, Present) as written. Only what looks like an ISO
 * date and is none (2019-13, -2021) is refused: it is a slip that would show a wrong date.
 */
final class JsonDates {
  /** Ends that say an entry goes on; the same words as xsl/common/dates.xsl's f:present-words. */
  static final Set<String> PRESENT = Set.of("present", "now", "current", "ongoing", "today");

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern UNPADDED = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
  // resume.xsd's DateWords: a character no ISO date has, or no digit at all.
  private static final Pattern WORDS = Pattern.compile(".*[^0-9+\\-:TZ].*|[^0-9]+");

  /**
   * What a date member gave: the value to write (null when refused), and a warning or a problem to
   * report at the member's place.
   */
  record Read(String value, String warning, String problem) {}

  private JsonDates() {}

  static Read read(String written) {
    String text = written.strip().replaceAll("\\s+", " ");
    if (isIso(text) || PRESENT.contains(text.toLowerCase(Locale.ROOT))) {
      return new Read(text, null, null);
    }
    Matcher dateTime = DATE_TIME.matcher(text);
    if (dateTime.matches() && isIso(dateTime.group(1))) {
      return meant(text, dateTime.group(1), "a résumé's dates have no time of day");
    }
    Matcher unpadded = UNPADDED.matcher(text);
    if (unpadded.matches()) {
      String padded =
          unpadded.group(1)
              + "-"
              + pad(unpadded.group(2))
              + (unpadded.group(3) == null ? "" : "-" + pad(unpadded.group(3)));
      if (isIso(padded) && !padded.equals(text)) {
        return meant(text, padded, "ISO dates write months and days with two digits");
      }
      if (unpadded.group(3) != null && isIso(padded.substring(0, 7))) {
        // 2024-09-31: a month's last day counted wrong; the month is right.
        return meant(
            text,
            padded.substring(0, 7),
            "that month has no day " + Integer.parseInt(unpadded.group(3)));
      }
    }
    if (WORDS.matcher(text).matches()) {
      return new Read(
          text,
          quote(text) + " is not an ISO date (2021, 2021-09, 2021-09-30): shown as written",
          null);
    }
    return new Read(
        null,
        null,
        quote(text)
            + " is not a date: write 2021, 2021-09 or a day that exists such as"
            + " 2021-09-30, or words such as Summer 2019");
  }

  /** True when the end is certainly before the start (dates in words are never compared). */
  static boolean endsBeforeStart(String start, String end) {
    return DateOrder.endsBeforeStart(start, end);
  }

  static boolean isIso(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      return false;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (m.group(2) != null) {
        YearMonth.of(year, Integer.parseInt(m.group(2)));
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static Read meant(String written, String meant, String why) {
    return new Read(meant, quote(written) + " read as " + meant + ": " + why, null);
  }

  /** A value quoted in a message: in double quotes, a long one cut short ({@link Excerpt}). */
  static String quote(String text) {
    return Excerpt.quote(text, '"');
  }

  private static String pad(String number) {
    return number.length() == 1 ? "0" + number : number;
  }
}
