package io.resume.render.pdf.font;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CustomFont;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.MultiByteFont;

/**
 * The bundled fonts, each parsed once and copied for every render that uses it ({@link
 * FontCopies}). FOP parses a font anew for every document (its glyph boxes, kerning and OpenType
 * tables), a large share of a warm PDF (docs/performance.md, "Figures behind the code"). One set
 * serves one render at a time ({@link FontPool}): FOP's OpenType tables keep lookup caches in plain
 * hash maps, which two threads must not share. Only fonts from the class path are kept: they are
 * small and always the same; an installed font (the CJK fallback, ~120 MB parsed) is parsed per
 * render as FOP does, and copied too, so that every font the PDF embeds is a {@link
 * TextMappedFont}.
 */
public final class ParsedFonts {
  /** The renderer option under which a render's user agent carries its set. */
  public static final String OPTION = ParsedFonts.class.getName();

  private final Map<Key, MultiByteFont> parsed = new HashMap<>();
  private final FontCopies copies;
  private final boolean keepsBundled;

  public ParsedFonts(FontCopies copies) {
    this(copies, true);
  }

  /**
   * @param keepsBundled false: every font is parsed for every render, as FOP does (for comparison
   *     in tests)
   */
  public ParsedFonts(FontCopies copies, boolean keepsBundled) {
    this.copies = copies;
    this.keepsBundled = keepsBundled;
  }

  /** What FOP reads a font with; the same font read alike is parsed once. */
  record Key(
      URI file,
      String subFont,
      boolean embedded,
      EmbeddingMode embedding,
      EncodingMode encoding,
      boolean kerning,
      boolean advanced,
      boolean simulateStyle,
      boolean embedAsType1,
      boolean svg) {

    /**
     * The key of a configured font file, or null for a font described by a metrics file (none of
     * ours).
     */
    static Key of(EmbedFontInfo font, boolean complexScripts) {
      FontUris uris = font.getFontUris();
      if (uris.getMetrics() != null || uris.getEmbed() == null) {
        return null;
      }
      // As FOP's LazyFont reads the configuration (with a resolver, which it always has here).
      return new Key(
          uris.getEmbed(),
          font.getSubFontName(),
          font.isEmbedded(),
          font.getEmbeddingMode() == null ? EmbeddingMode.AUTO : font.getEmbeddingMode(),
          font.getEncodingMode() == null ? EncodingMode.AUTO : font.getEncodingMode(),
          font.getKerning(),
          complexScripts,
          font.getSimulateStyle(),
          font.getEmbedAsType1(),
          font.getUseSVG());
    }

    /** A font of the jars: small and always the same, so kept (see the class comment). */
    boolean bundled() {
      return ClasspathResources.SCHEME.equals(file.getScheme());
    }

    CustomFont load(InternalResourceResolver resolver) throws IOException {
      return FontLoader.loadFont(
          new FontUris(file, null),
          subFont,
          embedded,
          embedding,
          encoding,
          kerning,
          advanced,
          resolver,
          simulateStyle,
          embedAsType1,
          svg);
    }
  }

  /**
   * A font of its own for this render: a copy of the parsed font (parsed now unless kept), or the
   * font parsed for it when it cannot be copied.
   */
  CustomFont fontFor(Key key, InternalResourceResolver resolver) throws IOException {
    boolean keep = keepsBundled && key.bundled();
    MultiByteFont original = keep ? parsed.get(key) : null;
    if (original == null) {
      CustomFont font = key.load(resolver);
      if (!FontCopies.canCopy(font)) {
        return font;
      }
      original = (MultiByteFont) font;
      if (keep) {
        parsed.put(key, original);
      }
    }
    return copies.copy(original, resolver);
  }
}
