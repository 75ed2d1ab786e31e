package io.resume.render.docx;

import java.util.Locale;

/** The page a DOCX is laid out on, in twentieths of a point (twips), as Word stores it. */
public enum PaperSize {
  A4(11906, 16838),
  LETTER(12240, 15840);

  /** 18 mm on every side: room for a dense résumé, still well inside any printer's margin. */
  static final int MARGIN = 1020;

  final int width;
  final int height;

  PaperSize(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** The width between the margins: where a right tab stop puts the aside of a row. */
  int textWidth() {
    return width - 2 * MARGIN;
  }

  /** The paper named by a user ("a4", "letter"), in any case; null when there is none. */
  public static PaperSize named(String name) {
    for (PaperSize size : values()) {
      if (size.name().equalsIgnoreCase(name.trim())) {
        return size;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
