package io.resume.render.pdf.filters;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Sits between the FO stylesheet and FOP and gives each run of CJK characters that touches other
 * characters without a space its own {@code fo:inline}, so that FOP sets each run in its own font.
 *
 * <p>FOP picks one font per word (a stretch between break opportunities): the first of the
 * font-family list that has all its characters, else the one that has most. "Intern（导师：Zhihao" is
 * one word to it, which only the CJK font has whole, so "Intern" and "Zhihao" came out in that
 * font's Latin glyphs, visibly another typeface mid-line. FOP's {@code font-selection-strategy}
 * ("character-by-character") is read but never used. A word cannot span two texts, so a text cut
 * where the script changes lets each part find its font: Latin letters, digits and punctuation stay
 * in the theme's font and only the CJK characters fall back. Right-to-left runs need no cut: FOP
 * ends a word where the direction changes (Arabic, Hebrew), and the theme's fonts have Greek and
 * Cyrillic.
 *
 * <p>A cut adds no break opportunity (FOP sees none between two texts), and only text directly in
 * {@code fo:block}, {@code fo:inline} or {@code fo:basic-link} inside a page sequence is cut: there
 * an {@code fo:inline} is allowed; elsewhere (an SVG icon, the metadata) nothing is touched.
 */
public final class ScriptRunFilter extends FoTextFilter {
  /** Whitespace and combining marks: they join the run they are in. */
  private static final int JOINS = 0;

  /** Latin, Greek, Cyrillic, digits, punctuation…: what the theme's fonts draw. */
  private static final int OTHER = 1;

  /** Han, kana, hangul and the full-width punctuation written with them. */
  private static final int CJK = 2;

  private final Deque<String> elements = new ArrayDeque<>();
  private int pageSequences;

  public ScriptRunFilter(ContentHandler next) {
    super(next);
  }

  @Override
  boolean inScope() {
    return pageSequences > 0;
  }

  @Override
  void element(String uri, String localName, boolean start) {
    boolean fo = FO.equals(uri);
    if (fo && "page-sequence".equals(localName)) {
      pageSequences += start ? 1 : -1;
    }
    if (start) {
      elements.push(fo ? localName : "");
    } else {
      elements.pop();
    }
  }

  @Override
  void text(String value) throws SAXException {
    String parent = elements.peek();
    boolean inlineAllowed =
        "block".equals(parent) || "inline".equals(parent) || "basic-link".equals(parent);
    if (!inlineAllowed || !mixed(value)) {
      pass(value);
      return;
    }
    int runStart = 0;
    int runKind = JOINS;
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      int kind = kind(codePoint);
      if (kind != JOINS && kind != runKind) {
        if (runKind != JOINS && i > runStart) {
          emit(value.substring(runStart, i), runKind);
          runStart = i;
        }
        runKind = kind;
      }
      i += Character.charCount(codePoint);
    }
    emit(value.substring(runStart), runKind);
  }

  /** One run: as it is when the theme's fonts draw it, else in an inline of its own. */
  private void emit(String run, int kind) throws SAXException {
    if (kind == OTHER || kind == JOINS) {
      pass(run);
    } else {
      passInline(run);
    }
  }

  /** Whether the text has runs of two kinds (most texts have one, and pass as they are). */
  private static boolean mixed(String value) {
    int seen = JOINS;
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      int kind = kind(codePoint);
      if (kind != JOINS) {
        if (seen != JOINS && kind != seen) {
          return true;
        }
        seen = kind;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  static int kind(int codePoint) {
    if (Character.isWhitespace(codePoint) || codePoint == 0x00A0) {
      return JOINS;
    }
    if (codePoint < 0x0300 || codePoint >= 0x0370 && codePoint < 0x1100) {
      // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…: no need to ask ICU (most texts are all
      // here).
      return OTHER;
    }
    int script = UScript.getScript(codePoint);
    switch (script) {
      case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL, UScript.BOPOMOFO:
        return CJK;
      case UScript.INHERITED:
        return JOINS;
      case UScript.COMMON:
        int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE
                || width == UCharacter.EastAsianWidth.FULLWIDTH
            ? CJK
            : OTHER;
      default:
        return OTHER;
    }
  }
}
