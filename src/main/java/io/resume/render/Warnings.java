package io.resume.render;

import java.util.function.Consumer;

/**
 * Where a render reports what it could not do well (a missing glyph, a missing label), and what
 * the user should know that is no fault (notes: a résumé's language told from its text). Only
 * warnings count for --strict; notes go nowhere unless the caller asks for them.
 */
@FunctionalInterface
public interface Warnings {
  void warn(String message);

  /** Something the user should know that is not wrong; ignored unless the caller listens. */
  default void note(String message) {}

  Warnings IGNORE = message -> {};

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
