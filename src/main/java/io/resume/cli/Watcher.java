package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.Targets;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.render.EmbedSource;
import io.resume.render.Format;
import io.resume.render.OutputSet;
import io.resume.render.PreparedResume;
import io.resume.model.Warnings;
import io.resume.render.RenderOptions;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Renders one résumé, then again each time it or the stylesheets folder changes, until closed.
 * A burst of events (an editor's save is often several) gives one render: it waits until the
 * files have been quiet for the debounce time. A broken save is reported and the watch goes on.
 * {@link #close()} may be called from any thread; {@link #run()} then returns.
 */
final class Watcher implements AutoCloseable {
  private final Path input;
  private final Path xsl;
  private final Set<Format> formats;
  private final Path outFolder;
  private final Variant variant;
  private final EmbedSource embed;
  private final Function<Pipeline, RenderOptions> options;
  private final Duration debounce;
  private final Consumer<String> out;
  private final Consumer<String> err;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private Pipeline pipeline;
  /** Told of each file event and whether it starts a round: what a test counts instead of waiting. */
  private volatile BiConsumer<Path, Boolean> events = (path, relevant) -> {};

  Watcher(Path input, Path xsl, Set<Format> formats, Path outFolder, Variant variant, Function<Pipeline, RenderOptions> options,
      Duration debounce, Consumer<String> out, Consumer<String> err) throws IOException {
    this(input, xsl, formats, outFolder, variant, EmbedSource.CLEAN, options, debounce, out, err);
  }

  Watcher(Path input, Path xsl, Set<Format> formats, Path outFolder, Variant variant, EmbedSource embed,
      Function<Pipeline, RenderOptions> options, Duration debounce, Consumer<String> out, Consumer<String> err)
      throws IOException {
    this.input = input.toAbsolutePath().normalize();
    this.xsl = xsl == null ? null : xsl.toAbsolutePath().normalize();
    this.formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats); // in the order of Format
    this.outFolder = outFolder;
    this.variant = variant;
    this.embed = embed;
    this.options = options;
    this.debounce = debounce;
    this.out = out;
    this.err = err;
    this.service = FileSystems.getDefault().newWatchService();
    this.pipeline = new Pipeline(xsl);
  }

  /** Renders now, then on every change; returns when closed (or interrupted). */
  void run() throws IOException {
    try {
      register(input.getParent());
      if (xsl != null) {
        registerTree(xsl);
      }
      render();
      out.accept("watching " + input.getFileName() + (xsl == null ? "" : " and " + xsl) + " (Ctrl-C to stop)");
      while (true) {
        Change change = new Change();
        while (!change.any()) {
          change.add(service.take());
        }
        // Wait until the watched files are quiet; other files of the folder may be busy (a log).
        long quietAt = System.nanoTime() + debounce.toNanos();
        for (long left = debounce.toNanos(); left > 0; left = quietAt - System.nanoTime()) {
          WatchKey more = service.poll(left, TimeUnit.NANOSECONDS);
          if (more == null) {
            break;
          }
          if (change.add(more)) {
            quietAt = System.nanoTime() + debounce.toNanos();
          }
        }
        if (change.stylesheets) {
          // New compiled stylesheets; a new subfolder is watched too.
          pipeline = new Pipeline(xsl);
          registerTree(xsl);
        }
        render();
      }
    } catch (ClosedWatchServiceException e) {
      // closed: the watch is over
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      service.close();
    }
  }

  /** Tells {@code events} of each file event seen, and whether it was about a watched file. */
  Watcher observe(BiConsumer<Path, Boolean> events) {
    this.events = events;
    return this;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  /**
   * One round: prepare once, then each format, with the time each took. The outputs are moved
   * into place together when every format is done; a round that fails leaves the last good ones.
   */
  private void render() {
    long start = System.nanoTime();
    try (OutputSet outputs = new OutputSet()) {
      PreparedResume resume = pipeline.prepareVariant(input, variant, embed, Warnings.of(this::warn, note -> err.accept(input + ": " + note)));
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

  private void register(Path folder) throws IOException {
    WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, folder);
  }

  private void registerTree(Path root) throws IOException {
    List<Path> tree;
    try (Stream<Path> walk = Files.walk(root)) {
      tree = walk.filter(Files::isDirectory).toList();
    }
    for (Path folder : tree) {
      if (!folders.containsValue(folder)) {
        register(folder);
      }
    }
  }

  /** What a burst of events touched. */
  private final class Change {
    boolean resume;
    boolean stylesheets;

    boolean any() {
      return resume || stylesheets;
    }

    /** Takes the key's events; whether one of them is about a watched file. */
    boolean add(WatchKey key) {
      boolean relevant = false;
      Path folder = folders.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
          resume = true; // events were lost: render to be sure
          relevant = true;
          continue;
        }
        if (folder == null || !(event.context() instanceof Path name)) {
          continue;
        }
        Path changed = folder.resolve(name);
        boolean watched = true;
        if (changed.equals(input)) {
          resume = true;
        } else if (xsl != null && changed.startsWith(xsl)) {
          stylesheets = true;
        } else {
          watched = false;
        }
        relevant |= watched;
        events.accept(changed, watched);
      }
      key.reset();
      return relevant;
    }
  }
}
