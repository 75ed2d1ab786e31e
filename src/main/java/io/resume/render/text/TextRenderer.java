package io.resume.render.text;

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

/**
 * Renders a prepared résumé as plain text ({@code xsl/text/txt.xsl}) or Markdown
 * ({@code xsl/text/md.xsl}). The compiled stylesheet is shared; each render gets its own
 * transformer. The output (UTF-8 text, LF line endings) is the stylesheet's own {@code xsl:output}.
 */
public final class TextRenderer implements Renderer {
  private final Stylesheets stylesheets;
  private final Format format;
  private final String stylesheet;

  public TextRenderer(Stylesheets stylesheets, Format format) {
    this.stylesheets = stylesheets;
    this.format = format;
    this.stylesheet = switch (format) {
      case TXT -> "text/txt.xsl";
      case MD -> "text/md.xsl";
      default -> throw new IllegalArgumentException("not a text format: " + format);
    };
  }

  @Override
  public Format format() {
    return format;
  }

  @Override
  public void render(PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings) throws IOException {
    // Compiled on first use and kept; a stylesheet that does not compile fails here, unchecked.
    Xslt30Transformer transformer = stylesheets.load(stylesheet, warnings);
    try {
      transformer.setGlobalContextItem(resume.view());
      transformer.applyTemplates(resume.view(), transformer.newSerializer(out));
    } catch (SaxonApiException e) {
      throw new IOException("cannot render " + resume.sourceName() + " as " + format + ": " + oneLine(e.getMessage()), e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "stylesheet failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
