package io.resume.markdown;

import io.resume.markdown.RichText.Block;
import io.resume.markdown.RichText.Break;
import io.resume.markdown.RichText.Inline;
import io.resume.markdown.RichText.Item;
import io.resume.markdown.RichText.ListBlock;
import io.resume.markdown.RichText.Paragraph;
import io.resume.markdown.RichText.Style;
import io.resume.markdown.RichText.Styled;
import io.resume.markdown.RichText.Text;
import io.resume.model.Links;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark (commonmark-java) as rich text, the way a JSON Resume theme shows it, with two
 * differences a résumé needs: a single line break is a line break (authors write "a\nb" and "- a\n-
 * b" and mean lines), and HTML is text, shown as written, never interpreted. A heading becomes a
 * bold paragraph, a block quote its paragraphs, a code block lines of code; a rule shows nothing.
 * Links may only go where a résumé's may ({@link Links}): any other keeps its text, unlinked, and a
 * note says so; an image shows its description. Thread-safe.
 */
public final class MarkdownReader {
  private static final Parser PARSER = Parser.builder().build();

  /** The text, in normal form, and what could not be kept as written (one sentence each). */
  public record Result(List<Block> blocks, List<String> notes) {}

  private final List<String> notes = new ArrayList<>();

  private MarkdownReader() {}

  public static Result read(String markdown) {
    MarkdownReader reader = new MarkdownReader();
    List<Block> blocks = reader.blocks(PARSER.parse(markdown));
    return new Result(RichText.normalize(blocks), List.copyOf(reader.notes));
  }

  private List<Block> blocks(Node parent) {
    List<Block> blocks = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Paragraph) {
        blocks.add(new Paragraph(inlines(node)));
      } else if (node instanceof Heading) {
        blocks.add(new Paragraph(List.of(new Styled(Style.STRONG, inlines(node)))));
      } else if (node instanceof BulletList) {
        blocks.add(new ListBlock(false, 1, items(node)));
      } else if (node instanceof OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        blocks.add(new ListBlock(true, start == null ? 1 : start, items(node)));
      } else if (node instanceof BlockQuote) {
        blocks.addAll(blocks(node));
      } else if (node instanceof FencedCodeBlock code) {
        blocks.add(lines(code.getLiteral(), true));
      } else if (node instanceof IndentedCodeBlock code) {
        blocks.add(lines(code.getLiteral(), true));
      } else if (node instanceof HtmlBlock html) {
        blocks.add(lines(html.getLiteral(), false));
      }
      // A thematic break and a link reference definition show nothing.
    }
    return blocks;
  }

  private List<Item> items(Node list) {
    List<Item> items = new ArrayList<>();
    for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof ListItem) {
        List<Block> blocks = blocks(node);
        // The item's first paragraph is its text; the rest is under it.
        if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
          items.add(new Item(first.content(), blocks.subList(1, blocks.size())));
        } else {
          items.add(new Item(List.of(), blocks));
        }
      }
    }
    return items;
  }

  /** Literal lines (code, or HTML shown as text) as one paragraph. */
  private static Paragraph lines(String literal, boolean code) {
    List<Inline> content = new ArrayList<>();
    String[] lines = literal.replaceFirst("\\R$", "").split("\\R", -1);
    for (String line : lines) {
      if (!content.isEmpty()) {
        content.add(new Break());
      }
      content.add(code ? new RichText.Code(line) : new Text(line));
    }
    return new Paragraph(content);
  }

  private List<Inline> inlines(Node parent) {
    List<Inline> inlines = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Text text) {
        inlines.add(new Text(text.getLiteral()));
      } else if (node instanceof Emphasis) {
        inlines.add(new Styled(Style.EM, inlines(node)));
      } else if (node instanceof StrongEmphasis) {
        inlines.add(new Styled(Style.STRONG, inlines(node)));
      } else if (node instanceof Code code) {
        inlines.add(new RichText.Code(code.getLiteral()));
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        inlines.add(new Break());
      } else if (node instanceof HtmlInline html) {
        inlines.add(new Text(html.getLiteral()));
      } else if (node instanceof Link link) {
        inlines.addAll(link(link.getDestination(), inlines(node)));
      } else if (node instanceof Image image) {
        List<Inline> description = inlines(node);
        notes.add(
            RichText.plain(description).isBlank()
                ? "image \""
                    + image.getDestination()
                    + "\" is not shown (it has no description to show instead)"
                : "image \"" + image.getDestination() + "\" is not shown: its description is");
        inlines.addAll(description);
      } else {
        inlines.addAll(inlines(node));
      }
    }
    return inlines;
  }

  private List<Inline> link(String href, List<Inline> content) {
    boolean empty = RichText.plain(content).isBlank();
    String refusal = Links.refusal(href);
    if (refusal != null) {
      notes.add(
          refusal + ": " + (empty ? "the address is shown as text" : "its text is kept, unlinked"));
      return empty ? List.of(new Text(href)) : content;
    }
    return List.of(new RichText.Link(href, content));
  }
}
