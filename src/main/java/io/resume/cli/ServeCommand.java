package io.resume.cli;

import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.RenderOptions;
import io.resume.serve.ResumeServer;
import io.resume.serve.Settings;
import io.resume.theme.Themes;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume serve [INPUT] [--port N] [--host H]}: the live preview of INPUT and a render
 * service ({@code POST /render}), until Ctrl-C or SIGTERM, which stop it gracefully.
 */
@Command(
    name = "serve",
    description = {
      "Serves a live preview of INPUT (HTML and PDF side by side, refreshed on every save) and renders résumés"
          + " POSTed to /render?format=pdf|html|docx|txt|md; Ctrl-C or SIGTERM stops it gracefully.",
      "Listens on 127.0.0.1 only unless --host says otherwise."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "INPUT",
      description =
          "The résumé to preview (.xml, or .json for JSON Resume); none for a render service only.")
  private Path input;

  @Mixin private RenderChoices choices;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  private String host = Settings.LOOPBACK;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to listen on (default: a free one, printed).")
  private int port;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Renders at once (default: the number of cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--queue",
      paramLabel = "N",
      description =
          "Requests that may wait for a render; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
  private int queue = 32;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      description =
          "Longest a request may wait and render before it gets a 503 (default: ${DEFAULT-VALUE}).")
  private int timeLimit = 10;

  @Option(
      names = "--strict",
      description = "Refuse (400) a résumé whose render warns (a missing glyph, a refused link).")
  private boolean strict;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description = "Refuse (400) a résumé whose PDF has more than N pages.")
  private Integer maxPages;

  /** How long the preview's files must be quiet after a save before it renders. */
  Duration debounce = Duration.ofMillis(50);

  @Override
  public Integer call() throws Exception {
    if (spec.commandLine().getParseResult().hasMatchedOption("--out")) {
      throw new ParameterException(
          spec.commandLine(), "serve keeps its renders in memory: --out has no meaning here");
    }
    if (input != null && !Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + input);
    }
    if (maxPages != null && maxPages < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-pages must be at least 1, not " + maxPages);
    }
    Settings settings;
    try {
      settings = new Settings(host, port, jobs, queue, Duration.ofSeconds(timeLimit));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Instant fixed = fixedTime();
    Supplier<Instant> clock = fixed == null ? Instant::now : () -> fixed;
    try {
      choices.options(
          spec,
          new Pipeline(choices.xsl),
          maxPages); // a bad --paper or --theme fails now, as usage
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ResumeServer.Choices renders =
        new ResumeServer.Choices(
            choices.xsl,
            choices.variant(spec),
            choices.embedSource(spec),
            pipeline -> choices.options(spec, pipeline, maxPages),
            strict,
            clock);
    // Every format unless --format chooses: the preview's links offer them all.
    Set<Format> formats =
        spec.commandLine().getParseResult().hasMatchedOption("--format")
            ? choices.formats(spec)
            : EnumSet.allOf(Format.class);
    ResumeServer.PreviewOf preview =
        input == null ? null : new ResumeServer.PreviewOf(input, formats, themeFile(), debounce);
    PrintWriter out = spec.commandLine().getOut();
    ResumeServer server;
    try {
      server = ResumeServer.start(settings, renders, preview, out::println);
    } catch (BindException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    Thread stop = new Thread(() -> stop(server, settings, out), "serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println(
        "serving "
            + server.uri()
            + (input == null ? "" : " (preview of " + input.getFileName() + ")")
            + "; POST résumés to "
            + server.uri().resolve("render")
            + "?format=pdf; Ctrl-C stops");
    server
        .warm()
        .whenComplete(
            (done, failure) ->
                out.println(
                    failure == null
                        ? "ready: warmed up"
                        : "not ready: the warm-up failed: " + failure.getMessage()));
    server.join();
    return Main.OK;
  }

  /**
   * SIGTERM or Ctrl-C: no new renders, the admitted ones finish (within their time limit), then
   * stop.
   */
  private static void stop(ResumeServer server, Settings settings, PrintWriter out) {
    out.println("stopping: finishing the renders under way");
    try {
      server.drain().get(settings.timeLimit().toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      out.println("stopping without waiting longer for the renders under way");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      out.println("stopping: " + e.getCause().getMessage());
    }
    server.close();
    out.println("stopped");
    out.flush();
  }

  /** The theme file to follow (a theme given as a path), or null. */
  private Path themeFile() {
    String theme = spec.commandLine().getParseResult().matchedOptionValue("--theme", null);
    return theme == null || Themes.BUNDLED.contains(theme) ? null : Path.of(theme);
  }

  private Instant fixedTime() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    try {
      return epoch == null || epoch.isBlank() ? null : RenderOptions.timestampFrom(epoch);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
