package io.resume.render.docx;

import io.resume.model.view.Block;
import io.resume.model.view.Entry;
import io.resume.model.view.Item;
import io.resume.model.view.ListStyle;
import io.resume.model.view.Row;
import io.resume.model.view.RowRole;
import io.resume.model.view.Section;
import jakarta.xml.bind.JAXBElement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A section: its heading (Heading 2) and its paragraphs, lists and entries, in order. An entry is
 * kept on one page: each of its paragraphs but the last is kept with the next.
 */
final class SectionWriter {
  /** The elements of a list item that are blocks under its text, not part of it. */
  private static final Set<String> BLOCKS = Set.of("para", "list");

  private final Body body;

  SectionWriter(Body body) {
    this.body = body;
  }

  void write(Section section) {
    body.paragraph(
        DocxStyles.SECTION,
        Spans.of(section.getHeading().getValue(), Span.PLAIN),
        section.getHeading().getDir());
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
    if (part instanceof Block para) {
      return List.of(
          body.paragraph(
              DocxStyles.BODY, Spans.of(para, Span.PLAIN, body.warnings), para.getDir()));
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

  /**
   * Title rows bold (Entry Title, no heading) with a plain aside; subtitle rows italic throughout.
   */
  private XWPFParagraph row(Row row) {
    boolean title = row.getRole() == RowRole.TITLE;
    String style = title ? DocxStyles.ENTRY_TITLE : DocxStyles.ENTRY_SUBTITLE;
    Span asideLook = title ? Span.PLAIN.withBold(false) : Span.PLAIN;
    return body.row(
        style,
        Spans.of(row.getText(), Span.PLAIN, body.warnings),
        Spans.of(row.getAside(), asideLook, body.warnings),
        row.getDir());
  }

  private List<XWPFParagraph> list(io.resume.model.view.List list) {
    return list(list, 0);
  }

  /**
   * A list at a depth (0 for a list of the section or entry, 1 for a list inside an item…): each
   * item's text, then its paragraphs and lists, indented to where its text starts.
   */
  private List<XWPFParagraph> list(io.resume.model.view.List list, int level) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    boolean numbered = list.getStyle() == ListStyle.NUMBERED;
    for (Item item : list.getItem()) {
      List<Serializable> text = new ArrayList<>();
      List<JAXBElement<?>> blocks = new ArrayList<>();
      for (Serializable node : item.getContent()) {
        if (node instanceof JAXBElement<?> element
            && BLOCKS.contains(element.getName().getLocalPart())) {
          blocks.add(element);
        } else if (blocks.isEmpty()) {
          text.add(node);
        }
      }
      List<Span> spans = Spans.of(text, Span.PLAIN, body.warnings);
      int textIndent;
      if (numbered && item.getLabel() != null && !item.getLabel().isBlank()) {
        paragraphs.add(body.labelled(item.getLabel().strip(), spans, level, item.getDir()));
        textIndent = DocxNumbering.labelIndent(level);
      } else {
        if (numbered) {
          body.warnings.warn("DOCX: a numbered item has no label; drawn with a bullet");
        }
        XWPFParagraph paragraph = body.paragraph(DocxStyles.LIST, spans, item.getDir());
        body.numbering.bullet(paragraph, level);
        paragraphs.add(paragraph);
        textIndent = DocxNumbering.bulletIndent(level);
      }
      for (JAXBElement<?> block : blocks) {
        if (block.getValue() instanceof io.resume.model.view.List inner) {
          paragraphs.addAll(list(inner, level + 1));
        } else {
          Block para = (Block) block.getValue();
          XWPFParagraph paragraph =
              body.paragraph(
                  DocxStyles.LIST, Spans.of(para, Span.PLAIN, body.warnings), para.getDir());
          paragraph.setIndentationLeft(textIndent);
          paragraphs.add(paragraph);
        }
      }
    }
    return paragraphs;
  }
}
