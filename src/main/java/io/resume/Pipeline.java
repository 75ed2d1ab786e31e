package io.resume;

import io.resume.json.JsonResume;
import io.resume.l10n.Cldr;
import io.resume.model.InputLimits;
import io.resume.model.InvalidResumeException;
import io.resume.model.ResumeReader;
import io.resume.model.Warnings;
import io.resume.render.EmbedSource;
import io.resume.render.Format;
import io.resume.render.OutputSet;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import io.resume.render.docx.DocxRenderer;
import io.resume.render.pdf.PdfRenderer;
import io.resume.render.text.StylesheetRenderer;
import io.resume.sandbox.Sandbox;
import io.resume.theme.Theme;
import io.resume.theme.Themes;
import io.resume.xslt.AccessPolicy;
import io.resume.xslt.ClosedConfiguration;
import io.resume.xslt.Preparer;
import io.resume.xslt.Stylesheets;
import io.resume.xslt.Variant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The whole pipeline: read and validate, prepare once, render each format. Everything costly
 * (compiled stylesheets, the FOP factory, the JAXB context) is built once, on first use, and
 * shared; one pipeline serves any number of renders, also from several threads.
 */
public final class Pipeline {
  /** Copies a document without its comments and processing instructions. */
  private static final String WITHOUT_NOTES =
      "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
          + "<xsl:mode on-no-match='shallow-copy'/><xsl:template match='comment() | processing-instruction()'/></xsl:stylesheet>";

  private final Processor processor;
  private ResumeReader reader; // made on first read, off the start-up path (schema, checks)
  private JsonResume json; // made on first use: Jackson costs ~380 classes at start-up
  private final Stylesheets stylesheets;
  private final Preparer preparer;

  /**
   * What stylesheets and FOP may read: the stylesheets, the theme, and the folder of the résumé at
   * hand.
   */
  private final Sandbox sandbox = new Sandbox();

  private final Map<Format, Lazy> renderers = new EnumMap<>(Format.class);
  private XsltExecutable withoutNotes; // made on first use: most résumés have no comments

  public Pipeline() {
    this(null);
  }

  /**
   * @param xslFolder a user's copy of the stylesheets, or null for the bundled ones
   */
  public Pipeline(Path xslFolder) {
    this.processor = new Processor(new ClosedConfiguration(new AccessPolicy(sandbox)));
    this.stylesheets =
        xslFolder == null ? Stylesheets.bundled(processor) : Stylesheets.in(processor, xslFolder);
    this.preparer = new Preparer(stylesheets);
    for (Format format : Format.values()) {
      renderers.put(format, new Lazy(format));
    }
    sandbox.allow(stylesheets.base());
  }

  /**
   * Reads and validates a résumé: canonical XML, or a JSON Resume ({@code .json}) converted to the
   * canonical XML first. What a conversion does not show, or reads as surely meant, is reported to
   * {@code warnings}, also when the résumé is then refused; the language of a JSON Resume that does
   * not give it, told from its text, is a note there.
   */
  public XdmNode read(Path input, Warnings warnings) throws InvalidResumeException {
    return read(input, null, warnings);
  }

  /**
   * @param lang the language chosen to render in, or null: a JSON Resume's own is then told from
   *     its text
   */
  private XdmNode read(Path input, String lang, Warnings warnings) throws InvalidResumeException {
    if (JsonResume.isJson(input)) {
      return told(found -> json().read(input, lang == null, found), warnings);
    }
    return reader().read(input);
  }

  /**
   * A converted JSON Resume, its warnings told (also when errors refuse it: the user fixing them
   * then knows the rest), and its language when it was told from the text.
   */
  private static XdmNode told(JsonRead read, Warnings warnings) throws InvalidResumeException {
    List<io.resume.model.Problem> found = new ArrayList<>();
    JsonResume.Imported imported;
    try {
      imported = read.read(found);
    } finally {
      found.forEach(w -> warnings.warn(w.placedMessage()));
    }
    if (imported.languageDetected()) {
      warnings.note(
          imported.language() == null
              ? "could not tell the language of the résumé's text; use --lang to choose (or give meta.language)"
              : "detected " + imported.language().englishName() + "; use --lang to choose");
    }
    return imported.resume();
  }

  /** One way of converting a JSON Resume, collecting its warnings into the list given. */
  @FunctionalInterface
  private interface JsonRead {
    JsonResume.Imported read(List<io.resume.model.Problem> warnings) throws InvalidResumeException;
  }

  /**
   * The reader of canonical résumés. Loading the schema and compiling the checks takes a good part
   * of a cold start: built on first use, it is built on the thread that reads the first input while
   * other threads build the renderers.
   */
  private synchronized ResumeReader reader() {
    if (reader == null) {
      reader = new ResumeReader(processor);
    }
    return reader;
  }

