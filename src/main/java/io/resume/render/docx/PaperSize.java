package io.resume.render.docx;

import io.resume.render.Paper;
import java.util.Locale;

/** The page a DOCX is laid out on, in twentieths of a point (twips), as Word stores it. */
enum PaperSize {
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

  static PaperSize of(Paper paper) {
    return switch (paper) {
      case A4 -> A4;
      case LETTER -> LETTER;
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
