package io.resume.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The Word styles of the résumé, made in code since a new XWPFDocument has none. Built-in
 * styles keep the ids and names Word knows ("Heading2" / "heading 2"), so Word shows them in
 * its gallery and navigation pane and ATS parsers see real headings.
 *
 * <p>The font is Times New Roman: every Word install has it, and LibreOffice on Linux draws it
 * with Liberation Serif, made to the same metrics, so lines break alike everywhere (Calibri's
 * twin, Carlito, is often missing on Linux).
 */
final class DocxStyles {
  static final String NORMAL = "Normal";
  static final String NAME = "Heading1";
  static final String HEADLINE = "Subtitle";
  static final String CONTACTS = "ContactLine";
  static final String SECTION = "Heading2";
  static final String ENTRY_TITLE = "Heading3";
  static final String ENTRY_SUBTITLE = "EntrySubtitle";
  static final String BODY = "BodyText";
  static final String LIST = "ListParagraph";
  static final String HYPERLINK = "Hyperlink";

  static final String FONT = "Times New Roman";
  /** Body size in half-points (Word's unit for w:sz). */
  static final int BODY_SIZE = 21;

  private DocxStyles() {}

  /**
   * @param lang the résumé's language, for spelling and hyphenation
   * @param textWidth where the right tab stop of an entry row sits, in twips
   */
  static void addTo(XWPFDocument doc, String lang, int textWidth) {
    CTStyles styles = CTStyles.Factory.newInstance();
    defaults(styles, lang);

    CTStyle normal = paragraphStyle(styles, NORMAL, "Normal", null);
    normal.addNewQFormat();

    CTStyle name = heading(styles, NAME, "heading 1", 0);
    center(name);
    spacing(name, 0, 40);
    size(name, 36);

    CTStyle headline = paragraphStyle(styles, HEADLINE, "Subtitle", NORMAL);
    headline.addNewQFormat();
    center(headline);
    spacing(headline, 0, 40);
    size(headline, 24);

    CTStyle contacts = paragraphStyle(styles, CONTACTS, "Contact Line", NORMAL);
    center(contacts);
    spacing(contacts, 0, 120);

    CTStyle section = heading(styles, SECTION, "heading 2", 1);
    spacing(section, 200, 80);
    size(section, 24);
    section.getRPr().addNewCaps();
    section.getRPr().addNewSpacing().setVal(BigInteger.valueOf(10));
    CTBorder rule = section.getPPr().addNewPBdr().addNewBottom();
    rule.setVal(STBorder.SINGLE);
    rule.setSz(BigInteger.valueOf(6));
    rule.setSpace(BigInteger.ONE);
    rule.setColor("auto");

    CTStyle title = heading(styles, ENTRY_TITLE, "heading 3", 2);
    spacing(title, 100, 0);
    size(title, BODY_SIZE);
    rightTab(title, textWidth);

    CTStyle subtitle = paragraphStyle(styles, ENTRY_SUBTITLE, "Entry Subtitle", NORMAL);
    subtitle.getPPr().addNewKeepNext();
    subtitle.addNewRPr().addNewI();
    rightTab(subtitle, textWidth);

    CTStyle body = paragraphStyle(styles, BODY, "Body Text", NORMAL);
    spacing(body, 0, 60);

    CTStyle list = paragraphStyle(styles, LIST, "List Paragraph", NORMAL);
    list.getPPr().addNewContextualSpacing();
    spacing(list, 0, 20);
    list.getPPr().addNewInd().setLeft(BigInteger.valueOf(DocxNumbering.INDENT));

    CTStyle link = styles.addNewStyle();
    link.setType(STStyleType.CHARACTER);
    link.setStyleId(HYPERLINK);
    link.addNewName().setVal("Hyperlink");
    link.addNewUiPriority().setVal(BigInteger.valueOf(99));
    link.addNewUnhideWhenUsed();
    CTRPr linkRun = link.addNewRPr();
    linkRun.addNewColor().setVal("0563C1");
    linkRun.addNewU().setVal(STUnderline.SINGLE);

    doc.createStyles().setStyles(styles);
  }

  private static void defaults(CTStyles styles, String lang) {
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
    run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
    if (lang != null && !lang.isBlank()) {
      run.addNewLang().setVal(lang);
    }
    CTSpacing lines = styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing();
    lines.setAfter(BigInteger.ZERO);
    lines.setLine(BigInteger.valueOf(240));
    lines.setLineRule(STLineSpacingRule.AUTO);
  }

  private static CTStyle paragraphStyle(CTStyles styles, String id, String name, String basedOn) {
    CTStyle style = styles.addNewStyle();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal(NORMAL);
    } else {
      style.setDefault(true);
    }
    style.addNewPPr();
    return style;
  }

  /** A built-in heading: bold, kept with what follows, at an outline level Word navigates by. */
  private static CTStyle heading(CTStyles styles, String id, String name, int outlineLevel) {
    CTStyle style = paragraphStyle(styles, id, name, NORMAL);
    style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.getPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewKeepLines();
    paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    style.addNewRPr().addNewB();
    style.getRPr().addNewBCs();
    return style;
  }

  private static void center(CTStyle style) {
    style.getPPr().addNewJc().setVal(STJc.CENTER);
  }

  private static void spacing(CTStyle style, int before, int after) {
    CTSpacing spacing = style.getPPr().addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
  }

  private static void size(CTStyle style, int halfPoints) {
    CTRPr run = style.isSetRPr() ? style.getRPr() : style.addNewRPr();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
  }

  private static void rightTab(CTStyle style, int position) {
    CTTabStop tab = style.getPPr().addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(position));
  }
}
