package io.resume.renderers;

import io.resume.render.Format;
import io.resume.render.Renderer;
import io.resume.render.docx.DocxRenderer;
import io.resume.render.pdf.PdfRenderer;
import io.resume.render.text.StylesheetRenderer;
import io.resume.sandbox.Sandbox;
import io.resume.xslt.Stylesheets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The renderer of each format, the one place that knows them all. Each is built on first use (the
 * FOP factory, the JAXB context, a compiled stylesheet), under its own lock: two formats can be
 * built at once on two threads, and none is built twice.
 */
public final class Renderers {
  private final Stylesheets stylesheets;
  private final Sandbox sandbox;
  private final Map<Format, Lazy> renderers = new EnumMap<>(Format.class);

  /**
   * @param sandbox what the PDF renderer's FOP may read
   */
  public Renderers(Stylesheets stylesheets, Sandbox sandbox) {
    this.stylesheets = stylesheets;
    this.sandbox = sandbox;
    for (Format format : Format.values()) {
      renderers.put(format, new Lazy(format));
    }
  }

  /** The renderer of a format, built now if it is not yet. */
  public Renderer get(Format format) {
    return renderers.get(format).get();
  }

  private Renderer create(Format format) {
    return switch (format) {
      case PDF -> new PdfRenderer(stylesheets, sandbox);
      case DOCX -> new DocxRenderer();
      case HTML, TXT, MD -> new StylesheetRenderer(stylesheets, format);
    };
  }

  private final class Lazy {
    private final Format format;
    private Renderer renderer;

    Lazy(Format format) {
      this.format = format;
    }

    synchronized Renderer get() {
      if (renderer == null) {
        renderer = create(format);
      }
      return renderer;
    }
  }
}
