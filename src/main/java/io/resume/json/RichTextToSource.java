package io.resume.json;

import io.resume.markdown.RichText;
import io.resume.markdown.RichText.Block;
import io.resume.markdown.RichText.Item;
import io.resume.markdown.RichText.ListBlock;
import io.resume.markdown.RichText.Paragraph;
import io.resume.markdown.RichText.Styled;
import io.resume.markdown.RichText.Text;
import io.resume.model.source.Break;
import io.resume.model.source.Inline;
import io.resume.model.source.ItemInline;
import io.resume.model.source.Link;
import io.resume.model.source.ListItem;
import io.resume.model.source.ObjectFactory;
import io.resume.model.source.Paragraphs;
import jakarta.xml.bind.JAXBElement;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Rich text read from Markdown as resume.xsd's markup: paragraphs and lists where the schema has a
 * place for them (a summary, a bullet), else paragraphs and list items as lines of one text.
 */
final class RichTextToSource {
  private static final ObjectFactory FACTORY = new ObjectFactory();

  private RichTextToSource() {}

  /** A summary's paragraphs and lists, or null when there is nothing to show. */
  static Paragraphs paragraphs(List<Block> blocks) {
    if (blocks.isEmpty()) {
      return null;
    }
    Paragraphs paragraphs = new Paragraphs();
    paragraphs.getPOrList().addAll(blocks(blocks));
    return paragraphs;
  }

  /**
   * The bullets one highlight makes: one, with the paragraphs and lists it holds under it; or, when
   * the text is only a list ("- a\n- b"), one per item, since each is a bullet already.
   */
  static List<ListItem> bullets(List<Block> blocks) {
    if (blocks.size() == 1 && blocks.get(0) instanceof ListBlock list) {
      List<ListItem> items = new ArrayList<>();
      int number = list.start();
      for (Item item : list.items()) {
        List<RichText.Inline> content = new ArrayList<>(item.content());
        if (list.numbered()) {
          // "2019. Joined…" is more likely a year than a list: the number stays in the text.
          content.add(0, new Text((number++) + ". "));
        }
        items.add(item(new Item(content, item.blocks())));
      }
      return items;
    }
    if (blocks.isEmpty()) {
      return List.of();
    }
    if (blocks.get(0) instanceof Paragraph first) {
      return List.of(item(new Item(first.content(), blocks.subList(1, blocks.size()))));
    }
    return List.of(item(new Item(List.of(), blocks)));
  }

  /**
   * One text (a project's description, a reference): paragraphs apart by an empty line, list items
   * on lines of their own after their bullet or number. Null when there is nothing to show.
   */
  static Inline inline(List<Block> blocks) {
    List<RichText.Inline> content = new ArrayList<>();
    flatten(blocks, content);
    if (content.isEmpty()) {
      return null;
    }
    Inline inline = new Inline();
    inline(content, inline.getContent(), false);
    return inline;
  }

  private static void flatten(List<Block> blocks, List<RichText.Inline> content) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        if (!content.isEmpty()) {
          content.add(new RichText.Break());
          content.add(new RichText.Break());
        }
        content.addAll(paragraph.content());
      } else {
        ListBlock list = (ListBlock) block;
        int number = list.start();
        for (Item item : list.items()) {
          if (!content.isEmpty()) {
            content.add(new RichText.Break());
          }
          content.add(new Text(list.numbered() ? (number++) + ". " : "• "));
          content.addAll(item.content());
          flatten(item.blocks(), content);
        }
      }
    }
  }

  private static List<Object> blocks(List<Block> blocks) {
    List<Object> result = new ArrayList<>();
    for (Block block : blocks) {
      result.add(
          block instanceof Paragraph paragraph ? paragraph(paragraph) : list((ListBlock) block));
    }
    return result;
  }

  private static ItemInline paragraph(Paragraph paragraph) {
    ItemInline p = new ItemInline();
    inline(paragraph.content(), p.getContent(), false);
    return p;
  }

  private static io.resume.model.source.List list(ListBlock block) {
    io.resume.model.source.List list = new io.resume.model.source.List();
    if (block.numbered()) {
      list.setNumbered(true);
      if (block.start() != 1) {
        list.setStart(BigInteger.valueOf(block.start()));
      }
    }
    block.items().forEach(item -> list.getItem().add(item(item)));
    return list;
  }

  private static ListItem item(Item item) {
    ListItem listItem = new ListItem();
    inline(item.content(), listItem.getContent(), true);
    for (Block block : item.blocks()) {
      listItem
          .getContent()
          .add(
              block instanceof Paragraph paragraph
                  ? FACTORY.createListItemP(paragraph(paragraph))
                  : FACTORY.createListItemList(list((ListBlock) block)));
    }
    return listItem;
  }

  /** Inline content into a JAXB mixed content list (of a list item's, or of any other element). */
  private static void inline(
      List<RichText.Inline> content, List<Serializable> into, boolean inItem) {
    for (RichText.Inline inline : content) {
      if (inline instanceof Text text) {
        into.add(text.text());
      } else if (inline instanceof Styled styled) {
        Inline inner = new Inline();
        inline(styled.content(), inner.getContent(), false);
        into.add(
            switch (styled.style()) {
              case EM -> inItem ? FACTORY.createListItemEm(inner) : FACTORY.createInlineEm(inner);
              case STRONG ->
                  inItem ? FACTORY.createListItemStrong(inner) : FACTORY.createInlineStrong(inner);
              case SUP ->
                  inItem ? FACTORY.createListItemSup(inner) : FACTORY.createInlineSup(inner);
              case SUB ->
                  inItem ? FACTORY.createListItemSub(inner) : FACTORY.createInlineSub(inner);
            });
      } else if (inline instanceof RichText.Code code) {
        into.add(
            inItem
                ? FACTORY.createListItemCode(code.text())
                : FACTORY.createInlineCode(code.text()));
      } else if (inline instanceof RichText.Link link) {
        Link inner = new Link();
        inner.setHref(link.href());
        inline(link.content(), inner.getContent(), false);
        into.add(inItem ? FACTORY.createListItemLink(inner) : FACTORY.createInlineLink(inner));
      } else {
        JAXBElement<Break> lineBreak =
            inItem ? FACTORY.createListItemBr(new Break()) : FACTORY.createInlineBr(new Break());
        into.add(lineBreak);
      }
    }
  }
}
