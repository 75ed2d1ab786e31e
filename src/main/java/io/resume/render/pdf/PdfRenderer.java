package io.resume.render.pdf;

import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.JdkTransformers;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import io.resume.render.pdf.filters.ArabicShapingFilter;
import io.resume.render.pdf.filters.BreakOpportunityFilter;
import io.resume.render.pdf.filters.ScriptRunFilter;
import io.resume.render.pdf.font.CopiedFontsHandlerMaker;
import io.resume.render.pdf.font.FontCopies;
import io.resume.render.pdf.font.FontPool;
import io.resume.render.pdf.font.InstalledFonts;
import io.resume.render.pdf.font.LookupCachingFontInfo;
import io.resume.render.pdf.font.ParsedFonts;
import io.resume.sandbox.Sandbox;
import io.resume.theme.Theme;
import io.resume.xslt.StylesheetException;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.ContentHandler;

/**
 * Renders the PDF: the prepared résumé goes through {@code xsl/fo/fo.xsl} and the resulting XSL-FO
 * streams into FOP as SAX events, never as text, through {@link ScriptRunFilter} and {@link
 * ArabicShapingFilter}. The FOP factory (configuration, fonts) is built once and shared; each
 * render has its own user agent, and borrows parsed fonts from a {@link FontPool} (FOP would parse
 * every font it uses anew for each document). Thread-safe.
 *
 * <p>One pass, whatever the number of pages: page numbers ("1 / 2") show only when there is more
 * than one page, which the stylesheet leaves to FOP's page master for a page alone (see {@code
 * xsl/fo/fo.xsl}); FOP then redoes the line and page breaking of a résumé that turns out longer
 * than a page, not the transformation, the formatting objects or the drawing.
 */
public final class PdfRenderer implements Renderer {
  static final String STYLESHEET = "fo/fo.xsl";

  /** The name the résumé's source is attached under, and found by {@link PdfAttachment}. */
  public static final String ATTACHMENT = "resume.xml";

  private static final QName PAPER = new QName("paper");
  private static final QName THEME = new QName("theme");
  private static final QName SOURCE = new QName("source.uri");
  private static final QName TIMESTAMP = new QName("timestamp");

  private final Stylesheets stylesheets;
  private final FopFactory fopFactory;
  private final SourceAttachments sources = new SourceAttachments();
  private final ResourceGate gate;

  /**
   * The bundled fonts, parsed once; null: every font is parsed for every render, as FOP does (for
   * comparison in tests).
   */
  private final FontPool fonts;

  /**
   * What FOP may read: the stylesheets, the fallback font, and the folder of the résumé a thread
   * renders.
   */
  private final Sandbox sandbox;

  /** Whether CJK runs get inlines of their own (always, but in a test). */
  private final boolean scriptRuns;

  public PdfRenderer(Stylesheets stylesheets) {
    this(stylesheets, new FontPool(), new Sandbox(), InstalledFonts.standardFolders(), true);
  }

  /**
   * @param sandbox what may be read, shared with the stylesheets (the pipeline's)
   */
  public PdfRenderer(Stylesheets stylesheets, Sandbox sandbox) {
    this(stylesheets, new FontPool(), sandbox, InstalledFonts.standardFolders(), true);
  }

  PdfRenderer(Stylesheets stylesheets, FontPool fonts) {
    this(stylesheets, fonts, new Sandbox(), InstalledFonts.standardFolders(), true);
  }

  /**
   * @param fontFolders where installed fallback fonts are looked for (a test leaves some out)
   */
  PdfRenderer(Stylesheets stylesheets, FontPool fonts, List<Path> fontFolders) {
    this(stylesheets, fonts, new Sandbox(), fontFolders, true);
  }

  /**
   * @param scriptRuns false to leave CJK runs uncut ({@link ScriptRunFilter}): for the test that
   *     shows what the cut mends
   */
  PdfRenderer(Stylesheets stylesheets, FontPool fonts, boolean scriptRuns) {
    this(stylesheets, fonts, new Sandbox(), InstalledFonts.standardFolders(), scriptRuns);
  }

