package io.resume.render.pdf.font;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.MultiByteFont;

/**
 * FOP's TrueType font with two changes, made by {@link FontCopies}:
 *
 * <ul>
 *   <li>the PDF's ToUnicode map of it is {@link ToUnicodeMap}'s, so that the text extracted from
 *       the PDF is the text of the résumé. FOP takes a font's own map, when it offers one, in place
 *       of the map it would write ({@code PDFFactory.makeFont}); it asks when it writes the font,
 *       after the last glyph is drawn;
 *   <li>a character it lacks is reported whole, by code point ({@link GlyphEvents}), and every one
 *       of them: FOP's own warning takes a 16-bit {@code char} (an emoji, U+1F3C6, came out as
 *       U+F3C6) and stops after eight characters.
 * </ul>
 *
 * <p>FOP looks a character up along three paths: a word's glyphs ({@link #performSubstitution}),
 * and single characters ({@link #mapChar}, {@link #mapCodePoint}). Each is checked here; FOP's own
 * warning is then passed on only for a character none of them saw.
 */
final class TextMappedFont extends MultiByteFont {
  /** What {@code findGlyphIndex} answers for a character the font lacks. */
  private static final int NO_GLYPH = 0;

  /** The code points reported missing by this render's copy of the font. */
  private final Set<Integer> reported = new HashSet<>();

  TextMappedFont(InternalResourceResolver resolver, EmbeddingMode embedding) {
    super(resolver, embedding);
  }

  @Override
  public InputStream getCmapStream() {
    return ToUnicodeMap.of(getCIDSet());
  }

  @Override
  public CharSequence performSubstitution(
      CharSequence text,
      String script,
      String language,
      @SuppressWarnings("rawtypes") List associations,
      boolean retainControls) {
    text.codePoints().forEach(this::check);
    return super.performSubstitution(text, script, language, associations, retainControls);
  }

  @Override
  public char mapChar(char c) {
    if (!Character.isSurrogate(c)) {
      check(c);
    }
    return super.mapChar(c);
  }

  @Override
  public int mapCodePoint(int codePoint) {
    check(codePoint);
    return super.mapCodePoint(codePoint);
  }

  @Override
  protected void warnMissingGlyph(char c) {
    if (!(eventListener instanceof GlyphEvents)) {
      super.warnMissingGlyph(c);
    } else if (!reportedAsPartOf(c)) {
      report(c);
    }
  }

  private void check(int codePoint) {
    if (findGlyphIndex(codePoint) == NO_GLYPH && !reported.contains(codePoint)) {
      report(codePoint);
    }
  }

  /** Whether FOP's 16-bit character is one already reported, or a truncation or half of one. */
  private boolean reportedAsPartOf(char c) {
    for (int codePoint : reported) {
      if ((char) codePoint == c
          || Character.highSurrogate(codePoint) == c && codePoint > 0xFFFF
          || Character.lowSurrogate(codePoint) == c && codePoint > 0xFFFF) {
        return true;
      }
    }
    return false;
  }

  private void report(int codePoint) {
    reported.add(codePoint);
    if (eventListener instanceof GlyphEvents events) {
      events.codePointMissing(this, codePoint, getFontName());
    }
  }
}
