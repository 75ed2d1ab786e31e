package io.resume.render;

import java.util.Locale;

/** The page size of the paged formats (PDF, DOCX). */
public enum Paper {
  A4,
  LETTER;

  /** The paper named by a user ("a4", "letter"), in any case; null when there is none. */
  public static Paper named(String name) {
    for (Paper paper : values()) {
      if (paper.name().equalsIgnoreCase(name.trim())) {
        return paper;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
