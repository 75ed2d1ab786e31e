package io.resume.render.pdf.font;

import java.awt.Rectangle;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.complexscripts.fonts.Positionable;
import org.apache.fop.complexscripts.fonts.Substitutable;
import org.apache.fop.fonts.CustomFont;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.FontEventListener;
import org.apache.fop.fonts.FontType;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.Typeface;

/**
 * A font in one render: made on first use from the render's {@link ParsedFonts} (a copy of a
 * bundled font parsed once, or of an installed font parsed now), a {@link TextMappedFont}. It is a
 * {@link LazyFont} because FOP looks for that class to reach the real font; every method is
 * overridden so that none of LazyFont's own loading ever runs ({@code CopiedFontTest} checks that
 * none is left out). Used by one render, on one thread.
 */
final class CopiedFont extends LazyFont {
  private final ParsedFonts fonts;
  private final ParsedFonts.Key key;
  private final InternalResourceResolver resolver;
  private final EmbeddingMode embedding;
  private CustomFont font;

  CopiedFont(
      EmbedFontInfo info,
      InternalResourceResolver resolver,
      boolean complexScripts,
      ParsedFonts fonts,
      ParsedFonts.Key key) {
    super(info, resolver, complexScripts);
    this.fonts = fonts;
    this.key = key;
    this.resolver = resolver;
    this.embedding = key.embedding();
  }

  /** This render's font, made on first use; fails as LazyFont does when the file cannot be read. */
  private CustomFont font() {
    if (font == null) {
      try {
        font = fonts.fontFor(key, resolver);
      } catch (IOException | RuntimeException e) {
        throw new RuntimeException(
            "Failed to read font file " + key.file() + " " + e.getMessage(), e);
      }
      font.setEventListener(eventListener);
    }
    return font;
  }

  @Override
  public void setEventListener(FontEventListener listener) {
    super.setEventListener(listener);
    if (font != null) {
      font.setEventListener(listener);
    }
  }

  @Override
  public String toString() {
    return "CopiedFont{" + key + "}";
  }

  @Override
  public Typeface getRealFont() {
    return font();
  }

  @Override
  public String getEncodingName() {
    return font().getEncodingName();
  }

  @Override
  public char mapChar(char c) {
    return font().mapChar(c);
  }

  @Override
  public boolean hadMappingOperations() {
    return font().hadMappingOperations();
  }

  @Override
  public boolean hasChar(char c) {
    return font().hasChar(c);
  }

  @Override
  public boolean isMultiByte() {
    return font().isMultiByte();
  }

  @Override
  public URI getFontURI() {
    return font().getFontURI();
  }

  @Override
  public String getFontName() {
    return font().getFontName();
  }

  @Override
  public String getEmbedFontName() {
    return font().getEmbedFontName();
  }

  @Override
  public String getFullName() {
    return font().getFullName();
  }

  @Override
  public Set<String> getFamilyNames() {
    return font().getFamilyNames();
  }

  @Override
  public int getMaxAscent(int size) {
    return font().getMaxAscent(size);
  }

  @Override
  public int getAscender(int size) {
    return font().getAscender(size);
  }

  @Override
  public int getCapHeight(int size) {
    return font().getCapHeight(size);
  }

  @Override
  public int getDescender(int size) {
    return font().getDescender(size);
  }

  @Override
  public int getXHeight(int size) {
    return font().getXHeight(size);
  }

  @Override
  public int getUnderlinePosition(int size) {
    return font().getUnderlinePosition(size);
  }

  @Override
  public int getUnderlineThickness(int size) {
    return font().getUnderlineThickness(size);
  }

  @Override
  public int getStrikeoutPosition(int size) {
    return font().getStrikeoutPosition(size);
  }

  @Override
  public int getStrikeoutThickness(int size) {
    return font().getStrikeoutThickness(size);
  }

  @Override
  public int getWidth(int i, int size) {
    return font().getWidth(i, size);
  }

  @Override
  public int[] getWidths() {
    return font().getWidths();
  }

  @Override
  public Rectangle getBoundingBox(int glyphIndex, int size) {
    return font().getBoundingBox(glyphIndex, size);
  }

  @Override
  public boolean hasKerningInfo() {
    return font().hasKerningInfo();
  }

  @Override
  public Map<Integer, Map<Integer, Integer>> getKerningInfo() {
    return font().getKerningInfo();
  }

  @Override
  public boolean hasFeature(int tableType, String script, String language, String feature) {
    return font().hasFeature(tableType, script, language, feature);
  }

  @Override
  public int getCapHeight() {
    return font().getCapHeight();
  }

  @Override
  public int getDescender() {
    return font().getDescender();
  }

  @Override
  public int getAscender() {
    return font().getAscender();
  }

  @Override
  public int getFlags() {
    return font().getFlags();
  }

  @Override
  public boolean isSymbolicFont() {
    return font().isSymbolicFont();
  }

  @Override
  public int[] getFontBBox() {
    return font().getFontBBox();
  }

  @Override
  public int getItalicAngle() {
    return font().getItalicAngle();
  }

  @Override
  public int getStemV() {
    return font().getStemV();
  }

  @Override
  public FontType getFontType() {
    return font().getFontType();
  }

  @Override
  public boolean isEmbeddable() {
    return font().isEmbeddable();
  }

  // The rest as LazyFont does it, for a font that may be neither Substitutable nor Positionable.

  @Override
  public boolean performsSubstitution() {
    return font() instanceof Substitutable s && s.performsSubstitution();
  }

  @Override
  public CharSequence performSubstitution(
      CharSequence cs,
      String script,
      String language,
      @SuppressWarnings("rawtypes") List associations,
      boolean retainControls) {
    return font() instanceof Substitutable s
        ? s.performSubstitution(cs, script, language, associations, retainControls)
        : cs;
  }

  @Override
  public CharSequence reorderCombiningMarks(
      CharSequence cs,
      int[][] gpa,
      String script,
      String language,
      @SuppressWarnings("rawtypes") List associations) {
    return font() instanceof Substitutable s
        ? s.reorderCombiningMarks(cs, gpa, script, language, associations)
        : cs;
  }

  @Override
  public boolean performsPositioning() {
    return font() instanceof Positionable p && p.performsPositioning();
  }

  @Override
  public int[][] performPositioning(CharSequence cs, String script, String language, int fontSize) {
    return font() instanceof Positionable p
        ? p.performPositioning(cs, script, language, fontSize)
        : null;
  }

  @Override
  public int[][] performPositioning(CharSequence cs, String script, String language) {
    return font() instanceof Positionable p ? p.performPositioning(cs, script, language) : null;
  }

  @Override
  public boolean isSubsetEmbedded() {
    boolean multiByte = font().isMultiByte();
    return multiByte && embedding != EmbeddingMode.FULL;
  }
}
