package io.resume.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Bulleted lists as real Word numbering (an abstractNum with a "•" level), so Word and ATS parsers
 * see list items, and a user's new item gets its bullet.
 *
 * <p>Numbered lists (publications) get no Word numbering: their labels come from the prepared
 * résumé (item/@label, "[1]"), which may not be a plain count, and text extractors such as POI's do
 * not print numbering labels. So the label is written as text followed by a tab to a hanging
 * indent: it looks like a numbered list and reads the same in every format.
 */
final class DocxNumbering {
  /**
   * Where an item's text starts, in twips, and where its bullet sits: the PDF's 1.7 em and 0.6 em
   * of the body size.
   */
  static final int INDENT = 357;

  static final int BULLET_AT = 126;

  /** The hanging indent of a labelled item: room for "[10]", the PDF's 2.2 em. */
  static final int LABEL_INDENT = 462;

  /** The depths of list Word numbering has. */
  static final int LEVELS = 9;

  private static final String BULLET = "\u2022";

  private final BigInteger bulletNumId;

  private DocxNumbering(BigInteger bulletNumId) {
    this.bulletNumId = bulletNumId;
  }

  static DocxNumbering addTo(XWPFDocument doc, DocxFonts fonts, DocxLook look) {
    CTAbstractNum bullets = CTAbstractNum.Factory.newInstance();
    bullets.setAbstractNumId(BigInteger.ZERO);
    // Word's nine levels: a list inside a list item is one level in, one indent further.
    for (int depth = 0; depth < LEVELS; depth++) {
      CTLvl level = bullets.addNewLvl();
      level.setIlvl(BigInteger.valueOf(depth));
      level.addNewStart().setVal(BigInteger.ONE);
      level.addNewNumFmt().setVal(STNumberFormat.BULLET);
      level.addNewLvlText().setVal(BULLET);
      level.addNewLvlJc().setVal(STJc.LEFT);
      CTInd indent = level.addNewPPr().addNewInd();
      indent.setLeft(BigInteger.valueOf(bulletIndent(depth)));
      indent.setHanging(BigInteger.valueOf(INDENT - BULLET_AT));
      // The bullet in the body font, not Word's default Symbol-font private-use glyph; in the
      // accent colour, as in the PDF.
      CTRPr bulletLook = level.addNewRPr();
      CTFonts runFonts = bulletLook.addNewRFonts();
      runFonts.setAscii(fonts.latin.name());
      runFonts.setHAnsi(fonts.latin.name());
      bulletLook.addNewColor().setVal(look.accentColor());
    }

    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets, numbering));
    return new DocxNumbering(numbering.addNum(abstractId));
  }

  /** A bullet of a list at a depth (0: the outermost); deeper than Word's levels, the deepest. */
  void bullet(XWPFParagraph paragraph, int depth) {
    paragraph.setNumID(bulletNumId);
    paragraph.setNumILvl(BigInteger.valueOf(Math.min(depth, LEVELS - 1)));
  }

  /** Where the text of a bullet at a depth starts, in twips. */
  static int bulletIndent(int depth) {
    return INDENT * (Math.min(depth, LEVELS - 1) + 1);
  }

  /** Where the text of a labelled item at a depth starts: one bullet indent in per level. */
  static int labelIndent(int depth) {
    return INDENT * Math.min(depth, LEVELS - 1) + LABEL_INDENT;
  }

  /** A hanging indent with a tab stop, for an item whose label is written as text. */
  static void labelled(XWPFParagraph paragraph, int depth) {
    paragraph.setIndentationLeft(labelIndent(depth));
    paragraph.setIndentationHanging(LABEL_INDENT);
    CTTabStop tab = paragraph.getCTP().getPPr().addNewTabs().addNewTab();
    tab.setVal(STTabJc.LEFT);
    tab.setPos(BigInteger.valueOf(labelIndent(depth)));
  }
}
