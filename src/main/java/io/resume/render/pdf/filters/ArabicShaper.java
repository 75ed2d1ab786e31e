package io.resume.render.pdf.filters;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Joins Arabic letters for the PDF: each letter becomes the Unicode presentation form of its place
 * in the word (initial, medial, final, isolated), lam and alef become their ligature. ICU4J's
 * {@code ArabicShaping} does it; {@link ExtendedLetterForms} adds the letters of Persian and Urdu
 * that ICU leaves out. FOP draws the letters it is given one glyph each and, with our fonts and
 * font lists, applies none of the font's joining rules (OpenType GSUB; setting the FO {@code
 * language} to "dflt", DITA-OT's way round, did not help and would spoil the PDF's /Lang), so
 * unshaped Arabic comes out as separate letters. The presentation forms are ordinary characters
 * that the bundled Arabic font (DejaVu Sans) has.
 *
 * <p>The text stays in logical order (FOP reorders right-to-left text itself), and NFKC maps the
 * forms back to the letters, which is how PDF readers and our tests read them. Vowel marks stay the
 * combining characters they were: as presentation forms they would be spacing characters that break
 * the word's join. ICU4J, a large library, is loaded only when a text has Arabic.
 */
public final class ArabicShaper {
  private ArabicShaper() {}

  /** Whether the text has a character of the Arabic block, the only one with presentation forms. */
  static boolean needsShaping(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }

  /** The text with its Arabic letters joined; the same instance when it has none. */
  public static String shape(String text) {
    return needsShaping(text) ? Icu.shape(text) : text;
  }

  /**
   * Apart, so that the ICU classes are loaded on the first Arabic text only, not with the renderer.
   */
  private static final class Icu {
    private static final int OPTIONS =
        ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    static String shape(String text) {
      try {
        String shaped = new ArabicShaping(OPTIONS).shape(text);
        if (hasExtendedLetters(text)) {
          shaped = ExtendedLetterForms.shape(text, shaped);
        }
        return hasSpacingMarks(text) ? shaped : withCombiningMarks(shaped);
      } catch (ArabicShapingException e) {
        // Only a fixed output length can fail; ours grows and shrinks as it needs.
        throw new IllegalStateException("cannot join the Arabic letters of: " + text, e);
      }
    }
  }

  /**
   * ICU turns each vowel mark (U+064B–U+0652) into a spacing form (U+FE70–U+FE7F: the mark on a
   * space, or on a tatweel); back to the mark itself, which the font places over its letter. Two
   * forms per mark, isolated then medial, in the marks' order; U+FE73 (tail) and U+FE75 are none.
   */
  static String withCombiningMarks(String shaped) {
    char[] chars = shaped.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFE70' && c <= '\uFE7F' && c != '\uFE73' && c != '\uFE75') {
        chars[i] = (char) ('\u064B' + (c - '\uFE70') / 2);
      }
    }
    return new String(chars);
  }

  /**
   * Whether the text has letters beyond those ICU shapes (U+0621–U+064A): those of Persian, Urdu
   * and others. Only then is {@link ExtendedLetterForms} loaded, whose table of Unicode data is
   * slow to build (docs/performance.md, "Figures behind the code").
   */
  private static boolean hasExtendedLetters(String text) {
    return text.chars().anyMatch(c -> c >= 0x0671 && c <= 0x06D3);
  }

  /** A text that already has the spacing forms means them: it is left as ICU gives it. */
  private static boolean hasSpacingMarks(String text) {
    return text.chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFE7F);
  }
}
