package io.resume.equivalence;

import java.util.ArrayList;
import java.util.List;

/** Checks that items occur in a text one after another, and says which do not. */
public final class InOrder {
  private InOrder() {}

  /**
   * The items missing from {@code text} or found only before the previous item; empty when every
   * item appears in order. Both sides are compared in {@link ReaderItems#normalize} form.
   */
  public static List<String> problems(List<String> items, String text) {
    String haystack = ReaderItems.normalize(text);
    List<String> problems = new ArrayList<>();
    int from = 0;
    for (String item : items) {
      String needle = ReaderItems.normalize(item);
      int at = haystack.indexOf(needle, from);
      if (at >= 0) {
        from = at + needle.length();
      } else if (haystack.contains(needle)) {
        problems.add("out of order: " + item);
      } else {
        problems.add("missing: " + item);
      }
    }
    return problems;
  }
}
