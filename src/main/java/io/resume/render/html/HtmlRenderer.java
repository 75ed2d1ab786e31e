package io.resume.render.html;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import io.resume.xslt.Stylesheets;
import java.io.IOException;
import java.io.OutputStream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Xslt30Transformer;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;

/**
 * Renders a prepared résumé as one self-contained HTML5 page through {@code xsl/html/html.xsl}.
 * The compiled stylesheet is shared; each render gets its own transformer. The serialisation
 * options (HTML5, UTF-8) are the stylesheet's own {@code xsl:output}.
 */
public final class HtmlRenderer implements Renderer {
  static final String STYLESHEET = "html/html.xsl";
  private static final QName THEME = new QName("theme");

  private final Stylesheets stylesheets;

  public HtmlRenderer(Stylesheets stylesheets) {
    this.stylesheets = stylesheets;
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public void render(PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings) throws IOException {
    // Compiled on first use and kept; a stylesheet that does not compile fails here, unchecked.
    Xslt30Transformer transformer = stylesheets.load(STYLESHEET, warnings);
    try {
      if (options.theme() != null) {
        transformer.setStylesheetParameters(Map.of(THEME, new XdmAtomicValue(options.theme().uri())));
      }
      transformer.setGlobalContextItem(resume.view());
      transformer.applyTemplates(resume.view(), transformer.newSerializer(out));
    } catch (SaxonApiException e) {
      throw new IOException("cannot render " + resume.sourceName() + " as HTML: " + oneLine(e.getMessage()), e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "stylesheet failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
