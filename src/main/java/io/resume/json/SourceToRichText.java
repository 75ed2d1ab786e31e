package io.resume.json;

import io.resume.markdown.RichText;
import io.resume.markdown.RichText.Block;
import io.resume.markdown.RichText.Inline;
import io.resume.markdown.RichText.Item;
import io.resume.markdown.RichText.ListBlock;
import io.resume.markdown.RichText.Paragraph;
import io.resume.markdown.RichText.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The rich text of a canonical résumé's element (resume.xsd's markup), for writing it as Markdown:
 * the inverse of {@link RichTextToSource}. Translations (alternatives in another language than the
 * résumé's) are left out: JSON Resume holds one language.
 */
final class SourceToRichText {
  private static final QName START = new QName("start");
  private static final QName NUMBERED = new QName("numbered");
  private static final QName HREF = new QName("href");

  private final Predicate<XdmNode> translation;

  SourceToRichText(Predicate<XdmNode> translation) {
    this.translation = translation;
  }

  /** A summary's paragraphs and lists. */
  List<Block> blocks(XdmNode parent) {
    List<Block> blocks = new ArrayList<>();
    for (XdmNode child : elements(parent)) {
      switch (child.getNodeName().getLocalName()) {
        case "p" -> blocks.add(new Paragraph(inlines(child)));
        case "list" -> blocks.add(list(child));
        default -> {}
      }
    }
    return blocks;
  }

  /**
   * One text (a description, a reference) as the blocks it was made of: an empty line, two line
   * breaks in a row, parts paragraphs.
   */
  List<Block> paragraphs(XdmNode element) {
    List<Block> blocks = new ArrayList<>();
    List<Inline> paragraph = new ArrayList<>();
    List<Inline> content = RichText.normalizeLine(inlines(element));
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i) instanceof RichText.Break
          && i + 1 < content.size()
          && content.get(i + 1) instanceof RichText.Break) {
        blocks.add(new Paragraph(List.copyOf(paragraph)));
        paragraph.clear();
        while (i + 1 < content.size() && content.get(i + 1) instanceof RichText.Break) {
          i++;
        }
      } else {
        paragraph.add(content.get(i));
      }
    }
    blocks.add(new Paragraph(paragraph));
    return blocks;
  }

  /** A bullet: its text, then the paragraphs and lists under it. */
  Item item(XdmNode item) {
    List<Inline> content = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (XdmNode child : item.children()) {
      boolean block =
          child.getNodeKind() == XdmNodeKind.ELEMENT
              && List.of("p", "list").contains(child.getNodeName().getLocalName());
      if (block && !translation.test(child)) {
        blocks.add(
            child.getNodeName().getLocalName().equals("p")
                ? new Paragraph(inlines(child))
                : list(child));
      } else if (!block && blocks.isEmpty()) {
        inline(child, content);
      } else if (!block
          && child.getNodeKind() == XdmNodeKind.TEXT
          && !child.getStringValue().isBlank()) {
        // Text after a block (the schema cannot forbid it) is a paragraph, as prepare.xsl shows it.
        blocks.add(new Paragraph(List.of(new RichText.Text(child.getStringValue()))));
      }
    }
    return new Item(content, blocks);
  }

  private ListBlock list(XdmNode list) {
    boolean numbered =
        "true".equals(list.getAttributeValue(NUMBERED))
            || "1".equals(list.getAttributeValue(NUMBERED));
    String start = list.getAttributeValue(START);
    List<Item> items = new ArrayList<>();
    for (XdmNode item : elements(list)) {
      items.add(item(item));
    }
    return new ListBlock(numbered, start == null ? 1 : Integer.parseInt(start.strip()), items);
  }

  List<Inline> inlines(XdmNode element) {
    List<Inline> content = new ArrayList<>();
    for (XdmNode child : element.children()) {
      inline(child, content);
    }
    return content;
  }

  private void inline(XdmNode node, List<Inline> content) {
    if (node.getNodeKind() == XdmNodeKind.TEXT) {
      content.add(new RichText.Text(node.getStringValue()));
      return;
    }
    if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
      return;
    }
    switch (node.getNodeName().getLocalName()) {
      case "em" -> content.add(new RichText.Styled(Style.EM, inlines(node)));
      case "strong" -> content.add(new RichText.Styled(Style.STRONG, inlines(node)));
      case "sup" -> content.add(new RichText.Styled(Style.SUP, inlines(node)));
      case "sub" -> content.add(new RichText.Styled(Style.SUB, inlines(node)));
      case "code" -> content.add(new RichText.Code(node.getStringValue()));
      case "br" -> content.add(new RichText.Break());
      case "link" -> content.add(new RichText.Link(node.getAttributeValue(HREF), inlines(node)));
      default -> content.add(new RichText.Text(node.getStringValue()));
    }
  }

  private List<XdmNode> elements(XdmNode parent) {
    List<XdmNode> elements = new ArrayList<>();
    for (XdmNode child : parent.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT && !translation.test(child)) {
        elements.add(child);
      }
    }
    return elements;
  }
}
