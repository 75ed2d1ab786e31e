package io.resume.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.resume.render.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The preview's own files: the page ({@code GET /}), its script and style sheet, and the state the
 * page's event stream carries. Nothing else is served from anywhere: the page is filled in here
 * from the résumé's file name and the preview's state.
 */
final class PreviewPage {
  static final String SCRIPT = read("preview.js");
  static final String STYLE = read("preview.css");
  private static final String TEMPLATE = read("page.html");
  private static final JsonFactory JSON = new JsonFactory();

  private PreviewPage() {}

  static String html(Preview preview) {
    Preview.State state = preview.state();
    long version = state.version();
    List<Format> formats = preview.formats();
    String panes =
        formats.stream()
            .filter(f -> f == Format.HTML || f == Format.PDF)
            .map(
                f ->
                    "<iframe data-format=\""
                        + f.extension()
                        + "\" title=\""
                        + f.name()
                        + "\" src=\"/resume."
                        + f.extension()
                        + "?v="
                        + (f == Format.HTML ? state.htmlVersion() : version)
                        + (f == Format.PDF ? "#view=FitH" : "")
                        + "\"></iframe>")
            .collect(Collectors.joining());
    String links =
        formats.stream()
            .map(
                f ->
                    "<a data-format=\""
                        + f.extension()
                        + "\" href=\"/resume."
                        + f.extension()
                        + "?v="
                        + version
                        + "\""
                        + (f == Format.DOCX ? " download" : "")
                        + ">"
                        + f.name()
                        + "</a>")
            .collect(Collectors.joining());
    String file = escape(preview.input().getFileName().toString());
    return TEMPLATE
        .replace("{{file}}", file)
        .replace("{{version}}", Long.toString(version))
        .replace("{{html-version}}", Long.toString(state.htmlVersion()))
        .replace("{{status}}", version == 0 ? "Not rendered yet" : "Render " + version)
        .replace("{{links}}", links)
        .replace("{{panes}}", panes)
        .replace("{{problems-hidden}}", state.problems().isEmpty() ? "hidden" : "")
        .replace("{{problems}}", items(state.problems()))
        .replace("{{warnings-hidden}}", state.warnings().isEmpty() ? "hidden" : "")
        .replace("{{warnings}}", items(state.warnings()));
  }

  /**
   * The state as the page's script reads it:
   * {"version":…,"htmlVersion":…,"problems":[…],"warnings":[…]}.
   */
  static String json(Preview.State state) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("version", state.version());
      json.writeNumberField("htmlVersion", state.htmlVersion());
      json.writeArrayFieldStart("problems");
      for (String line : state.problems()) {
        json.writeString(line);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("warnings");
      for (String line : state.warnings()) {
        json.writeString(line);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(); // one line: JSON's escapes leave no line break in it
  }

  private static String items(List<String> lines) {
    return lines.stream()
        .map(line -> "<li>" + escape(line) + "</li>")
        .collect(Collectors.joining());
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String read(String name) {
    try (InputStream in = PreviewPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/resume/serve/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
