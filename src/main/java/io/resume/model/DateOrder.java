package io.resume.model;

/** Compares ISO dates of different precision (2021, 2021-09, 2021-09-30) as a reader would. */
final class DateOrder {
  private DateOrder() {}

  /** True when the end is certainly before the start, at the precision both give. */
  static boolean endsBeforeStart(String start, String end) {
    int common = Math.min(start.length(), end.length());
    return end.substring(0, common).compareTo(start.substring(0, common)) < 0;
  }
}
