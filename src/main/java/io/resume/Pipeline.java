package io.resume;

import io.resume.input.ResumeInputs;
import io.resume.json.JsonResume;
import io.resume.l10n.Cldr;
import io.resume.model.InvalidResumeException;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.OutputSet;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import io.resume.renderers.Renderers;
import io.resume.sandbox.Sandbox;
import io.resume.theme.Theme;
import io.resume.theme.Themes;
import io.resume.xslt.AccessPolicy;
import io.resume.xslt.ClosedConfiguration;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Preparer;
import io.resume.xslt.SourceEmbedding;
import io.resume.xslt.Stylesheets;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * The composition root: one sandbox, one Saxon processor closed by it, the stylesheets compiled
 * once, and over them the readers ({@link ResumeInputs}), the prepare step ({@link Preparer}, with
 * {@link SourceEmbedding}) and the renderers ({@link Renderers}). Read and validate, prepare once,
 * render each format; everything costly is built once, on first use, and shared, so one pipeline
 * serves any number of renders, also from several threads. Around prepare and each render it tells
 * the sandbox which résumé's folder the thread may read.
 */
public final class Pipeline {
  /**
   * What stylesheets and FOP may read: the stylesheets, the theme, and the folder of the résumé at
   * hand.
   */
  private final Sandbox sandbox = new Sandbox();

  private final Stylesheets stylesheets;
  private final ResumeInputs inputs;
  private final Preparer preparer;
  private final SourceEmbedding embedding;
  private final Renderers renderers;

  public Pipeline() {
    this(null);
  }

  /**
   * @param xslFolder a user's copy of the stylesheets, or null for the bundled ones
   */
  public Pipeline(Path xslFolder) {
    Processor processor = new Processor(new ClosedConfiguration(new AccessPolicy(sandbox)));
    this.stylesheets =
        xslFolder == null ? Stylesheets.bundled(processor) : Stylesheets.in(processor, xslFolder);
    this.inputs = new ResumeInputs(processor);
    this.preparer = new Preparer(stylesheets);
    this.embedding = new SourceEmbedding(processor, preparer, sandbox);
    this.renderers = new Renderers(stylesheets, sandbox);
    sandbox.allow(stylesheets.base());
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
    formats.stream().sorted().forEach(format -> tasks.add(() -> renderers.get(format)));
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
  public JsonResume json() {
    return inputs.json();
  }

  /** Reads and validates a résumé file (see {@link ResumeInputs#read(Path, String, Warnings)}). */
  public XdmNode read(Path input, Warnings warnings) throws InvalidResumeException {
    return inputs.read(input, null, warnings);
  }

  /**
   * Reads and validates a résumé that is no file (standard input, a request's body): XML, or JSON
   * Resume when {@code json}, under the same limits and checks as a file. It has no folder.
   */
  public XdmNode read(byte[] body, boolean json, String name, Warnings warnings)
      throws InvalidResumeException {
    return inputs.read(body, json, name, null, warnings);
  }

  public PreparedResume prepare(Path input, String lang, Warnings warnings)
      throws InvalidResumeException {
    return prepareVariant(input, Variant.lang(lang), warnings);
  }

  /** Prepares one variant, its PDF carrying the clean copy of the version. */
  public PreparedResume prepareVariant(Path input, Variant variant, Warnings warnings)
      throws InvalidResumeException {
    return prepareVariant(input, variant, EmbedSource.CLEAN, warnings);
  }

  /**
   * Prepares one variant (language, target, private items), with what its PDF carries of the
   * version ({@code embed}, see {@link SourceEmbedding}).
   */
  public PreparedResume prepareVariant(
      Path input, Variant variant, EmbedSource embed, Warnings warnings)
      throws InvalidResumeException {
    XdmNode source = inputs.read(input, variant.lang(), warnings);
    XdmNode view = sandbox.during(input, () -> preparer.prepareVariant(source, variant, warnings));
    SourceEmbedding.Written written =
        ResumeInputs.isConverted(input) ? null : () -> ResumeInputs.asWritten(input);
    return new PreparedResume(
        input.toString(), view, embedding.bytes(input, written, source, variant, embed));
  }

  /**
   * Prepares a résumé that is no file, such as the body of a request ({@code resume serve}): XML,
   * or JSON Resume when {@code json}, under the same limits and checks as a file. It has no folder,
   * so its stylesheets may read only what every render may (the stylesheets, the theme), never a
   * résumé's folder.
   *
   * @param name what messages call it (a file name such as {@code request.xml})
   */
  public PreparedResume prepareVariant(
      byte[] body, boolean json, String name, Variant variant, EmbedSource embed, Warnings warnings)
      throws InvalidResumeException {
    XdmNode source = inputs.read(body, json, name, variant.lang(), warnings);
    XdmNode view = sandbox.during(null, () -> preparer.prepareVariant(source, variant, warnings));
    return new PreparedResume(
        name, view, embedding.bytes(null, json ? null : () -> body, source, variant, embed), null);
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

  /** The texts of a résumé that have no alternative in a language (see validate --lang). */
  public List<XdmNode> untranslated(XdmNode source, String lang) {
    return preparer.untranslated(source, lang);
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
    Renderer renderer = renderers.get(format);
    sandbox.during(
        resume.file(),
        () -> {
          renderer.render(resume, options, out, warnings);
          return null;
        });
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

  /** The renderer of a format, built on first use. */
  public Renderer renderer(Format format) {
    return renderers.get(format);
  }

  /**
   * The file a résumé was read from, whose folder its stylesheets may read; null when it has none.
   */
  private static Path fileOf(XdmNode source) {
    URI uri = source.getBaseURI();
    try {
      return uri != null && "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
