package io.resume.render.docx;

import io.resume.model.view.Entry;
import io.resume.model.view.Inline;
import io.resume.model.view.Item;
import io.resume.model.view.ListStyle;
import io.resume.model.view.Row;
import io.resume.model.view.RowRole;
import io.resume.model.view.Section;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A section: its heading (Heading 2) and its paragraphs, lists and entries, in order. An entry
 * is kept on one page: each of its paragraphs but the last is kept with the next.
 */
final class SectionWriter {
  private final Body body;

  SectionWriter(Body body) {
    this.body = body;
  }

  void write(Section section) {
    body.paragraph(DocxStyles.SECTION, Spans.of(section.getHeading(), Span.PLAIN));
    for (Object part : section.getParaOrListOrEntry()) {
      if (part instanceof Entry entry) {
        entry(entry);
      } else {
        block(part);
      }
    }
  }

  private List<XWPFParagraph> block(Object part) {
    if (part instanceof io.resume.model.view.List list) {
      return list(list);
    }
    if (part instanceof Inline para) {
      return List.of(body.paragraph(DocxStyles.BODY, Spans.of(para, Span.PLAIN, body.warnings)));
    }
    body.warnings.warn("DOCX: " + part.getClass().getSimpleName() + " is not drawn");
    return List.of();
  }

  private void entry(Entry entry) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    for (Row row : entry.getRow()) {
      paragraphs.add(row(row));
    }
    for (Object part : entry.getParaOrList()) {
      paragraphs.addAll(block(part));
    }
    if (paragraphs.size() == 1) {
      // A one-line entry (an award, a language) sits closer to its neighbours, as in the PDF:
      // they read as a list.
      paragraphs.get(0).setSpacingBefore(DocxStyles.SINGLE_ROW_SPACE);
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      XWPFParagraph paragraph = paragraphs.get(i);
      paragraph.getCTP().getPPr().addNewKeepLines();
      if (i < paragraphs.size() - 1) {
        paragraph.setKeepNext(true);
      }
    }
  }

  /** Title rows bold (Entry Title, no heading) with a plain aside; subtitle rows italic throughout. */
  private XWPFParagraph row(Row row) {
    boolean title = row.getRole() == RowRole.TITLE;
    String style = title ? DocxStyles.ENTRY_TITLE : DocxStyles.ENTRY_SUBTITLE;
    Span asideLook = title ? Span.PLAIN.withBold(false) : Span.PLAIN;
    return body.row(style,
        Spans.of(row.getText(), Span.PLAIN, body.warnings),
        Spans.of(row.getAside(), asideLook, body.warnings));
  }

  private List<XWPFParagraph> list(io.resume.model.view.List list) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    boolean numbered = list.getStyle() == ListStyle.NUMBERED;
    for (Item item : list.getItem()) {
      List<Span> spans = Spans.of(item, Span.PLAIN, body.warnings);
      if (numbered && item.getLabel() != null && !item.getLabel().isBlank()) {
        paragraphs.add(body.labelled(item.getLabel().strip(), spans));
      } else {
        if (numbered) {
          body.warnings.warn("DOCX: a numbered item has no label; drawn with a bullet");
        }
        XWPFParagraph paragraph = body.paragraph(DocxStyles.LIST, spans);
        body.numbering.bullet(paragraph);
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }
}
