package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.Job;
import io.resume.batch.Outcome;
import io.resume.batch.Summary;
import io.resume.render.Format;
import io.resume.render.RenderOptions;
import io.resume.watch.FileChanges;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders one résumé, then again each time it or the stylesheets folder changes ({@link
 * FileChanges}: a burst of events gives one render), until closed. A broken save is reported and
 * the watch goes on. {@link #close()} may be called from any thread; {@link #run()} then returns.
 */
final class Watcher implements AutoCloseable {
  /** The résumé as the user named it, as render names it in messages. */
  private final Path input;

  private final Path xsl;
  private final Set<Format> formats;
  private final Path outFolder;
  private final Variant variant;
  private final EmbedSource embed;
  private final Function<Pipeline, RenderOptions> options;
  private final Consumer<String> out;
  private final Consumer<String> err;
  private final FileChanges changes;
  private Pipeline pipeline;

  Watcher(
      Path input,
      Path xsl,
      Set<Format> formats,
      Path outFolder,
      Variant variant,
      EmbedSource embed,
      Function<Pipeline, RenderOptions> options,
      Duration debounce,
      Consumer<String> out,
      Consumer<String> err)
      throws IOException {
    this.input = input;
    this.xsl = xsl == null ? null : xsl.toAbsolutePath().normalize();
    this.formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats); // in the order of Format
    this.outFolder = outFolder;
    this.variant = variant;
    this.embed = embed;
    this.options = options;
    this.out = out;
    this.err = err;
    // Watching from now on: a save during the first render is not missed.
    this.changes = new FileChanges(Set.of(input.toAbsolutePath().normalize()), this.xsl, debounce);
    this.pipeline = new Pipeline(xsl);
  }

  /** Renders now, then on every change; returns when closed (or interrupted). */
  void run() throws IOException {
    try {
      render();
      out.accept(
          "watching "
              + input.getFileName()
              + (xsl == null ? "" : " and " + xsl)
              + " (Ctrl-C to stop)");
      changes.run(
          stylesheets -> {
            if (stylesheets) {
              pipeline = new Pipeline(xsl); // new compiled stylesheets
            }
            render();
          });
    } finally {
      changes.close();
    }
  }

  /** Tells {@code events} of each file event seen, and whether it was about a watched file. */
  Watcher observe(BiConsumer<Path, Boolean> events) {
    changes.observe(events);
    return this;
  }

  @Override
  public void close() throws IOException {
    changes.close();
  }

  /**
   * One round, on the batch's code path ({@link BatchRenderer}: the same outputs, warnings and
   * failures as {@code render}, the formats side by side on spare cores): the outputs are moved
   * into place together when every format is done; a round that fails leaves the last good ones.
   */
  private void render() {
    Job job = new Job(outFolder, formats, variant, options.apply(pipeline), false, embed);
    Summary summary =
        new BatchRenderer(pipeline, Runtime.getRuntime().availableProcessors())
            .run(List.of(input), job, (outcome, done, total) -> report(outcome));
    if (summary.failures().isEmpty()) {
      out.accept(
          input.getFileName()
              + ": rendered in "
              + Duration.ofNanos(summary.nanos()).toMillis()
              + " ms");
    } else {
      err.accept(input.getFileName() + ": not rendered; fix it and save again");
    }
  }

  /** As {@code render} tells an input's end: warnings and problems, then the files written. */
  private void report(Outcome outcome) {
    outcome.warnings().forEach(err);
    outcome.problems().forEach(err);
    outcome.outputs().stream().map(Path::toString).forEach(out);
  }
}
