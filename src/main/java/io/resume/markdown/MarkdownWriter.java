package io.resume.markdown;

import io.resume.markdown.RichText.Block;
import io.resume.markdown.RichText.Break;
import io.resume.markdown.RichText.Code;
import io.resume.markdown.RichText.Inline;
import io.resume.markdown.RichText.Item;
import io.resume.markdown.RichText.Link;
import io.resume.markdown.RichText.ListBlock;
import io.resume.markdown.RichText.Paragraph;
import io.resume.markdown.RichText.Style;
import io.resume.markdown.RichText.Styled;
import io.resume.markdown.RichText.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes rich text as Markdown that {@link MarkdownReader} reads back as the same text. Plain text
 * is written as it is wherever that reads back the same, so that a text without markup comes back
 * byte for byte (a JSON Resume imported and exported again is unchanged); a block where it does not
 * (a "*" that would start emphasis, a line that would start a list) is written again with every
 * character Markdown could read as syntax escaped. Each block is read back to choose. A line break
 * is a new line, as the reader reads it. Superscripts and subscripts have no Markdown: their text
 * is kept, and a note says so. Thread-safe.
 */
public final class MarkdownWriter {
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);");
  private static final Pattern LINE_START = Pattern.compile("^([#>+=~-])|^([0-9]{1,9})([.)])");

  /** The Markdown, and what it could not say (one sentence each). */
  public record Result(String markdown, List<String> notes) {}

  private final List<String> notes = new ArrayList<>();

  private MarkdownWriter() {}

  public static Result write(List<Block> blocks) {
    MarkdownWriter writer = new MarkdownWriter();
    List<Block> normal = RichText.normalize(writer.expressible(blocks));
    String markdown = writer.write(normal, false);
    if (!MarkdownReader.read(markdown).blocks().equals(normal)) {
      // Blocks that read back alone can still meet badly; escaping everything is the safe way.
      markdown = writer.write(normal, true);
      if (!MarkdownReader.read(markdown).blocks().equals(normal)) {
        writer.notes.add("the Markdown written reads back differently: " + oneLine(markdown));
      }
    }
    return new Result(markdown, List.copyOf(writer.notes));
  }

  /** Inline content (one paragraph, lines apart by line breaks) as Markdown. */
  public static Result writeLine(List<Inline> content) {
    return write(List.of(new Paragraph(content)));
  }

  private String write(List<Block> blocks, boolean escapeAll) {
    List<String> written = new ArrayList<>();
    Block previous = null;
    boolean alternate = false;
    for (Block block : blocks) {
      // Two lists in a row are one list unless their markers differ.
      alternate =
          previous instanceof ListBlock before
              && block instanceof ListBlock list
              && before.numbered() == list.numbered()
              && !alternate;
      String markdown = null;
      if (!escapeAll) {
        markdown = String.join("\n", block(block, false, alternate));
        if (!MarkdownReader.read(markdown).blocks().equals(List.of(block))) {
          markdown = null;
        }
      }
      if (markdown == null) {
        markdown = String.join("\n", block(block, true, alternate));
      }
      // A list right under a paragraph, as people write them ("Skills:\n- Java"), where it reads
      // so.
      String separator = "\n\n";
      if (previous instanceof Paragraph && block instanceof ListBlock) {
        String tight = written.get(written.size() - 1) + "\n" + markdown;
        if (MarkdownReader.read(tight).blocks().equals(List.of(previous, block))) {
          separator = "\n";
        }
      }
      if (!written.isEmpty()) {
        written.add(separator);
      }
      written.add(markdown);
      previous = block;
    }
    return String.join("", written);
  }

  // ===== Blocks =====

  /** A block's lines. */
  private List<String> block(Block block, boolean escape, boolean alternate) {
    if (block instanceof Paragraph paragraph) {
      return lines(paragraph.content(), escape);
    }
    ListBlock list = (ListBlock) block;
    List<String> lines = new ArrayList<>();
    int number = list.start();
    for (Item item : list.items()) {
      String marker =
          list.numbered() ? (number++) + (alternate ? ")" : ".") : (alternate ? "*" : "-");
      String indent = " ".repeat(marker.length() + 1);
      List<String> content = lines(item.content(), escape);
      if (content.isEmpty()) {
        lines.add(marker);
      } else {
        lines.add(marker + " " + content.get(0));
        content.subList(1, content.size()).forEach(line -> lines.add(indent + line));
      }
      Block previous = null;
      boolean alternated = false;
      for (Block inner : item.blocks()) {
        // After text, a blank line; right after an empty item's marker, none (it would end the
        // item).
        if (!content.isEmpty() || previous != null) {
          lines.add("");
        }
        // Two lists in a row are one list unless their markers differ.
        alternated =
            previous instanceof ListBlock before
                && inner instanceof ListBlock innerList
                && before.numbered() == innerList.numbered()
                && !alternated;
        for (String line : block(inner, escape, alternated)) {
          lines.add(line.isEmpty() ? "" : indent + line);
        }
        previous = inner;
      }
    }
    return lines;
  }

  /** Inline content as lines, one per line break. */
  private List<String> lines(List<Inline> content, boolean escape) {
    List<String> lines = new ArrayList<>();
    if (content.isEmpty()) {
      return lines;
    }
    for (String line : inline(content, escape).split("\n", -1)) {
      // An empty line would end the paragraph: a backslash there is a line break of its own.
      lines.add(line.isEmpty() ? "\\" : escape ? escapeLineStart(line) : line);
    }
    return lines;
  }

  private String inline(List<Inline> content, boolean escape) {
    StringBuilder markdown = new StringBuilder();
    for (Inline inline : content) {
      if (inline instanceof Text text) {
        markdown.append(escape ? escape(text.text()) : text.text());
      } else if (inline instanceof Styled styled) {
        String delimiter = styled.style() == Style.STRONG ? "**" : "*";
        String inner = inline(styled.content(), escape);
        // Spaces stay outside the delimiters, where they cannot stop them counting.
        String core = inner.strip();
        int start = inner.indexOf(core);
        markdown
            .append(inner, 0, start)
            .append(delimiter)
            .append(core)
            .append(delimiter)
            .append(inner.substring(start + core.length()));
      } else if (inline instanceof Code code) {
        markdown.append(code(code.text()));
      } else if (inline instanceof Link link) {
        markdown
            .append('[')
            .append(inline(link.content(), escape))
            .append("](")
            .append(destination(link.href()))
            .append(')');
      } else if (inline instanceof Break) {
        markdown.append('\n');
      }
    }
    return markdown.toString();
  }

  /** A code span: fenced by more backticks than it holds in a row, padded where it must be. */
  private static String code(String text) {
    int longest = 0;
    Matcher run = Pattern.compile("`+").matcher(text);
    while (run.find()) {
      longest = Math.max(longest, run.group().length());
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        text.startsWith("`")
            || text.endsWith("`")
            || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
    return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
  }

  /** A link destination that reads back as the address itself. */
  private static String destination(String href) {
    return href.replaceAll("([\\\\()<>])", "\\\\$1");
  }

  /**
   * Backslash before each character Markdown could read as syntax ("!" would make "[" an image);
   * "&" only before a reference.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>!".indexOf(c) >= 0
          || (c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt())) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** What would make a line a heading, quote, list item, rule, underline or code fence. */
  static String escapeLineStart(String line) {
    Matcher start = LINE_START.matcher(line);
    if (!start.lookingAt()) {
      return line;
    }
    return start.group(1) != null
        ? "\\" + line
        : start.group(2) + "\\" + line.substring(start.group(2).length());
  }

  // ===== What Markdown cannot say =====

  /** Superscripts and subscripts as their text; a link inside a link as its text. */
  private List<Block> expressible(List<Block> blocks) {
    List<Block> result = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        result.add(new Paragraph(expressible(paragraph.content(), false)));
      } else {
        ListBlock list = (ListBlock) block;
        List<Item> items = new ArrayList<>();
        for (Item item : list.items()) {
          items.add(new Item(expressible(item.content(), false), expressible(item.blocks())));
        }
        result.add(new ListBlock(list.numbered(), list.start(), items));
      }
    }
    return result;
  }

  private List<Inline> expressible(List<Inline> content, boolean inLink) {
    List<Inline> result = new ArrayList<>();
    for (Inline inline : content) {
      if (inline instanceof Styled styled
          && (styled.style() == Style.SUP || styled.style() == Style.SUB)) {
        notes.add(
            (styled.style() == Style.SUP ? "superscript" : "subscript")
                + " \""
                + RichText.plain(styled.content())
                + "\" written as plain text: Markdown has none");
        result.addAll(expressible(styled.content(), inLink));
      } else if (inline instanceof Styled styled) {
        result.add(new Styled(styled.style(), expressible(styled.content(), inLink)));
      } else if (inline instanceof Link link && inLink) {
        result.addAll(expressible(link.content(), true));
      } else if (inline instanceof Link link) {
        result.add(new Link(link.href(), expressible(link.content(), true)));
      } else {
        result.add(inline);
      }
    }
    return result;
  }

  private static String oneLine(String markdown) {
    return markdown.replace("\n", "\\n");
  }
}
