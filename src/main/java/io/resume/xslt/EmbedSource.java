package io.resume.xslt;

import java.util.Locale;

/**
 * What the PDF carries of its source résumé (the attachment {@code resume extract} gives back).
 * Whichever is chosen, it is the version's own résumé: items the version leaves out (another
 * target's, private ones) are never in it.
 */
public enum EmbedSource {
  /** The résumé as written: the file's bytes, comments and processing instructions included. */
  FULL,
  /**
   * The résumé without its comments and processing instructions (notes to oneself); the default.
   */
  CLEAN,
  /** No attachment. */
  NONE;

  /** The choice of that name ({@code full}, {@code clean}, {@code none}), or null. */
  public static EmbedSource named(String name) {
    for (EmbedSource choice : values()) {
      if (choice
          .name()
          .toLowerCase(Locale.ROOT)
          .equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
        return choice;
      }
    }
    return null;
  }
}
