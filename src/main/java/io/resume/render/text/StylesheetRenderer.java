package io.resume.render.text;

import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import io.resume.theme.Theme;
import io.resume.xslt.Stylesheets;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Renders a prepared résumé through one stylesheet whose output is the file itself: a
 * self-contained HTML5 page ({@code xsl/html/html.xsl}), plain text ({@code xsl/text/txt.xsl}) or
 * Markdown ({@code xsl/text/md.xsl}). The compiled stylesheet is shared; each render gets its own
 * transformer. The serialisation (HTML5 or text, UTF-8, LF line endings) is the stylesheet's own
 * {@code xsl:output}; the web page also takes the theme's settings.
 */
public final class StylesheetRenderer implements Renderer {
  private static final QName THEME = new QName("theme");

  private final Stylesheets stylesheets;
  private final Format format;
  private final String stylesheet;

  public StylesheetRenderer(Stylesheets stylesheets, Format format) {
    this.stylesheets = stylesheets;
    this.format = format;
    this.stylesheet = stylesheet(format);
    stylesheets.get(
        stylesheet); // compiled now, as the PDF renderer does: a broken stylesheet fails here, once
  }

  /** The stylesheet, relative to the stylesheets' folder, that renders the format. */
  public static String stylesheet(Format format) {
    return switch (format) {
      case HTML -> "html/html.xsl";
      case TXT -> "text/txt.xsl";
      case MD -> "text/md.xsl";
      default ->
          throw new IllegalArgumentException("not a format a stylesheet renders alone: " + format);
    };
  }

  @Override
  public Format format() {
    return format;
  }

  @Override
  public void render(
      PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings)
      throws IOException {
    Xslt30Transformer transformer = stylesheets.load(stylesheet, warnings);
    try {
      if (format == Format.HTML) {
        transformer.setStylesheetParameters(
            Map.of(THEME, XdmMap.makeMap(options.theme().settingsFor(Theme.HTML))));
      }
      transformer.setGlobalContextItem(resume.view());
      transformer.applyTemplates(resume.view(), transformer.newSerializer(out));
    } catch (SaxonApiException e) {
      throw new IOException(
          "cannot render " + resume.sourceName() + " as " + format + ": " + oneLine(e.getMessage()),
          e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "stylesheet failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
