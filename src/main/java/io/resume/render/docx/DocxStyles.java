package io.resume.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
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

/**
 * The Word styles of the résumé, made in code since a new XWPFDocument has none. Built-in styles
 * keep the ids and names Word knows ("Heading2" / "heading 2"), so Word shows them in its gallery
 * and navigation pane and ATS parsers see real headings: the name (Heading 1) and the sections
 * (Heading 2), nothing else.
 *
 * <p>Fonts are chosen in {@link DocxFonts}: serif body, sans name and section headings, as in the
 * PDF.
 */
final class DocxStyles {
  static final String NORMAL = "Normal";
  static final String NAME = "Heading1";
  static final String HEADLINE = "Subtitle";
  static final String CONTACTS = "ContactLine";
  static final String SECTION = "Heading2";

  /**
   * An entry's title row (a job, a degree, an award, a skill): bold, but no heading. Headings are
   * the résumé's outline (the name, the sections): Word's navigation pane lists them, and
   * applicant-tracking systems split a document into sections at them, so a heading per award or
   * per language made each one a section of its own.
   */
  static final String ENTRY_TITLE = "EntryTitle";

  static final String ENTRY_SUBTITLE = "EntrySubtitle";
  static final String BODY = "BodyText";
  static final String LIST = "ListParagraph";
  static final String HYPERLINK = "Hyperlink";

  /** Word's built-in footer style, for the page number. */
  static final String FOOTER = "Footer";

  /**
   * Line height in 240ths of a line: Word's "single" for Times New Roman is about 1.15 em; the PDF
   * sets 1.25 em.
   */
  static final int LINE = 260;

  /** Space before an entry, and before an entry of one line, in twips (0.55 and 0.3 em). */
  static final int ENTRY_SPACE = 115;

  static final int SINGLE_ROW_SPACE = 63;

  private DocxStyles() {}

  /**
   * Sizes and spaces follow the PDF's (xsl/fo/style.xsl, multiples of the base size), so both read
   * as the same résumé.
   *
   * @param language the résumé's language, for spelling, hyphenation and layout
   * @param textWidth where the right tab stop of an entry row sits, in twips
   */
  static void addTo(
      XWPFDocument doc, DocxLanguage language, DocxFonts fonts, DocxLook look, int textWidth) {
    CTStyles styles = CTStyles.Factory.newInstance();
    defaults(styles, language, fonts, look);

    CTStyle normal = paragraphStyle(styles, NORMAL, "Normal", null);
    normal.addNewQFormat();

    CTStyle name = heading(styles, NAME, "heading 1", 0);
    fonts.heading(name.getRPr().addNewRFonts());
    center(name);
    spacing(name, 0, 0);
    size(name, look.scaled(50));
    name.getRPr().addNewColor().setVal(look.accentColor());

    CTStyle headline = paragraphStyle(styles, HEADLINE, "Subtitle", NORMAL);
    headline.addNewQFormat();
    center(headline);
    spacing(headline, 63, 0);
    size(headline, look.scaled(24));
    headline.getRPr().addNewI();
    headline.getRPr().addNewICs();
    headline.getRPr().addNewColor().setVal(look.mutedColor());

    CTStyle contacts = paragraphStyle(styles, CONTACTS, "Contact Line", NORMAL);
    center(contacts);
    spacing(contacts, 126, 42);
    size(contacts, look.scaled(20));

    CTStyle section = heading(styles, SECTION, "heading 2", 1);
    fonts.heading(section.getRPr().addNewRFonts());
    spacing(section, 210, 84);
    size(section, look.scaled(25));
    if (look.headingCaps()) {
      section.getRPr().addNewCaps(); // the theme's capitals: a look, the words stay as written
    }
    section.getRPr().addNewColor().setVal(look.accentColor());
    section.getRPr().addNewSpacing().setVal(BigInteger.valueOf(6)); // 0.3 pt, the PDF's 0.03 em
    CTBorder rule = section.getPPr().addNewPBdr().addNewBottom();
    rule.setVal(STBorder.SINGLE);
    rule.setSz(BigInteger.valueOf(5)); // eighths of a point: 0.6 pt
    rule.setSpace(BigInteger.valueOf(2));
    rule.setColor(look.ruleColor());

    CTStyle title = paragraphStyle(styles, ENTRY_TITLE, "Entry Title", NORMAL);
    title.getPPr().addNewKeepNext();
    title.getPPr().addNewKeepLines();
    title.addNewRPr().addNewB();
    title.getRPr().addNewBCs();
    spacing(title, ENTRY_SPACE, 0);
    size(title, look.scaled(22));
    rightTab(title, textWidth);

    CTStyle subtitle = paragraphStyle(styles, ENTRY_SUBTITLE, "Entry Subtitle", NORMAL);
    subtitle.getPPr().addNewKeepNext();
    subtitle.addNewRPr().addNewI();
    subtitle.getRPr().addNewICs();
    rightTab(subtitle, textWidth);

    CTStyle body = paragraphStyle(styles, BODY, "Body Text", NORMAL);
    spacing(body, 63, 0);

    CTStyle list = paragraphStyle(styles, LIST, "List Paragraph", NORMAL);
    spacing(list, 32, 0);
    list.getPPr().addNewInd().setLeft(BigInteger.valueOf(DocxNumbering.INDENT));

    CTStyle footer = paragraphStyle(styles, FOOTER, "footer", NORMAL);
    footer.addNewUiPriority().setVal(BigInteger.valueOf(99));
    footer.addNewUnhideWhenUsed();
    center(footer);
    size(footer, look.scaled(18));
    footer.getRPr().addNewColor().setVal(look.mutedColor());

    CTStyle link = styles.addNewStyle();
    link.setType(STStyleType.CHARACTER);
    link.setStyleId(HYPERLINK);
    link.addNewName().setVal("Hyperlink");
    link.addNewUiPriority().setVal(BigInteger.valueOf(99));
    link.addNewUnhideWhenUsed();
    CTRPr linkRun = link.addNewRPr();
    // The PDF's links: accent colour, not underlined.
    linkRun.addNewColor().setVal(look.accentColor());

    doc.createStyles().setStyles(styles);
  }

  private static void defaults(
      CTStyles styles, DocxLanguage language, DocxFonts fonts, DocxLook look) {
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts.body(run.addNewRFonts());
    run.addNewColor().setVal(look.textColor());
    run.addNewSz().setVal(BigInteger.valueOf(look.bodySize()));
    run.addNewSzCs().setVal(BigInteger.valueOf(look.bodySize()));
    // val for Latin text, eastAsia and bidi for the scripts Word proofs separately: the résumé's
    // language in the slot of its script, English for Latin text in a résumé of another script.
    // Each run says its own too (RunLanguages).
    new RunLanguages(language).defaults(run.addNewLang());
    CTSpacing lines = styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing();
    lines.setAfter(BigInteger.ZERO);
    lines.setLine(BigInteger.valueOf(LINE));
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
