package io.resume.render.docx;

import io.resume.render.Paper;
import java.util.Locale;

/** The page a DOCX is laid out on, in twentieths of a point (twips), as Word stores it. */
enum PaperSize {
  A4(11906, 16838),
  LETTER(12240, 15840);

  /** The PDF's margins (xsl/fo/style.xsl): 17 mm at the sides, 15 mm at the top and bottom. */
  static final int SIDE_MARGIN = 964;

  static final int END_MARGIN = 850;

  final int width;
  final int height;

  PaperSize(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** The width between the margins: where a right tab stop puts the aside of a row. */
  int textWidth() {
    return width - 2 * SIDE_MARGIN;
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