  /**
   * Starts building, on background threads, what rendering {@code formats} will need after the
   * reader (which the render's own thread builds first): the prepare stylesheet and each format's
   * renderer. A cold render of one résumé then builds them on every core instead of one after
   * another (on two cores it takes about a third off). Nothing depends on it: whatever is not built
   * yet when a render needs it is built by that render's thread (the builders are lazy and locked,
   * so nothing is built twice), and a failure here is left for that thread to meet and report.
   */
  public CompletableFuture<Void> prebuild(Collection<Format> formats) {
    List<Runnable> tasks = new ArrayList<>();
    tasks.add(preparer::compile);
    tasks.add(Cldr::warmUp); // ICU's date formatting, which the prepare step needs for every résumé
    // The slowest to build first: a render waits for the PDF renderer longest.
    formats.stream().sorted().forEach(format -> tasks.add(() -> renderer(format)));
    return Prebuilder.start(tasks);
  }

  /** The compiled stylesheets, for a test that counts their compilations. */
  Stylesheets stylesheets() {
    return stylesheets;
  }

  /**
   * The theme of that name (classic, modern) in this pipeline's stylesheets, or the theme file at
   * that path, which the stylesheets may then read.
   */
  public Theme theme(String nameOrPath) {
    Theme theme = Themes.find(stylesheets.base(), nameOrPath, sandbox::permits);
    sandbox.allow(theme.uri());
    return theme;
  }

  /** The themes that come with this pipeline's stylesheets. */
  public List<Theme> themes() {
    return Themes.bundled(stylesheets.base(), sandbox::permits);
  }

  /** JSON Resume import and export, sharing this pipeline's reader. */
  public synchronized JsonResume json() {
    if (json == null) {
      json = new JsonResume(reader());
    }
    return json;
  }

  public PreparedResume prepare(Path input, String lang, Warnings warnings)
      throws InvalidResumeException {
    return prepareVariant(input, Variant.lang(lang), warnings);
  }

  /**
   * Prepares one variant, its PDF carrying the clean copy of the version (see {@link EmbedSource}).
   */
  public PreparedResume prepareVariant(Path input, Variant variant, Warnings warnings)
      throws InvalidResumeException {
    return prepareVariant(input, variant, EmbedSource.CLEAN, warnings);
  }

  /**
   * Prepares one variant (language, target, private items), with the source an output may carry
   * ({@code embed}): when the variant leaves items out, they are left out of the embedded résumé as
   * well, so no output holds a private item unless asked to.
   */
  public PreparedResume prepareVariant(
      Path input, Variant variant, EmbedSource embed, Warnings warnings)
      throws InvalidResumeException {
    XdmNode source = read(input, variant.lang(), warnings);
    XdmNode view = sandbox.during(input, () -> preparer.prepareVariant(source, variant, warnings));
    return new PreparedResume(
        input.toString(),
        view,
        embedded(input, () -> canonicalBytes(input, source), source, variant, embed));
  }

  /**
   * Prepares a résumé that is no file, such as the body of a request ({@code resume serve}): XML,
   * or JSON Resume when {@code json}, under the same limits and checks as a file, its PDF carrying
   * what {@code embed} says of the version. It has no folder, so its stylesheets may read only what
   * every render may (the stylesheets, the theme), never a résumé's folder.
   *
   * @param name what messages call it (a file name such as {@code request.xml})
   */
  public PreparedResume prepareVariant(
      byte[] body, boolean json, String name, Variant variant, EmbedSource embed, Warnings warnings)
      throws InvalidResumeException {
    XdmNode source = read(body, json, name, variant.lang(), warnings);
    XdmNode view = sandbox.during(null, () -> preparer.prepareVariant(source, variant, warnings));
    return new PreparedResume(
        name,
        view,
        embedded(null, json ? () -> serialize(source) : () -> body, source, variant, embed),
        null);
  }

  /**
   * Reads and validates a résumé that is no file (standard input, a request's body): XML, or JSON
   * Resume when {@code json}, under the same limits and checks as a file. It has no folder.
   */
  public XdmNode read(byte[] body, boolean json, String name, Warnings warnings)
      throws InvalidResumeException {
    return read(body, json, name, null, warnings);
  }

  /**
   * @param lang the language chosen to render in, or null: a JSON Resume's own is then told from
   *     its text
   */
  private XdmNode read(byte[] body, boolean json, String name, String lang, Warnings warnings)
      throws InvalidResumeException {
    if (body.length > InputLimits.MAX_BYTES) {
      throw new InvalidResumeException(InputLimits.tooLarge(name, body.length));
    }
    if (json) {
      return told(found -> json().read(body, name, lang == null, found), warnings);
    }
    return reader().read(new ByteArrayInputStream(body), name, NO_FOLDER);
  }

  /**
   * The base URI of a résumé that is no file: a URN, which names no folder and which no stylesheet
   * may resolve anything against (only file: and jar: are read at all).
   */
  private static final String NO_FOLDER = "urn:resume:request";

  /** The bytes of the résumé as written (a file's own, a request's body), made only when needed. */
  @FunctionalInterface
  private interface Canonical {
    byte[] bytes() throws InvalidResumeException;
  }

