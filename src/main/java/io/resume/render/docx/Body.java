package io.resume.render.docx;

import io.resume.model.Warnings;
import io.resume.model.view.Direction;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The document being written in one render: makes styled paragraphs and fills them. */
final class Body {
  final XWPFDocument doc;
  final DocxNumbering numbering;
  final Warnings warnings;
  private final DocxLanguage language;
  private final InlineRuns runs;

  Body(XWPFDocument doc, DocxNumbering numbering, DocxLanguage language, Warnings warnings) {
    this.doc = doc;
    this.numbering = numbering;
    this.language = language;
    this.warnings = warnings;
    this.runs = new InlineRuns(doc, new RunLanguages(language));
  }

  /** A paragraph in the résumé's direction. */
  XWPFParagraph paragraph(String style, List<Span> spans) {
    return paragraph(style, spans, null);
  }

  /**
   * A paragraph that runs right to left (w:bidi) throughout a résumé in a right-to-left language,
   * and elsewhere where the prepared résumé says its block does ({@code dir="rtl"}).
   *
   * @param direction the block's own direction, or null for the résumé's
   */
  XWPFParagraph paragraph(String style, List<Span> spans, Direction direction) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle(style);
    if (language.rightToLeft() || direction == Direction.RTL) {
      paragraph.getCTP().getPPr().addNewBidi();
    }
    runs.write(paragraph, spans);
    return paragraph;
  }

  /** Text, then a tab to the paragraph style's right tab stop, then the aside. */
  XWPFParagraph row(String style, List<Span> text, List<Span> aside, Direction direction) {
    XWPFParagraph paragraph = paragraph(style, text, direction);
    if (!aside.isEmpty()) {
      runs.tab(paragraph);
      runs.write(paragraph, aside);
    }
    return paragraph;
  }

  /**
   * A list item whose visible label is text: label, tab, then the item; level 0 is the outermost
   * list.
   */
  XWPFParagraph labelled(String label, List<Span> spans, int level, Direction direction) {
    XWPFParagraph paragraph = paragraph(DocxStyles.LIST, Spans.of(label, Span.PLAIN), direction);
    DocxNumbering.labelled(paragraph, level);
    runs.tab(paragraph);
    runs.write(paragraph, spans);
    return paragraph;
  }
}
