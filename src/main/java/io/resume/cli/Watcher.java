package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.Targets;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.Warnings;
import io.resume.render.EmbedSource;
import io.resume.render.Format;
import io.resume.render.OutputSet;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.watch.FileChanges;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    this.input = input.toAbsolutePath().normalize();
    this.xsl = xsl == null ? null : xsl.toAbsolutePath().normalize();
    this.formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats); // in the order of Format
    this.outFolder = outFolder;
    this.variant = variant;
    this.embed = embed;
    this.options = options;
    this.out = out;
    this.err = err;
    // Watching from now on: a save during the first render is not missed.
    this.changes = new FileChanges(Set.of(this.input), this.xsl, debounce);
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
   * One round: prepare once, then each format, with the time each took. The outputs are moved into
   * place together when every format is done; a round that fails leaves the last good ones.
   */
  private void render() {
    long start = System.nanoTime();
    try (OutputSet outputs = new OutputSet()) {
      PreparedResume resume =
          pipeline.prepareVariant(
              input,
              variant,
              embed,
              Warnings.of(this::warn, note -> err.accept(input + ": " + note)));
      out.accept(input.getFileName() + ": prepared in " + millis(start));
      RenderOptions now = options.apply(pipeline);
      List<String> done = new ArrayList<>();
      for (Format format : formats) {
        long began = System.nanoTime();
        Path target = Targets.of(outFolder, input, format);
        pipeline.render(resume, format, now, outputs, target, this::warn);
        done.add(target + ": " + millis(began));
      }
      outputs.commit();
      done.forEach(out);
    } catch (InvalidResumeException e) {
      e.problems().stream().map(Problem::toString).forEach(err);
      err.accept(input.getFileName() + ": not rendered; fix it and save again");
    } catch (IOException e) {
      err.accept(input + ": " + BatchRenderer.failure(e));
    } catch (UncheckedIOException e) {
      err.accept(input + ": " + BatchRenderer.failure(e.getCause()));
    } catch (RuntimeException e) {
      // A broken stylesheet: say so and keep watching for the fix.
      err.accept(input + ": could not be rendered: " + e.getMessage());
    }
  }

  private void warn(String message) {
    err.accept(Warnings.line(input, message));
  }

  private static String millis(long since) {
    return Duration.ofNanos(System.nanoTime() - since).toMillis() + " ms";
  }
}
