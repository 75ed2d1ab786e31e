package io.resume.render.pdf.filters;

/**
 * Places where FOP may break a run of characters too long for a line: a web address, a hash, a
 * 9,999-letter word. FOP breaks lines only where Unicode's line-breaking rules allow (spaces, after
 * hyphens…); a run without such a place that is wider than the line runs off the page, and the part
 * past the paper's edge is lost. Here a zero-width space (U+200B), which FOP breaks at and neither
 * draws nor writes into the PDF's text, goes into every run longer than {@link #LONG} characters:
 * between the parts of a web address (after "/", before "."), and then every {@link #CHUNK}
 * characters of what is still unbroken. Shorter runs, which any line holds, are left as they are,
 * so that an ordinary word or address is never broken. FOP breaks a long run only where a line
 * ends, as it already does after a "/".
 *
 * <p>No hyphenation: a hyphenated word comes out of a PDF as two ("implemen-" "tation"), and
 * applicant-tracking systems search the extracted text for whole words.
 */
final class BreakOpportunities {
  static final char ZERO_WIDTH_SPACE = '\u200B';

  /** A run this long or shorter fits on any line of the page and is left whole. */
  static final int LONG = 30;

  /** The longest piece left without a place to break in a long run. */
  static final int CHUNK = 20;

  /** A long run may break after these: the parts of a web address, a path, a list… */
  private static final String BREAK_AFTER = "/?&=#:@;|\\+";

  /** …and before these (as typographers break addresses: "example" / ".com"). */
  private static final String BREAK_BEFORE = "._~%,";

  private BreakOpportunities() {}

  /** The text with zero-width spaces in its long runs; the same instance when it has none. */
  static String insert(String text) {
    StringBuilder out = null;
    int length = text.length();
    int runStart = 0;
    for (int i = 0; i <= length; ) {
      int c = i < length ? text.codePointAt(i) : ' ';
      if (endsRun(c)) {
        if (i - runStart > LONG) {
          if (out == null) {
            out = new StringBuilder(length + length / CHUNK + 8).append(text, 0, runStart);
          }
          breakRun(text, runStart, i, out);
        } else if (out != null) {
          out.append(text, runStart, i);
        }
        if (i < length) {
          if (out != null) {
            out.appendCodePoint(c);
          }
          i += Character.charCount(c);
        } else {
          i++;
        }
        runStart = i;
      } else {
        i += Character.charCount(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Appends the run text[start, end) with break opportunities. */
  private static void breakRun(String text, int start, int end, StringBuilder out) {
    int unbroken = 0; // characters since the last place FOP may break
    for (int i = start; i < end; ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      out.appendCodePoint(c);
      unbroken++;
      if (c == ZERO_WIDTH_SPACE || c == '-' || c == '\u00AD') {
        unbroken = 0; // FOP breaks there already
      } else if (next < end) {
        int following = text.codePointAt(next);
        boolean separated =
            BREAK_AFTER.indexOf(c) >= 0 && BREAK_AFTER.indexOf(following) < 0
                || BREAK_BEFORE.indexOf(following) >= 0
                    && BREAK_BEFORE.indexOf(c) < 0
                    && BREAK_AFTER.indexOf(c) < 0;
        if ((separated || unbroken >= CHUNK) && canBreakBetween(c, following)) {
          out.append(ZERO_WIDTH_SPACE);
          unbroken = 0;
        }
      }
      i = next;
    }
  }

  /**
   * White space ends a run, and so does a character of a script written without spaces that FOP
   * already breaks between (Chinese, Japanese), so that a long sentence of Chinese is not a run.
   */
  private static boolean endsRun(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ZERO_WIDTH_SPACE) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || Character.isIdeographic(c);
  }

  /**
   * Never inside a character made of several: before a combining mark, around a joiner or a
   * variation selector.
   */
  private static boolean canBreakBetween(int before, int after) {
    if (before == '\u200D' || after == '\u200D' || after == '\u200C') {
      return false;
    }
    int type = Character.getType(after);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return false;
    }
    return !(after >= 0xFE00 && after <= 0xFE0F)
        && !(after >= 0xE0100 && after <= 0xE01EF)
        && !(after >= 0x1F3FB && after <= 0x1F3FF);
  }
}
