package io.resume.render.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page number in the footer, "2 / 3", only when there is more than one page: the first page's
 * footer is empty (Word's "different first page"), the others say their number and the count. How
 * many pages there are is known only to the word processor that lays the document out, so the
 * footer holds the fields PAGE and NUMPAGES. Word could hide a lone page's number with {@code IF
 * NUMPAGES > 1 ...}, but LibreOffice draws such a field's inner fields as bare digits ("212"), so
 * the first page goes without: the PDF says "1 / 2" there. Page furniture in a footer is outside
 * the body's text, which is what applicant-tracking systems read.
 */
final class PageNumbers {
  private PageNumbers() {}

  /** Call after the section properties are set (DocxPage): the footers are referenced from them. */
  static void addTo(XWPFDocument doc, boolean rightToLeft) {
    XWPFParagraph first = doc.createFooter(HeaderFooterType.FIRST).createParagraph();
    XWPFParagraph paragraph = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    for (XWPFParagraph footer : new XWPFParagraph[] {first, paragraph}) {
      footer.setStyle(DocxStyles.FOOTER);
      if (rightToLeft) {
        footer.getCTP().getPPr().addNewBidi();
      }
    }
    field(paragraph, "PAGE");
    paragraph.createRun().setText(" / ");
    field(paragraph, "NUMPAGES");
  }

  /** A field without a result: the word processor works it out as it lays the page out. */
  private static void field(XWPFParagraph paragraph, String code) {
    begin(paragraph);
    instruction(paragraph, " " + code + " ");
    fieldChar(paragraph, STFldCharType.END);
  }

  private static void begin(XWPFParagraph paragraph) {
    fieldChar(paragraph, STFldCharType.BEGIN);
  }

  private static CTR fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
    CTR run = paragraph.createRun().getCTR();
    run.addNewFldChar().setFldCharType(type);
    return run;
  }

  private static void instruction(XWPFParagraph paragraph, String text) {
    XWPFRun run = paragraph.createRun();
    var instruction = run.getCTR().addNewInstrText();
    instruction.setStringValue(text);
    instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
  }
}
