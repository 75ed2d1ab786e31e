package io.resume.serve;

import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.theme.Themes;
import io.resume.xslt.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code POST /render?format=…[&lang=…&theme=…&target=…&paper=…]} asks for, checked: a
 * request names a bundled theme, never a file, and a language is a language tag, never a path. What
 * the query leaves out comes from the server's command line.
 *
 * @param paper null for the server's own
 * @param theme a bundled theme's name, or null for the server's own
 */
record RenderRequest(Format format, Variant variant, Paper paper, String theme) {
  static final Set<String> PARAMETERS = Set.of("format", "lang", "theme", "target", "paper");

  /** A request the query does not describe: its message says what is wrong, for a 400. */
  static final class BadQuery extends Exception {
    BadQuery(String message) {
      super(message);
    }
  }

  /**
   * @param query each parameter's values; @param defaults the server's variant
   */
  static RenderRequest parse(Map<String, List<String>> query, Variant defaults) throws BadQuery {
    for (String name : query.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw new BadQuery(
            "unknown parameter '" + name + "': use format, lang, theme, target, paper");
      }
    }
    String formatName = one(query, "format");
    if (formatName == null) {
      throw new BadQuery("say which format: /render?format=pdf (or html, docx, txt, md)");
    }
    Format format = Format.named(formatName);
    if (format == null) {
      throw new BadQuery(
          "unknown format '" + formatName + "': choose from pdf, html, docx, txt, md");
    }
    String lang = one(query, "lang");
    if (lang != null && !lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
      throw new BadQuery("lang takes a language tag such as en or zh-TW, not '" + lang + "'");
    }
    String target = one(query, "target");
    if (target != null && !Variant.isTargetName(target)) {
      throw new BadQuery("target takes one name such as academic, not '" + target + "'");
    }
    String paperName = one(query, "paper");
    Paper paper = paperName == null ? null : Paper.named(paperName);
    if (paperName != null && paper == null) {
      throw new BadQuery("unknown paper '" + paperName + "': choose a4 or letter");
    }
    String theme = one(query, "theme");
    if (theme != null && !Themes.BUNDLED.contains(theme.toLowerCase(Locale.ROOT))) {
      throw new BadQuery(
          "unknown theme '" + theme + "': choose " + String.join(", ", Themes.BUNDLED));
    }
    Variant variant =
        new Variant(
            lang == null ? defaults.lang() : lang,
            target == null ? defaults.target() : target,
            defaults.includePrivate());
    return new RenderRequest(
        format, variant, paper, theme == null ? null : theme.toLowerCase(Locale.ROOT));
  }

  private static String one(Map<String, List<String>> query, String name) throws BadQuery {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new BadQuery("give " + name + " once, not " + values.size() + " times");
    }
    return values.get(0).isBlank() ? null : values.get(0).strip();
  }
}
