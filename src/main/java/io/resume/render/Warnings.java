package io.resume.render;

/** Where a render reports what it could not do well (a missing glyph, a missing label). */
@FunctionalInterface
public interface Warnings {
  void warn(String message);

  Warnings IGNORE = message -> {};
}