  private PdfRenderer(
      Stylesheets stylesheets,
      FontPool fonts,
      Sandbox sandbox,
      List<Path> fontFolders,
      boolean scriptRuns) {
    this.stylesheets = stylesheets;
    this.fonts = fonts;
    this.sandbox = sandbox;
    this.scriptRuns = scriptRuns;
    stylesheets.get(STYLESHEET); // compiled now: a broken stylesheet fails here, once
    ResourceResolver files = ResourceResolverFactory.createDefaultResourceResolver();
    this.gate = new ResourceGate(files, sandbox);
    sandbox.allow(stylesheets.base());
    this.fopFactory = FopFactories.create(gate, sandbox, sources, fallbacks(fontFolders));
    fopFactory.getRendererFactory().addDocumentHandlerMaker(new CopiedFontsHandlerMaker());
  }

  /**
   * The installed fallback font of each kind found, in the order of {@link InstalledFonts.Kind}.
   */
  private static Map<InstalledFonts.Kind, InstalledFonts.Font> fallbacks(List<Path> folders) {
    Map<InstalledFonts.Kind, InstalledFonts.Font> fallbacks =
        new EnumMap<>(InstalledFonts.Kind.class);
    for (InstalledFonts.Kind kind : InstalledFonts.Kind.values()) {
      InstalledFonts.fallback(kind, folders).ifPresent(font -> fallbacks.put(kind, font));
    }
    return fallbacks;
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public void render(
      PreparedResume resume, RenderOptions options, OutputStream out, Warnings warnings)
      throws IOException {
    Pass pass = sandbox.during(resume.file(), () -> layOut(resume, options));
    if (!pass.losses().isEmpty()) {
      throw new LostContentException(named(pass.losses(), pass.pdf(), resume));
    }
    Integer maxPages = options.maxPages();
    if (maxPages != null && pass.pages() > maxPages) {
      throw new PageLimitException(
          pass.pages(), maxPages, PageBreaks.pastPage(pass.pdf(), resume.view(), maxPages));
    }
    pass.warnings().forEach(warnings::warn);
    out.write(StableBytes.stamp(pass.pdf(), options.timestamp().truncatedTo(ChronoUnit.SECONDS)));
  }

  /**
   * The layout: the PDF, how many pages it has, what went wrong (told once the page limit is kept),
   * and what it would lose (which fails the render; tests look at such a PDF).
   */
  record Pass(byte[] pdf, int pages, List<String> warnings, List<FopEventWarnings.Loss> losses) {}

  /**
   * A part FOP pushed off the page is not known to FOP's event: it is the first part missing from
   * the pages.
   */
  private static List<FopEventWarnings.Loss> named(
      List<FopEventWarnings.Loss> losses, byte[] pdf, PreparedResume resume) throws IOException {
    List<FopEventWarnings.Loss> named = new ArrayList<>();
    String lost = null;
    for (FopEventWarnings.Loss loss : losses) {
      if (loss.part() == null && lost == null) {
        lost = PageBreaks.firstLost(pdf, resume.view());
      }
      named.add(
          loss.part() == null && lost != null
              ? new FopEventWarnings.Loss(lost, loss.what())
              : loss);
    }
    return named;
  }

  @SuppressWarnings("unchecked") // FOP's renderer options are a raw map
  Pass layOut(PreparedResume resume, RenderOptions options) throws IOException {
    List<String> warnings = new ArrayList<>();
    FopEventWarnings events =
        new FopEventWarnings(warnings::add, gate, ResumeParts.lazily(resume.view()));
    FOUserAgent agent = fopFactory.newFOUserAgent();
    agent.getEventBroadcaster().addEventListener(events);
    // The dates in the document information and the file identifier: same timestamp, same bytes.
    agent.setCreationDate(Date.from(options.timestamp().truncatedTo(ChronoUnit.SECONDS)));
    ParsedFonts parsed = fonts == null ? new ParsedFonts(new FontCopies(), false) : fonts.borrow();
    agent.getRendererOptions().put(ParsedFonts.OPTION, parsed);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    int count;
    try (SourceAttachments.Registration source =
        resume.source() == null ? null : sources.register(resume.source())) {
      Fop fop = newFop(agent, buffer);
      // FOP draws Arabic letters unjoined: they reach it joined, as presentation forms. Runs too
      // long for a line get places to break, or they would run off the page.
      // FOP picks one font per word: CJK runs inside a word get an inline of their own, so Latin
      // keeps its font.
      ContentHandler shaped =
          new ArabicShapingFilter(
              new BreakOpportunityFilter(new FopFaults(fop.getDefaultHandler())));
      SAXDestination destination =
          new SAXDestination(scriptRuns ? new ScriptRunFilter(shaped) : shaped);
      String sourceUri = source == null ? "" : source.uri();
      // FOP's own XSLT look-ups get the JDK's factory, not a new Saxon configuration each.
      JdkTransformers.during(
          () -> transform(resume, options, sourceUri, destination, warnings::add));
      count = fop.getResults() == null ? 0 : fop.getResults().getPageCount();
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
    } finally {
      if (fonts != null) {
        fonts.giveBack(parsed);
      }
    }
    events.finish();
    return new Pass(buffer.toByteArray(), count, warnings, events.losses());
  }

  /**
   * FOP reads its configuration (a Xerces DOM, which expands lazily and is not safe to read from
   * two threads) while it sets up each render: concurrent first renders of a batch failed with a
   * NullPointerException in {@code FOUserAgent.getRendererConfiguration}. Setting up is quick; the
   * layout and writing that follow run in parallel.
   */
  private Fop newFop(FOUserAgent agent, OutputStream out) throws FOPException {
    synchronized (fopFactory) {
      agent.setFOEventHandlerOverride(LookupCachingFontInfo.pdfHandler(agent, out));
      return fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
    }
  }

  /** The XSL-FO the PDF is made from, as a tree: for tests and for looking into a layout. */
  XdmNode formattingObjects(PreparedResume resume, RenderOptions options, Warnings warnings) {
    XdmDestination destination = new XdmDestination();
    try {
      transform(
          resume,
          options,
          resume.source() == null ? "" : SourceAttachments.SCHEME + ":0",
          destination,
          warnings);
    } catch (SaxonApiException e) {
      throw new StylesheetException("the FO stylesheet failed: " + reason(e), e);
    }
    return destination.getXdmNode();
  }

  private void transform(
      PreparedResume resume,
      RenderOptions options,
      String sourceUri,
      Destination destination,
      Warnings warnings)
      throws SaxonApiException {
    Xslt30Transformer transformer = stylesheets.load(STYLESHEET, warnings);
    Map<QName, XdmValue> parameters =
        new HashMap<>(
            Map.of(
                PAPER, new XdmAtomicValue(options.paper().toString()),
                SOURCE, new XdmAtomicValue(sourceUri),
                TIMESTAMP,
                    new XdmAtomicValue(
                        DateTimeFormatter.ISO_INSTANT.format(
                            options.timestamp().truncatedTo(ChronoUnit.SECONDS)))));
    parameters.put(THEME, XdmMap.makeMap(options.theme().settingsFor(Theme.PDF)));
    transformer.setStylesheetParameters(parameters);
    transformer.setGlobalContextItem(resume.view());
    transformer.applyTemplates(resume.view(), destination);
  }

  /** The innermost message of a chain of causes: what went wrong, without the wrappers' words. */
  static String reason(Throwable failure) {
    String message = failure.getMessage();
    for (Throwable cause = failure.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
    }
    return message == null
        ? failure.getClass().getSimpleName()
        : message.replaceAll("\\s+", " ").trim();
  }
}
