package io.resume.model;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a render reports what it could not do well (a missing glyph, a missing label), and what the
 * user should know that is no fault (notes: a résumé's language told from its text). Only warnings
 * count for --strict; notes go nowhere unless the caller asks for them.
 */
@FunctionalInterface
public interface Warnings {
  void warn(String message);

  /** Something the user should know that is not wrong; ignored unless the caller listens. */
  default void note(String message) {}

  Warnings IGNORE = message -> {};

  /**
   * A warning as one line for the user: {@code file:12:5: warning: …} when the message starts with
   * its place in the input ("12:5: …", as JSON Resume import gives it), else {@code file: warning:
   * …}.
   */
  static String line(Object input, String message) {
    Matcher placed = Pattern.compile("([1-9]\\d*:[1-9]\\d*): ").matcher(message);
    return placed.lookingAt()
        ? input + ":" + placed.group(1) + ": warning: " + message.substring(placed.end())
        : input + ": warning: " + message;
  }

  /** Warnings to one place, notes to another. */
  static Warnings of(Consumer<String> warnings, Consumer<String> notes) {
    return new Warnings() {
      @Override
      public void warn(String message) {
        warnings.accept(message);
      }

      @Override
      public void note(String message) {
        notes.accept(message);
      }
    };
  }
}
