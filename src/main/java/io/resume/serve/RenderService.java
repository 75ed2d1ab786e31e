package io.resume.serve;

import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.theme.Theme;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders résumés sent in requests: stateless, nothing of a request is kept. It has a pipeline of
 * its own that allows no folder (a request's résumé has none), so a request cannot make the
 * stylesheets read any file but themselves, whatever the preview's résumé allows its own pipeline.
 * Thread-safe; a new pipeline (edited {@code --xsl} stylesheets) replaces the old between requests.
 */
final class RenderService {
  /** What a request gets when its query says nothing: the server's command line. */
  record Defaults(
      Variant variant,
      EmbedSource embed,
      Function<Pipeline, RenderOptions> options,
      boolean strict,
      Supplier<Instant> clock) {}

  /** One rendered file and what the render warned about. */
  record Rendered(Format format, byte[] bytes, List<String> warnings) {}

  private final Path xsl;
  private final Defaults defaults;
  private volatile Renders renders;

  RenderService(Path xsl, Defaults defaults) {
    this.xsl = xsl;
    this.defaults = defaults;
    this.renders = new Renders(new Pipeline(xsl));
  }

  Variant variant() {
    return defaults.variant();
  }

  /** New stylesheets (an edited --xsl folder): the next request compiles and uses them. */
  void reload() {
    renders = new Renders(new Pipeline(xsl));
  }

  Pipeline pipeline() {
    return renders.pipeline;
  }

  /**
   * Renders a request's body, XML or (when {@code json}) JSON Resume.
   *
   * @throws InvalidResumeException the résumé is not valid (or, with --strict, a render warned)
   * @throws IOException the render failed (a PDF over --max-pages is a {@code PageLimitException})
   */
  Rendered render(byte[] body, boolean json, RenderRequest request)
      throws InvalidResumeException, IOException {
    Renders current = renders;
    String name = json ? "request.json" : "request.xml";
    List<String> warnings = new ArrayList<>();
    PreparedResume resume =
        current.pipeline.prepareVariant(
            body, json, name, request.variant(), defaults.embed(), warnings::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
    current.pipeline.render(resume, request.format(), current.options(request), out, warnings::add);
    if (defaults.strict() && !warnings.isEmpty()) {
      throw new InvalidResumeException(
          warnings.stream()
              .map(w -> new Problem(name, 0, 0, "warning (and the server is --strict): " + w))
              .toList());
    }
    return new Rendered(request.format(), out.toByteArray(), List.copyOf(warnings));
  }

  /**
   * A pipeline with the options built for it: the server's theme, and the bundled themes a request
   * may name.
   */
  private final class Renders {
    final Pipeline pipeline;
    final RenderOptions base;
    final Map<String, Theme> themes = new ConcurrentHashMap<>();

    Renders(Pipeline pipeline) {
      this.pipeline = pipeline;
      this.base = defaults.options().apply(pipeline);
    }

    RenderOptions options(RenderRequest request) {
      Theme theme =
          request.theme() == null
              ? base.theme()
              : themes.computeIfAbsent(request.theme(), pipeline::theme);
      return new RenderOptions(
          request.paper() == null ? base.paper() : request.paper(),
          defaults.clock().get(),
          theme,
          base.maxPages());
    }
  }
}