  /**
   * Renders into a stream (resume serve keeps its renders in memory); its stylesheets may read the
   * folder of the résumé's file, none when it is no file (a request's body).
   */
  public void render(
      PreparedResume resume,
      Format format,
      RenderOptions options,
      OutputStream out,
      Warnings warnings)
      throws IOException {
    Renderer renderer = renderer(format);
    sandbox.during(
        resume.file(),
        () -> {
          renderer.render(resume, options, out, warnings);
          return null;
        });
  }

  /**
   * The prepared résumé of a résumé already read (what {@code validate} checks render can make).
   */
  public XdmNode prepare(XdmNode source, Variant variant, Warnings warnings) {
    return sandbox.during(fileOf(source), () -> preparer.prepareVariant(source, variant, warnings));
  }

  /**
   * The canonical résumé of one version (target, private items; every language kept): what {@code
   * export} converts, and what a PDF embeds. The résumé itself when the version leaves nothing out.
   */
  public XdmNode version(XdmNode source, Variant variant) {
    return sandbox.during(fileOf(source), () -> preparer.selectVersion(source, variant));
  }

  /**
   * The file a résumé was read from, whose folder its stylesheets may read; null when it has none.
   */
  private static Path fileOf(XdmNode source) {
    java.net.URI uri = source.getBaseURI();
    try {
      return uri != null && "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The bytes a PDF attaches, decided here once for every format and command: none; the version's
   * résumé as written (the file's own bytes when the version is the whole file); or, by default,
   * the same without comments and processing instructions, which are notes to oneself (a salary
   * expectation) rather than the résumé.
   */
  private byte[] embedded(
      Path input, Canonical canonical, XdmNode source, Variant variant, EmbedSource embed)
      throws InvalidResumeException {
    if (embed == EmbedSource.NONE) {
      return null;
    }
    // f:select-version gives the résumé itself when the version leaves nothing out.
    XdmNode version = sandbox.during(input, () -> preparer.selectVersion(source, variant));
    if (embed == EmbedSource.CLEAN && hasNotes(version)) {
      return serialize(withoutNotes(version));
    }
    return version.equals(source) ? canonical.bytes() : serialize(version);
  }

  /** The texts of a résumé that have no alternative in a language (see validate --lang). */
  public List<XdmNode> untranslated(XdmNode source, String lang) {
    return preparer.untranslated(source, lang);
  }

  private static boolean hasNotes(XdmNode document) {
    return document
        .select(
            Steps.descendant()
                .where(
                    node ->
                        node.getNodeKind() == XdmNodeKind.COMMENT
                            || node.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION))
        .findAny()
        .isPresent();
  }

  /** The document without its comments and processing instructions. */
  private XdmNode withoutNotes(XdmNode document) {
    Xslt30Transformer transformer = withoutNotes().load30();
    XdmDestination result = new XdmDestination();
    try {
      transformer.applyTemplates(document, result);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot leave the notes out of the embedded résumé", e);
    }
    return result.getXdmNode();
  }

  private synchronized XsltExecutable withoutNotes() {
    if (withoutNotes == null) {
      try {
        withoutNotes =
            processor.newXsltCompiler().compile(new StreamSource(new StringReader(WITHOUT_NOTES)));
      } catch (SaxonApiException e) {
        throw new IllegalStateException("cannot compile the notes filter", e);
      }
    }
    return withoutNotes;
  }

  /**
   * The canonical résumé as it should travel inside an output (the PDF's attachment): the file's
   * own bytes for XML, the converted XML for JSON Resume.
   */
  private byte[] canonicalBytes(Path input, XdmNode source) throws InvalidResumeException {
    if (!JsonResume.isJson(input)) {
      // Read again, within the reader's limit: the file may have grown since it was read.
      try (InputStream in = InputLimits.open(input)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new InvalidResumeException(InputLimits.cannotRead(input.toString(), e));
      }
    }
    return serialize(source);
  }

  private byte[] serialize(XdmNode source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Serializer serializer = processor.newSerializer(bytes);
    serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
    try {
      serializer.serializeNode(source);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot serialise the converted résumé", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Renders into a temporary of {@code outputs}, which replaces {@code target} when the set is
   * committed: an input's outputs are moved into place together, or none of them.
   */
  public void render(
      PreparedResume resume,
      Format format,
      RenderOptions options,
      OutputSet outputs,
      Path target,
      Warnings warnings)
      throws IOException {
    outputs.write(target, out -> render(resume, format, options, out, warnings));
  }

  /**
   * The renderer of a format, built on first use; two formats can be built at once on two threads.
   */
  public Renderer renderer(Format format) {
    return renderers.get(format).get();
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

  private Renderer create(Format format) {
    return switch (format) {
      case PDF -> new PdfRenderer(stylesheets, sandbox);
      case DOCX -> new DocxRenderer();
      case HTML, TXT, MD -> new StylesheetRenderer(stylesheets, format);
    };
  }
}
