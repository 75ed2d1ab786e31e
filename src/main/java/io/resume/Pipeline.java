package io.resume;

import io.resume.model.InvalidResumeException;
import io.resume.model.ResumeReader;
import io.resume.render.Format;
import io.resume.render.OutputFiles;
import io.resume.render.PreparedResume;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import io.resume.render.docx.DocxRenderer;
import io.resume.render.html.HtmlRenderer;
import io.resume.render.pdf.PdfRenderer;
import io.resume.render.text.TextRenderer;
import io.resume.xslt.AccessPolicy;
import io.resume.xslt.Preparer;
import io.resume.xslt.Stylesheets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * The whole pipeline: read and validate, prepare once, render each format. Everything costly
 * (compiled stylesheets, the FOP factory, the JAXB context) is built once, on first use, and
 * shared; one pipeline serves any number of renders, also from several threads.
 */
public final class Pipeline {
  private final Processor processor;
  private final ResumeReader reader;
  private final Stylesheets stylesheets;
  private final Preparer preparer;
  private final AccessPolicy access = new AccessPolicy();
  private final Map<Format, Renderer> renderers = new EnumMap<>(Format.class);

  public Pipeline() {
    this(null);
  }

  /** @param xslFolder a user's copy of the stylesheets, or null for the bundled ones */
  public Pipeline(Path xslFolder) {
    this.processor = new Processor(false);
    this.reader = new ResumeReader(processor);
    this.stylesheets = xslFolder == null ? Stylesheets.bundled(processor) : Stylesheets.in(processor, xslFolder);
    this.preparer = new Preparer(stylesheets);
    access.allow(stylesheets.base());
    access.install(processor.getUnderlyingConfiguration());
  }

  /** Reads and validates a canonical résumé. */
  public XdmNode read(Path input) throws InvalidResumeException {
    return reader.read(input);
  }

  public PreparedResume prepare(Path input, String lang, Warnings warnings) throws InvalidResumeException {
    XdmNode source = reader.read(input);
    access.allowFolder(input.toAbsolutePath().getParent());
    return new PreparedResume(input.toString(), preparer.prepare(source, lang, warnings));
  }

  /** Renders into {@code target}, replacing it only once the new file is complete. */
  public void render(PreparedResume resume, Format format, Path target, Warnings warnings) throws IOException {
    Renderer renderer = renderer(format);
    OutputFiles.write(target, out -> renderer.render(resume, out, warnings));
  }

  public synchronized Renderer renderer(Format format) {
    return renderers.computeIfAbsent(format, this::create);
  }

  private Renderer create(Format format) {
    return switch (format) {
      case PDF -> new PdfRenderer(stylesheets);
      case HTML -> new HtmlRenderer(stylesheets);
      case DOCX -> new DocxRenderer();
      case TXT, MD -> new TextRenderer(stylesheets, format);
    };
  }
}
