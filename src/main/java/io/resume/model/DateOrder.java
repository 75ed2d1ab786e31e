package io.resume.model;

import java.util.regex.Pattern;

/**
 * Compares ISO dates of different precision (2021, 2021-09, 2021-09-30) as a reader would. A date
 * written in words (Summer 2019, Present) has no order a program can trust: it is never compared.
 */
public final class DateOrder {
  private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private DateOrder() {}

  /** True when the end is certainly before the start, at the precision both give. */
  public static boolean endsBeforeStart(String start, String end) {
    String from = start.strip();
    String to = end.strip();
    if (!ISO.matcher(from).matches() || !ISO.matcher(to).matches()) {
      return false;
    }
    int common = Math.min(from.length(), to.length());
    return to.substring(0, common).compareTo(from.substring(0, common)) < 0;
  }
}
