package io.resume.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * The parts of a prepared résumé in reading order, each named as its reader knows it ("Selected
 * Awards › SOSP Student Scholarship"), with the texts it shows: the header, then each entry,
 * paragraph or list of each section. A section's heading goes with its first part.
 *
 * <p>Each part has a key, which the FO stylesheet gives as id to the block that draws it: {@code
 * header}, a section's id ({@code awards}, its bookmark's target), {@code awards.3} the section's
 * third part. FOP's messages are about formatting objects; the key turns them into words about the
 * résumé ({@link FoPlaces}).
 */
final class ResumeParts {
  /**
   * A part that stays together: its key, its name for the user and the texts it shows, in order.
   */
  record Part(String key, String name, List<String> texts) {}

  private static final String V = "urn:resume:view:1";

  private final List<Part> parts;
  private final Map<String, String> names = new LinkedHashMap<>();

  private ResumeParts(List<Part> parts, Map<String, String> sections) {
    this.parts = parts;
    names.putAll(sections);
    parts.forEach(part -> names.put(part.key(), part.name()));
  }

  static ResumeParts of(XdmNode view) {
    List<Part> parts = new ArrayList<>();
    Map<String, String> sections = new LinkedHashMap<>();
    XdmNode header = first(view, "/v:document/v:header");
    if (header != null) {
      parts.add(
          new Part(
              "header",
              string(header, "normalize-space(v:name)"),
              strings(header, "v:name | v:headline | v:contact")));
    }
    for (XdmItem item : select(view, "/v:document/v:section")) {
      XdmNode section = (XdmNode) item;
      String id = string(section, "string(@id)");
      String heading = string(section, "normalize-space(v:heading)");
      sections.put(id, heading);
      int c = 0;
      for (XdmItem child : select(section, "* except v:heading")) {
        XdmNode block = (XdmNode) child;
        c++;
        List<String> texts = new ArrayList<>();
        if (c == 1) {
          texts.add(heading);
        }
        texts.addAll(
            strings(
                block,
                "descendant-or-self::*[self::v:text or self::v:aside or self::v:para or self::v:item]"
                    + "/(if (@label) then (string(@label), string(.)) else string(.))"));
        String title = string(block, "normalize-space(self::v:entry/v:row[1]/v:text)");
        parts.add(
            new Part(id + "." + c, title.isEmpty() ? heading : heading + " › " + title, texts));
      }
    }
    return new ResumeParts(List.copyOf(parts), sections);
  }

  /** The parts of a résumé, read only when first asked for (most renders never ask). */
  static Supplier<ResumeParts> lazily(XdmNode view) {
    ResumeParts[] parts = new ResumeParts[1];
    return () -> {
      if (parts[0] == null) {
        parts[0] = of(view);
      }
      return parts[0];
    };
  }

  List<Part> inReadingOrder() {
    return parts;
  }

  /**
   * The names of the first parts (at most {@code limit}) that show the character, in reading order.
   */
  List<String> showing(int codePoint, int limit) {
    String character = new String(Character.toChars(codePoint));
    return parts.stream()
        .filter(part -> part.texts().stream().anyMatch(text -> text.contains(character)))
        .map(Part::name)
        .limit(limit)
        .toList();
  }

  /** The name of the part with this key ("Selected Awards › SOSP Student Scholarship"), or null. */
  String name(String key) {
    return key == null ? null : names.get(key);
  }

  private static XdmNode first(XdmNode context, String path) {
    for (XdmItem item : select(context, path)) {
      return (XdmNode) item;
    }
    return null;
  }

  private static String string(XdmNode context, String path) {
    for (XdmItem item : select(context, path)) {
      return item.getStringValue();
    }
    return "";
  }

  private static List<String> strings(XdmNode context, String path) {
    List<String> strings = new ArrayList<>();
    select(context, path).forEach(item -> strings.add(item.getStringValue()));
    return strings;
  }

  private static Iterable<XdmItem> select(XdmNode context, String path) {
    XPathCompiler compiler = context.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", V);
    try {
      return compiler.evaluate(path, context);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot read the prepared résumé: " + e.getMessage(), e);
    }
  }
}
