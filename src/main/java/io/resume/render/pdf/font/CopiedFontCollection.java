package io.resume.render.pdf.font;

import java.util.List;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.Typeface;

/**
 * The configured fonts of one render, as FOP's {@code CustomFontCollection} sets them up (same
 * internal names, same triplets), except that the fonts come from the render's {@link ParsedFonts}
 * ({@link CopiedFont}): the bundled ones are not parsed again, and every one writes the ToUnicode
 * map of {@link TextMappedFont}.
 */
final class CopiedFontCollection implements FontCollection {
  private final InternalResourceResolver resolver;
  private final List<EmbedFontInfo> configured;
  private final boolean complexScripts;
  private final ParsedFonts parsed;

  CopiedFontCollection(
      InternalResourceResolver resolver,
      List<EmbedFontInfo> configured,
      boolean complexScripts,
      ParsedFonts parsed) {
    this.resolver = resolver;
    this.configured = configured;
    this.complexScripts = complexScripts;
    this.parsed = parsed;
  }

  @Override
  public int setup(int start, FontInfo fontInfo) {
    if (configured == null) {
      return start;
    }
    int number = start;
    for (EmbedFontInfo info : configured) {
      String internalName = "F" + number++;
      ParsedFonts.Key key = ParsedFonts.Key.of(info, complexScripts);
      Typeface font =
          key == null
              ? new LazyFont(info, resolver, complexScripts)
              : new CopiedFont(info, resolver, complexScripts, parsed, key);
      fontInfo.addMetrics(internalName, font);
      for (FontTriplet triplet : info.getFontTriplets()) {
        fontInfo.addFontProperties(internalName, triplet);
      }
    }
    return number;
  }
}
