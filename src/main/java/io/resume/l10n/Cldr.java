package io.resume.l10n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the Unicode CLDR says of a language, through ICU4J: how it writes a date of a given
 * precision, a span between two dates, a list, a number. The stylesheets ask for these through
 * {@link CldrFunctions}; nothing here decides which of them a résumé uses. Thread-safe.
 */
public final class Cldr {
  /**
   * The date patterns CLDR gives a (language, skeleton) pair: finding one costs far more than using
   * it.
   */
  private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

  private Cldr() {}

  /**
   * A Gregorian date as the language writes it for a CLDR skeleton: {@code y} (2021, 2021年), {@code
   * yMMM} (Sep 2021, 2021年9月, сент. 2021 г.), {@code yMMMd}. Résumé dates are ISO dates, so the
   * Gregorian calendar, whatever the language's usual one.
   */
  public static String date(String tag, String skeleton, int year, int month, int day) {
    ULocale locale = ULocale.forLanguageTag(tag);
    String pattern =
        PATTERNS.computeIfAbsent(
            locale.toLanguageTag() + " " + skeleton,
            key ->
                ((SimpleDateFormat)
                        DateFormat.getInstanceForSkeleton(calendar(locale), skeleton, locale))
                    .toPattern());
    SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
    GregorianCalendar calendar = calendar(locale);
    format.setCalendar(calendar);
    calendar.clear();
    calendar.set(year, month - 1, day);
    return format.format(calendar.getTime());
  }

  /**
   * Loads ICU's data layer and date formatting (a few hundred milliseconds on a cold start, most of
   * it shared by every language) by writing one date: for a thread that has the time before the
   * prepare step needs it.
   */
  public static void warmUp() {
    date("en", "yMMMd", 2000, 1, 1);
  }

  private static GregorianCalendar calendar(ULocale locale) {
    return new GregorianCalendar(TimeZone.GMT_ZONE, locale);
  }

  /**
   * How the language writes a span of two things, {0} the first and {1} the second: "{0} – {1}",
   * "{0}～{1}".
   */
  public static String rangePattern(String tag) {
    return DateIntervalFormat.getInstance("yMMM", ULocale.forLanguageTag(tag))
        .getDateIntervalInfo()
        .getFallbackIntervalPattern();
  }

  /**
   * How the language joins {@code count} items, {0} to {n-1}: "{0}, {1}, and {2}", "{0}、{1}和{2}".
   *
   * @param width CLDR's "wide" (the usual one), "short" or "narrow"
   */
  public static String listPattern(String tag, String width, int count) {
    ListFormatter.Width chosen =
        switch (width.toLowerCase(Locale.ROOT)) {
          case "wide" -> ListFormatter.Width.WIDE;
          case "short" -> ListFormatter.Width.SHORT;
          case "narrow" -> ListFormatter.Width.NARROW;
          default ->
              throw new IllegalArgumentException(
                  "list width '" + width + "' is none of wide, short, narrow");
        };
    return ListFormatter.getInstance(ULocale.forLanguageTag(tag), ListFormatter.Type.AND, chosen)
        .getPatternForNumItems(count);
  }

  /**
   * A whole number (a citation's) in the language's digits: 12, or ١٢ where Arabic-Indic digits are
   * the default (ar-EG). The digits of the language's default numbering system, not a NumberFormat:
   * that one also loads currency data, which the jar leaves out.
   */
  public static String number(String tag, long value) {
    NumberingSystem system = NumberingSystem.getInstance(ULocale.forLanguageTag(tag));
    if (system.isAlgorithmic() || system.getRadix() != 10) {
      return Long.toString(value);
    }
    int[] digits = system.getDescription().codePoints().toArray();
    StringBuilder written = new StringBuilder();
    Long.toString(value)
        .chars()
        .forEach(c -> written.appendCodePoint(Character.isDigit(c) ? digits[c - '0'] : c));
    return written.toString();
  }
}
