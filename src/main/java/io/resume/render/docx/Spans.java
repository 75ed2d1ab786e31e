package io.resume.render.docx;

import io.resume.model.Warnings;
import io.resume.model.view.Inline;
import io.resume.model.view.Link;
import io.resume.model.view.Time;
import jakarta.xml.bind.JAXBElement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flattens rich text (text, em, strong, sup, sub, code, br, link, time) into spans of one look
 * each, with XML whitespace collapsed as a browser or FO processor would: runs of spaces and line
 * breaks become one space, none at the ends of the paragraph or beside a line break (br).
 */
final class Spans {
  private static final Pattern WHITESPACE = Pattern.compile("[ \t\r\n]+");

  private Spans() {}

  static List<Span> of(Inline inline, Span look, Warnings warnings) {
    return of(inline == null ? List.of() : inline.getContent(), look, warnings);
  }

  /** Mixed content (text and inline elements), such as a list item's text. */
  static List<Span> of(List<Serializable> content, Span look, Warnings warnings) {
    List<Span> spans = new ArrayList<>();
    collect(content, look, spans, warnings);
    return collapse(spans);
  }

  /** One plain piece of text, such as a heading, whitespace collapsed like the rest. */
  static List<Span> of(String text, Span look) {
    return collapse(List.of(look.withText(text == null ? "" : text)));
  }

  private static void collect(
      List<Serializable> content, Span look, List<Span> spans, Warnings warnings) {
    for (Serializable node : content) {
      if (node instanceof String text) {
        spans.add(look.withText(text));
      } else if (node instanceof JAXBElement<?> element) {
        Object value = element.getValue();
        String name = element.getName().getLocalPart();
        switch (name) {
          case "em" -> collect(((Inline) value).getContent(), look.withItalic(), spans, warnings);
          case "strong" ->
              collect(((Inline) value).getContent(), look.withBold(true), spans, warnings);
          case "sup" ->
              collect(
                  ((Inline) value).getContent(), look.withShift(Span.Shift.SUPER), spans, warnings);
          case "sub" ->
              collect(
                  ((Inline) value).getContent(), look.withShift(Span.Shift.SUB), spans, warnings);
          case "code" -> spans.add(look.withCode().withText((String) value));
          case "br" -> spans.add(look.asLineBreak());
          case "link" ->
              collect(
                  ((Link) value).getContent(),
                  look.withHref(((Link) value).getHref()),
                  spans,
                  warnings);
          case "time" -> spans.add(look.withText(((Time) value).getValue()));
          default -> warnings.warn("DOCX: inline element <" + name + "> is not drawn");
        }
      }
    }
  }

  private static List<Span> collapse(List<Span> spans) {
    List<Span> result = new ArrayList<>();
    boolean afterSpace = true; // no space at the start of a paragraph
    for (Span span : spans) {
      if (span.lineBreak()) {
        // A line ends and starts without a space, as at the paragraph's ends.
        trimEnd(result);
        result.add(span);
        afterSpace = true;
        continue;
      }
      String text = WHITESPACE.matcher(span.text() == null ? "" : span.text()).replaceAll(" ");
      if (afterSpace && text.startsWith(" ")) {
        text = text.substring(1);
      }
      if (!text.isEmpty()) {
        Span previous = result.isEmpty() ? null : result.get(result.size() - 1);
        if (previous != null
            && !previous.lineBreak()
            && previous.withText("").equals(span.withText(""))) {
          // Same look (as around a <time>): one run, not two.
          result.set(result.size() - 1, previous.withText(previous.text() + text));
        } else {
          result.add(span.withText(text));
        }
        afterSpace = text.endsWith(" ");
      }
    }
    trimEnd(result);
    return result;
  }

  /** The last span without its space at the end (gone when that was all it held). */
  private static void trimEnd(List<Span> result) {
    if (!result.isEmpty() && !result.get(result.size() - 1).lineBreak()) {
      Span last = result.get(result.size() - 1);
      String text =
          last.text().endsWith(" ")
              ? last.text().substring(0, last.text().length() - 1)
              : last.text();
      result.remove(result.size() - 1);
      if (!text.isEmpty()) {
        result.add(last.withText(text));
      }
    }
  }
}
