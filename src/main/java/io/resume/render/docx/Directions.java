package io.resume.render.docx;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * The direction of text within a paragraph, for Word: each stretch of right-to-left text is a run
 * of its own marked w:rtl, so that Word draws it with the complex-script font and orders it as Word
 * itself would have. Stretches are found with the Unicode bidirectional algorithm (java.text.Bidi);
 * which way a paragraph runs is the prepared résumé's (see {@link Body}).
 */
final class Directions {
  /** A span, or part of one, and whether it is right-to-left text. */
  record Piece(Span span, boolean rightToLeft) {}

  private Directions() {}

  /**
   * The spans cut where the direction of their text changes, in a paragraph of the given direction.
   */
  static List<Piece> split(List<Span> spans, boolean rightToLeftParagraph) {
    StringBuilder all = new StringBuilder();
    spans.forEach(span -> all.append(span.text()));
    String text = all.toString();
    List<Piece> pieces = new ArrayList<>();
    if (!rightToLeftParagraph && !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
      spans.forEach(span -> pieces.add(new Piece(span, false)));
      return pieces;
    }
    Bidi bidi =
        new Bidi(
            text,
            rightToLeftParagraph ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    int offset = 0;
    for (Span span : spans) {
      String spanText = span.text();
      if (spanText.isEmpty()) {
        // A line break has no text, and so no direction of its own: it is kept where it is.
        pieces.add(new Piece(span, rightToLeftParagraph));
        continue;
      }
      int start = 0;
      for (int i = 1; i <= spanText.length(); i++) {
        boolean rtl = odd(bidi.getLevelAt(offset + start));
        if (i == spanText.length() || odd(bidi.getLevelAt(offset + i)) != rtl) {
          pieces.add(new Piece(span.withText(spanText.substring(start, i)), rtl));
          start = i;
        }
      }
      offset += spanText.length();
    }
    return pieces;
  }

  private static boolean odd(int level) {
    return (level & 1) == 1;
  }
}
