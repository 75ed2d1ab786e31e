package io.resume.render.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Writes spans as Word runs; the spans of one link go into one w:hyperlink whose target is an
 * external relationship, drawn with the Hyperlink character style. One per render: it remembers the
 * relationship of each target so a repeated link shares it.
 */
final class InlineRuns {
  private final XWPFDocument doc;
  private final RunLanguages languages;
  private final Map<String, String> relationships = new HashMap<>();

  InlineRuns(XWPFDocument doc, RunLanguages languages) {
    this.doc = doc;
    this.languages = languages;
  }

  void write(XWPFParagraph paragraph, List<Span> spans) {
    CTHyperlink link = null;
    String linkTarget = null;
    boolean rightToLeft = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetBidi();
    for (Directions.Piece piece : byLanguage(Directions.split(spans, rightToLeft))) {
      Span span = piece.span();
      String relationship =
          span.href() == null
              ? null
              : relationships.computeIfAbsent(span.href(), this::relationship);
      if (relationship == null) {
        link = null;
        linkTarget = null;
        look(paragraph.createRun(), piece, languages);
        continue;
      }
      if (link == null || !span.href().equals(linkTarget)) {
        link = paragraph.getCTP().addNewHyperlink();
        link.setId(relationship);
        linkTarget = span.href();
      }
      XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.addNewR(), paragraph);
      run.setStyle(DocxStyles.HYPERLINK);
      look(run, piece, languages);
    }
  }

  /** The pieces cut where their letters change language (see {@link RunLanguages#split}). */
  private static List<Directions.Piece> byLanguage(List<Directions.Piece> pieces) {
    List<Directions.Piece> parts = new ArrayList<>(pieces.size());
    for (Directions.Piece piece : pieces) {
      for (String text : RunLanguages.split(piece.span().text())) {
        parts.add(new Directions.Piece(piece.span().withText(text), piece.rightToLeft()));
      }
    }
    return parts;
  }

  /** A tab, to the next tab stop of the paragraph. */
  void tab(XWPFParagraph paragraph) {
    paragraph.createRun().addTab();
  }

  /**
   * The run's look and language. Word takes bold and italic of right-to-left (complex script) text
   * from w:bCs and w:iCs, so both are set alike.
   */
  private static void look(XWPFRun run, Directions.Piece piece, RunLanguages languages) {
    Span span = piece.span();
    if (span.bold() != null) {
      run.setBold(span.bold());
      run.getCTR().getRPr().addNewBCs().setVal(span.bold() ? STOnOff1.ON : STOnOff1.OFF);
    }
    if (span.italic()) {
      run.setItalic(true);
      run.getCTR().getRPr().addNewICs();
    }
    if (span.code()) {
      // The code font for Latin and complex-script text; East Asian text keeps the body's.
      CTR r = run.getCTR();
      CTRPr properties = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
      CTFonts fonts =
          properties.sizeOfRFontsArray() > 0
              ? properties.getRFontsArray(0)
              : properties.addNewRFonts();
      fonts.setAscii(DocxFonts.COURIER.name());
      fonts.setHAnsi(DocxFonts.COURIER.name());
      fonts.setCs(DocxFonts.COURIER.name());
    }
    switch (span.shift()) {
      case SUPER -> run.setSubscript(VerticalAlign.SUPERSCRIPT);
      case SUB -> run.setSubscript(VerticalAlign.SUBSCRIPT);
      case NONE -> {}
    }
    if (piece.rightToLeft()) {
      CTR r = run.getCTR();
      (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewRtl();
    }
    Map<RunLanguages.Slot, String> language =
        span.lineBreak() ? Map.of() : languages.of(span.text());
    if (!language.isEmpty()) {
      CTR r = run.getCTR();
      RunLanguages.set((r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewLang(), language);
    }
    if (span.lineBreak()) {
      run.addBreak();
    } else {
      run.setText(span.text());
    }
  }

  /** The id of a new relationship to the target (the prepare step chose it: see links.xsl). */
  private String relationship(String href) {
    return doc.getPackagePart()
        .addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation())
        .getId();
  }
}
