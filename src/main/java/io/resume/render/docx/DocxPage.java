package io.resume.render.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/** The page (size, margins) and the Word version the layout follows. */
final class DocxPage {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Half an inch: where Word would put a header or footer, though the résumé has none. */
  private static final int HEADER_DISTANCE = 720;

  private DocxPage() {}

  /**
   * Call after the body is written: the section properties close the body. A right-to-left résumé
   * gets a right-to-left section, as Word makes for such a document.
   */
  static void set(XWPFDocument doc, PaperSize paper, boolean rightToLeft) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(paper.width));
    size.setH(BigInteger.valueOf(paper.height));
    CTPageMar margins = section.addNewPgMar();
    BigInteger side = BigInteger.valueOf(PaperSize.SIDE_MARGIN);
    BigInteger end = BigInteger.valueOf(PaperSize.END_MARGIN);
    margins.setTop(end);
    margins.setBottom(end);
    margins.setLeft(side);
    margins.setRight(side);
    margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setGutter(BigInteger.ZERO);
    if (rightToLeft) {
      section.addNewBidi();
    }
    modernLayout(doc.getSettings().getCTSettings());
  }

  /**
   * Without a compatibility mode Word opens the file as a Word 2007 document, titled
   * "[Compatibility Mode]". Mode 15 is the current layout (Word 2013 to 365). POI's slim schema jar
   * has no class for w:compat, so the element is written with a cursor.
   */
  private static void modernLayout(CTSettings settings) {
    try (XmlCursor cursor = settings.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(W, "compat", "w"));
      cursor.beginElement(new QName(W, "compatSetting", "w"));
      cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
      cursor.insertAttributeWithValue(
          new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
      cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
    }
  }
}
