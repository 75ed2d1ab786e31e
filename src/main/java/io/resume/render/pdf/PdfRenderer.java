package io.resume.render.pdf;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import io.resume.render.Warnings;
import io.resume.xslt.MessageWarnings;
import io.resume.xslt.StylesheetException;
import io.resume.xslt.Stylesheets;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * Renders the PDF: the prepared résumé goes through {@code xsl/fo/fo.xsl} and the resulting
 * XSL-FO streams into FOP as SAX events, never as text. The FOP factory (configuration, fonts)
 * is built once and shared; each render has its own user agent. Thread-safe.
 */
public final class PdfRenderer implements Renderer {
  static final String STYLESHEET = "fo/fo.xsl";
  private static final QName PAPER = new QName("paper");

  private final XsltExecutable stylesheet;
  private final FopFactory fopFactory;

  public PdfRenderer(Stylesheets stylesheets) {
    this.stylesheet = stylesheets.get(STYLESHEET);
    this.fopFactory = FopFactories.create();
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public void render(PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings)
      throws IOException {
    FOUserAgent agent = fopFactory.newFOUserAgent();
    agent.getEventBroadcaster().addEventListener(new FopEventWarnings(warnings));
    try {
      Fop fop = newFop(agent, out);
      SAXDestination destination = new SAXDestination(fop.getDefaultHandler());
      JdkTransformers.during(() -> transform(resume, options, destination, warnings));
    } catch (FOPException e) {
      throw new IOException("cannot start the PDF of " + resume.sourceName() + ": " + reason(e), e);
    } catch (SaxonApiException e) {
      throw new IOException("cannot make the PDF of " + resume.sourceName() + ": " + reason(e), e);
    } catch (RuntimeException e) {
      // FOP reports some faults unchecked (a PDF/A or PDF/UA rule the document breaks).
      if (e instanceof StylesheetException) {
        throw e;
      }
      throw new IOException("cannot make the PDF of " + resume.sourceName() + ": " + reason(e), e);
    }
  }

  /**
   * FOP reads its configuration (a Xerces DOM, which expands lazily and is not safe to read from
   * two threads) while it sets up each render: concurrent first renders of a batch failed with a
   * NullPointerException in {@code FOUserAgent.getRendererConfiguration}. Setting up is quick;
   * the layout and writing that follow run in parallel.
   */
  private Fop newFop(FOUserAgent agent, OutputStream out) throws FOPException {
    synchronized (fopFactory) {
      return fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
    }
  }

  /** The XSL-FO the PDF is made from, as a tree: for tests and for looking into a layout. */
  XdmNode formattingObjects(PreparedResume resume, RenderOptions options, Warnings warnings) {
    XdmDestination destination = new XdmDestination();
    try {
      transform(resume, options, destination, warnings);
    } catch (SaxonApiException e) {
      throw new StylesheetException("the FO stylesheet failed: " + reason(e), e);
    }
    return destination.getXdmNode();
  }

  private void transform(PreparedResume resume, RenderOptions options, Destination destination, Warnings warnings)
      throws SaxonApiException {
    Xslt30Transformer transformer = stylesheet.load30();
    transformer.setMessageHandler(new MessageWarnings(warnings));
    // Saxon would print errors to the console; they come back in the exception instead.
    transformer.setErrorReporter(error -> {
      if (error.isWarning()) {
        warnings.warn(error.getMessage());
      }
    });
    transformer.setStylesheetParameters(Map.of(PAPER, new XdmAtomicValue(options.paper().toString())));
    transformer.setGlobalContextItem(resume.view());
    transformer.applyTemplates(resume.view(), destination);
  }

  /** The innermost message of a chain of causes: what went wrong, without the wrappers' words. */
  private static String reason(Throwable failure) {
    String message = failure.getMessage();
    for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
    }
    return message == null ? failure.getClass().getSimpleName() : message.replaceAll("\\s+", " ").trim();
  }
}
