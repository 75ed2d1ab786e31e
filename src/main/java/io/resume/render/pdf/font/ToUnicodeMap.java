package io.resume.render.pdf.font;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fop.fonts.CIDSet;

/**
 * The ToUnicode map of a font in the PDF: for each glyph drawn (by its number in the embedded
 * subset), the text it stands for. Text extraction (pdftotext, PDFBox, copy and paste, search, an
 * applicant-tracking system) reads the document's text through it. FOP writes one character per
 * glyph, which loses two things this map keeps:
 *
 * <ul>
 *   <li>A presentation form stands for its ordinary letters: the joined forms of Arabic that the FO
 *       filters' ArabicShaper draws (U+FEA3 is the letter U+062D, the lam-alef ligature U+FEF7 is
 *       two letters) and the ligatures FOP draws from the fonts' tables ("ﬃ" is "ffi"). Their
 *       compatibility decomposition (NFKC) is the text. So a search for "حداد" or "office" finds
 *       it.
 *   <li>A character beyond 16 bits (an emoji) is one entry; FOP's own map counts its two UTF-16
 *       halves as two glyphs, and every glyph after it in that font reads as its neighbour's text.
 * </ul>
 */
public final class ToUnicodeMap {
  /** A CMap section holds at most 100 entries. */
  private static final int SECTION = 100;

  /** What the CID set answers for a glyph that stands for no character (.notdef). */
  private static final int NO_CHARACTER = 0xFFFF;

  private ToUnicodeMap() {}

  /** The CMap of the glyphs used so far, as a stream for {@code MultiByteFont.getCmapStream()}. */
  static InputStream of(CIDSet glyphs) {
    List<String> entries = new ArrayList<>();
    for (int glyph = 0; glyph < glyphs.getNumberOfGlyphs(); glyph++) {
      int codePoint = glyphs.getUnicode(glyph);
      if (codePoint != NO_CHARACTER && codePoint > 0) {
        entries.add(String.format(Locale.ROOT, "<%04X> <%s>", glyph, hex(textOf(codePoint))));
      }
    }
    return new ByteArrayInputStream(cmap(entries).getBytes(StandardCharsets.US_ASCII));
  }

  /** The text a glyph drawn for this character stands for. */
  static String textOf(int codePoint) {
    String text = new String(Character.toChars(codePoint));
    return isPresentationForm(codePoint) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
  }

  /**
   * The Alphabetic Presentation Forms (Latin ligatures, Hebrew and Armenian forms) and both blocks
   * of Arabic Presentation Forms; not the byte order mark U+FEFF at the end of the last.
   */
  public static boolean isPresentationForm(int codePoint) {
    return codePoint >= 0xFB00 && codePoint <= 0xFDFF || codePoint >= 0xFE70 && codePoint <= 0xFEFE;
  }

  /** UTF-16BE in hexadecimal, as a CMap writes a destination string. */
  private static String hex(String text) {
    StringBuilder hex = new StringBuilder(text.length() * 4);
    for (int i = 0; i < text.length(); i++) {
      hex.append(String.format(Locale.ROOT, "%04X", (int) text.charAt(i)));
    }
    return hex.toString();
  }

  private static String cmap(List<String> entries) {
    StringBuilder cmap =
        new StringBuilder(256 + entries.size() * 24)
            .append("/CIDInit /ProcSet findresource begin\n")
            .append("12 dict begin\n")
            .append("begincmap\n")
            .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .append("/CMapName /Adobe-Identity-UCS def\n")
            .append("/CMapType 2 def\n")
            .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int start = 0; start < entries.size(); start += SECTION) {
      List<String> section = entries.subList(start, Math.min(entries.size(), start + SECTION));
      cmap.append(section.size()).append(" beginbfchar\n");
      section.forEach(entry -> cmap.append(entry).append('\n'));
      cmap.append("endbfchar\n");
    }
    return cmap.append("endcmap\n")
        .append("CMapName currentdict /CMap defineresource pop\n")
        .append("end\n")
        .append("end\n")
        .toString();
  }
}
