package io.resume.render.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF draws, glyph by glyph, as outlines: the PDF's text layer says which characters a glyph
 * stands for (our ToUnicode maps say letters, not the joined forms drawn), so what is drawn is read
 * from the embedded fonts' outlines and compared with the outlines of the bundled fonts.
 */
public final class DrawnGlyphs {
  public static final String DEJAVU_SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  public static final String DEJAVU_SANS_BOLD =
      "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

  private DrawnGlyphs() {}

  /** The outline of every glyph drawn, in any font. */
  public static Set<String> outlines(byte[] pdf) throws IOException {
    Set<String> outlines = new LinkedHashSet<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
              if (position.getFont() instanceof PDType0Font font
                  && font.getDescendantFont() instanceof PDCIDFontType2 cid) {
                for (int code : position.getCharacterCodes()) {
                  outlines.add(outline(cid.getTrueTypeFont(), cid.codeToGID(code)));
                }
              }
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.writeText(document, new StringWriter());
    }
    return outlines;
  }

  /** A bundled font, parsed. */
  public static TrueTypeFont font(String resource) throws IOException {
    try (InputStream in = DrawnGlyphs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no font " + resource + " on the class path");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  /** The outline of the glyph the font's own character map gives the code point. */
  public static String outlineOf(TrueTypeFont font, int codePoint) throws IOException {
    int glyph = font.getUnicodeCmapLookup().getGlyphId(codePoint);
    if (glyph == 0) {
      throw new IOException(
          font.getName() + " has no glyph for U+" + Integer.toHexString(codePoint));
    }
    return outline(font, glyph);
  }

  /** The glyph's outline as text: its path's segments, rounded to font units. */
  public static String outline(TrueTypeFont font, int glyph) throws IOException {
    GlyphData data = font.getGlyph().getGlyph(glyph);
    if (data == null) {
      return "";
    }
    GeneralPath path = data.getPath();
    StringBuilder text = new StringBuilder();
    double[] point = new double[6];
    for (PathIterator segments = path.getPathIterator(null); !segments.isDone(); segments.next()) {
      int type = segments.currentSegment(point);
      text.append(type);
      int coordinates =
          switch (type) {
            case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
            case PathIterator.SEG_QUADTO -> 4;
            case PathIterator.SEG_CUBICTO -> 6;
            default -> 0;
          };
      for (int i = 0; i < coordinates; i++) {
        text.append(' ').append(Math.round(point[i]));
      }
      text.append(';');
    }
    return text.toString();
  }
}
