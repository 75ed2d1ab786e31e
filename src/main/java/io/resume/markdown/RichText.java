package io.resume.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rich text as the canonical résumé holds it, independent of how it is written: the meeting point
 * of Markdown (JSON Resume's text members) and resume.xsd's markup. Two texts that read the same
 * are equal once {@link #normalize normalized}, which is how {@link MarkdownWriter} checks that
 * what it wrote reads back as what it was given.
 */
public final class RichText {
  private static final Pattern LAYOUT = Pattern.compile("[ \\t]*\\R\\s*");

  private RichText() {}

  /** Text and markup within a line. */
  public sealed interface Inline permits Text, Styled, Code, Link, Break {}

  public record Text(String text) implements Inline {}

  public enum Style {
    EM,
    STRONG,
    SUP,
    SUB
  }

  public record Styled(Style style, List<Inline> content) implements Inline {}

  public record Code(String text) implements Inline {}

  public record Link(String href, List<Inline> content) implements Inline {}

  /** A line break within a paragraph or an item. */
  public record Break() implements Inline {}

  /** A paragraph or a list. */
  public sealed interface Block permits Paragraph, ListBlock {}

  public record Paragraph(List<Inline> content) implements Block {}

  /** A bullet list, or a numbered one counted from start. */
  public record ListBlock(boolean numbered, int start, List<Item> items) implements Block {}

  /** A list item: its text, then the paragraphs and lists it holds. */
  public record Item(List<Inline> content, List<Block> blocks) {}

  // ===== Normal form =====

  /**
   * The blocks as a reader sees them: empty paragraphs, items and lists left out, each text's line
   * layout (a line break and the indentation after it) one space, spaces at the ends of a line
   * dropped, neighbouring texts joined, empty markup left out.
   */
  public static List<Block> normalize(List<Block> blocks) {
    List<Block> result = new ArrayList<>();
    for (Block block : blocks) {
      Block normal = normalize(block);
      if (normal != null) {
        result.add(normal);
      }
    }
    return List.copyOf(result);
  }

  private static Block normalize(Block block) {
    if (block instanceof Paragraph paragraph) {
      List<Inline> content = normalizeLine(paragraph.content());
      return content.isEmpty() ? null : new Paragraph(content);
    }
    ListBlock list = (ListBlock) block;
    List<Item> items = new ArrayList<>();
    for (Item item : list.items()) {
      Item normal = new Item(normalizeLine(item.content()), normalize(item.blocks()));
      if (!normal.content().isEmpty() || !normal.blocks().isEmpty()) {
        items.add(normal);
      }
    }
    return items.isEmpty()
        ? null
        : new ListBlock(list.numbered(), list.numbered() ? list.start() : 1, List.copyOf(items));
  }

  /** Inline content in normal form, as one line or several (see {@link #normalize(List)}). */
  public static List<Inline> normalizeLine(List<Inline> content) {
    List<Inline> merged = merge(content);
    List<Inline> result = new ArrayList<>();
    List<Inline> line = new ArrayList<>();
    for (Inline inline : merged) {
      if (inline instanceof Break) {
        result.addAll(trim(line));
        result.add(inline);
        line.clear();
      } else {
        line.add(inline);
      }
    }
    result.addAll(trim(line));
    // A line break at either end shows nothing.
    while (!result.isEmpty() && result.get(0) instanceof Break) {
      result.remove(0);
    }
    while (!result.isEmpty() && result.get(result.size() - 1) instanceof Break) {
      result.remove(result.size() - 1);
    }
    return List.copyOf(result);
  }

  /** Layout folded, neighbouring texts joined, empty texts and markup left out. */
  private static List<Inline> merge(List<Inline> content) {
    List<Inline> result = new ArrayList<>();
    for (Inline inline : content) {
      Inline normal;
      if (inline instanceof Text text) {
        normal =
            text.text().isEmpty() ? null : new Text(LAYOUT.matcher(text.text()).replaceAll(" "));
      } else if (inline instanceof Styled styled) {
        List<Inline> inner = merge(styled.content());
        if (isBlank(inner)) {
          normal = null;
        } else {
          // Spaces at the ends of emphasis look the same outside it, where Markdown can write them.
          String before = leadingSpace(inner);
          String after = trailingSpace(inner);
          trimStart(inner);
          trimEnd(inner);
          add(result, new Text(before));
          add(result, new Styled(styled.style(), inner));
          normal = new Text(after);
        }
      } else if (inline instanceof Link link) {
        List<Inline> inner = merge(link.content());
        // A link without text would show nothing: its address is its text.
        normal =
            new Link(
                link.href(),
                isBlank(inner)
                    ? List.of(new Text(link.href().replaceFirst("^(mailto|tel):", "")))
                    : inner);
      } else if (inline instanceof Code code) {
        normal =
            code.text().isEmpty() ? null : new Code(LAYOUT.matcher(code.text()).replaceAll(" "));
      } else {
        normal = inline;
      }
      if (normal != null) {
        add(result, normal);
      }
    }
    return result;
  }

  /**
   * Adds to inline content, joining what reads as one: neighbouring texts, code spans, and emphasis
   * of one kind. Empty text is left out.
   */
  private static void add(List<Inline> content, Inline inline) {
    Inline last = content.isEmpty() ? null : content.get(content.size() - 1);
    if (inline instanceof Text text && text.text().isEmpty()) {
      return;
    }
    if (inline instanceof Text text && last instanceof Text before) {
      content.set(content.size() - 1, new Text(before.text() + text.text()));
    } else if (inline instanceof Code code && last instanceof Code before) {
      content.set(content.size() - 1, new Code(before.text() + code.text()));
    } else if (inline instanceof Styled styled
        && last instanceof Styled before
        && before.style() == styled.style()) {
      List<Inline> joined = new ArrayList<>(before.content());
      styled.content().forEach(part -> add(joined, part));
      content.set(content.size() - 1, new Styled(styled.style(), List.copyOf(joined)));
    } else {
      content.add(inline);
    }
  }

  private static String leadingSpace(List<Inline> content) {
    return content.get(0) instanceof Text text
        ? text.text().substring(0, text.text().length() - text.text().stripLeading().length())
        : "";
  }

  private static String trailingSpace(List<Inline> content) {
    return content.get(content.size() - 1) instanceof Text text
        ? text.text().substring(text.text().stripTrailing().length())
        : "";
  }

  private static boolean isBlank(List<Inline> content) {
    return content.stream()
        .allMatch(inline -> inline instanceof Text text && text.text().isBlank());
  }

  /** One line without spaces at its ends (inside markup too); empty markup at an end goes. */
  private static List<Inline> trim(List<Inline> line) {
    List<Inline> result = new ArrayList<>(line);
    trimStart(result);
    trimEnd(result);
    return result;
  }

  private static void trimStart(List<Inline> line) {
    while (!line.isEmpty()) {
      Inline first = line.get(0);
      if (first instanceof Text text) {
        String stripped = text.text().stripLeading();
        if (!stripped.isEmpty()) {
          line.set(0, new Text(stripped));
          return;
        }
        line.remove(0);
      } else if (first instanceof Styled styled) {
        List<Inline> inner = new ArrayList<>(styled.content());
        trimStart(inner);
        if (!inner.isEmpty()) {
          line.set(0, new Styled(styled.style(), List.copyOf(inner)));
          return;
        }
        line.remove(0);
      } else {
        return;
      }
    }
  }

  private static void trimEnd(List<Inline> line) {
    while (!line.isEmpty()) {
      int last = line.size() - 1;
      Inline end = line.get(last);
      if (end instanceof Text text) {
        String stripped = text.text().stripTrailing();
        if (!stripped.isEmpty()) {
          line.set(last, new Text(stripped));
          return;
        }
        line.remove(last);
      } else if (end instanceof Styled styled) {
        List<Inline> inner = new ArrayList<>(styled.content());
        trimEnd(inner);
        if (!inner.isEmpty()) {
          line.set(last, new Styled(styled.style(), List.copyOf(inner)));
          return;
        }
        line.remove(last);
      } else {
        return;
      }
    }
  }

  /** The text a reader sees, markup left out; line breaks as "\n". */
  public static String plain(List<Inline> content) {
    StringBuilder text = new StringBuilder();
    for (Inline inline : content) {
      if (inline instanceof Text t) {
        text.append(t.text());
      } else if (inline instanceof Styled styled) {
        text.append(plain(styled.content()));
      } else if (inline instanceof Link link) {
        text.append(plain(link.content()));
      } else if (inline instanceof Code code) {
        text.append(code.text());
      } else {
        text.append('\n');
      }
    }
    return text.toString();
  }
}
