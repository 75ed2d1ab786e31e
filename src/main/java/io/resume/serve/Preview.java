package io.resume.serve;

import io.resume.DaemonThreads;
import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderFailure;
import io.resume.render.RenderOptions;
import io.resume.watch.FileChanges;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The live preview of one résumé: its renders in memory, made again after every save of the résumé,
 * its theme file or its stylesheets. A round renders the HTML first and shows it at once (a few
 * milliseconds after prepare, where the PDF takes tens to hundreds), then the other formats side by
 * side; when the round ends, every format on screen comes from one save. A broken save keeps the
 * last good renders and reports its problems instead, the HTML too if it was shown early. Listeners
 * hear of the early HTML and of the end of every round, good or broken.
 */
final class Preview implements AutoCloseable {
  /** The renders of one good save; {@code version} counts good saves from 1. */
  record Snapshot(long version, Map<Format, byte[]> files) {}

  /**
   * What the page shows: the version of the renders on screen (0 before the first good one), that
   * of the HTML on screen (one more while a save's other formats are still rendering, else the
   * same), and the problems of the last save (empty when it was good) and its warnings, one line
   * each.
   */
  record State(long version, long htmlVersion, List<String> problems, List<String> warnings) {}

  /** HTML first: it is what the page shows first, and the PDF is the slow one. */
  private static final List<Format> ORDER =
      List.of(Format.HTML, Format.PDF, Format.DOCX, Format.TXT, Format.MD);

  private final Path input;
  private final Path xsl;
  private final List<Format> formats;
  private final Variant variant;
  private final EmbedSource embed;
  private final Function<Pipeline, RenderOptions> options;
  private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
  private Pipeline pipeline;
  private volatile Snapshot snapshot;

  /** The HTML on screen: the saved one's as soon as it is rendered, else the last good one's. */
  private volatile Snapshot html;

  private volatile State state = new State(0, 0, List.of(), List.of());
  private FileChanges changes;
  private Runnable stylesheetsChanged = () -> {};
  private final ExecutorService threads;

  Preview(
      Path input,
      Path xsl,
      Set<Format> formats,
      Variant variant,
      EmbedSource embed,
      Function<Pipeline, RenderOptions> options) {
    this.input = input;
    this.xsl = xsl;
    this.formats = ORDER.stream().filter(formats::contains).toList();
    this.variant = variant;
    this.embed = embed;
    this.options = options;
    this.pipeline = new Pipeline(xsl);
    this.threads =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(formats.size(), Runtime.getRuntime().availableProcessors())),
            DaemonThreads.named("serve-preview-render"));
  }

  Path input() {
    return input;
  }

  List<Format> formats() {
    return formats;
  }

  /** The renders on screen, or null before the first good save. */
  Snapshot snapshot() {
    return snapshot;
  }

  /** The render of a format on screen (see {@link #html}), or null before there is one. */
  byte[] shown(Format format) {
    Snapshot shown = format == Format.HTML ? html : snapshot;
    return shown == null ? null : shown.files().get(format);
  }

  State state() {
    return state;
  }

  void onState(Consumer<State> listener) {
    listeners.add(listener);
  }

  /** Also told when the stylesheets were saved (the render service compiles them again). */
  void onStylesheets(Runnable listener) {
    stylesheetsChanged = listener;
  }

  /**
   * Follows saves from now on, on a thread of its own, rendering each; the first round is {@link
   * #refresh}'s to run. @param theme a theme file to follow too, or null
   */
  void follow(Path theme, Duration debounce) throws IOException {
    Set<Path> files = theme == null ? Set.of(input) : Set.of(input, theme);
    changes = new FileChanges(files, xsl, debounce);
    Thread thread =
        DaemonThreads.named("serve-preview")
            .newThread(
                () -> {
                  try {
                    changes.run(
                        stylesheets -> {
                          if (stylesheets) {
                            stylesheetsChanged.run();
                          }
                          refresh(stylesheets);
                        });
                  } catch (IOException e) {
                    // a new stylesheets folder could not be watched: the preview no longer follows
                    // saves
                    state =
                        new State(
                            state.version(),
                            state.htmlVersion(),
                            List.of(input + ": no longer follows saves: " + e.getMessage()),
                            List.of());
                    listeners.forEach(listener -> listener.accept(state));
                  }
                });
    thread.start();
  }

  /** A format's bytes once rendered; what stopped it, as it was thrown. */
  private static byte[] done(Future<byte[]> render) throws IOException {
    try {
      return render.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * One round: the HTML first, shown and told at once, then the other formats side by side; then
   * tell the listeners how the round ended.
   */
  synchronized void refresh(boolean stylesheets) {
    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    List<String> problems = new ArrayList<>();
    Map<Format, byte[]> files = new EnumMap<>(Format.class);
    long last = snapshot == null ? 0 : snapshot.version();
    try {
      if (stylesheets) {
        pipeline = new Pipeline(xsl);
      }
      PreparedResume resume =
          pipeline.prepareVariant(
              input, variant, embed, message -> warnings.add(Warnings.line(input, message)));
      RenderOptions now = options.apply(pipeline);
      // The theme's gaps are the page's to show too, once a round (the formats do not repeat them).
      warnings.addAll(now.theme().warnings());
      Pipeline current = pipeline;
      List<Format> others = formats;
      if (formats.contains(Format.HTML) && formats.size() > 1) {
        files.put(Format.HTML, render(current, resume, Format.HTML, now, warnings));
        html = new Snapshot(last + 1, Map.of(Format.HTML, files.get(Format.HTML)));
        tell(new State(last, last + 1, List.of(), List.copyOf(warnings)));
        others = formats.stream().filter(format -> format != Format.HTML).toList();
      }
      // The other formats side by side (the PDF takes longest).
      Map<Format, Future<byte[]>> renders = new EnumMap<>(Format.class);
      for (Format format : others) {
        renders.put(format, threads.submit(() -> render(current, resume, format, now, warnings)));
      }
      for (Format format : others) {
        files.put(format, done(renders.get(format)));
      }
    } catch (InvalidResumeException e) {
      e.problems().stream().map(Problem::toString).forEach(problems::add);
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A broken stylesheet or theme, or a save the PDF cannot show whole: say so, keep the last
      // good renders, wait for the fix.
      problems.add(input + ": " + RenderFailure.describe(e));
    }
    if (problems.isEmpty()) {
      snapshot = new Snapshot(last + 1, Collections.unmodifiableMap(files));
    }
    html = snapshot; // a broken round takes back its early HTML: the panes show one save
    long version = snapshot == null ? 0 : snapshot.version();
    tell(new State(version, version, List.copyOf(problems), List.copyOf(warnings)));
  }

  private byte[] render(
      Pipeline pipeline,
      PreparedResume resume,
      Format format,
      RenderOptions options,
      List<String> warnings)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
    pipeline.render(
        resume, format, options, out, message -> warnings.add(input + ": warning: " + message));
    return out.toByteArray();
  }

  private void tell(State now) {
    state = now;
    listeners.forEach(listener -> listener.accept(now));
  }

  @Override
  public void close() throws IOException {
    if (changes != null) {
      changes.close();
    }
    threads.shutdownNow();
  }
}
