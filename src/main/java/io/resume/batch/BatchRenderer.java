package io.resume.batch;

import io.resume.DaemonThreads;
import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.Warnings;
import io.resume.render.OutputSet;
import io.resume.render.PreparedResume;
import io.resume.render.RenderFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders many résumés on several threads through one shared {@link Pipeline}. A bad input is
 * reported and the batch goes on; the summary lists every failure.
 */
public final class BatchRenderer {
  /** Told of each input as soon as it is finished, from the thread that rendered it. */
  @FunctionalInterface
  public interface Listener {
    void finished(Outcome outcome, int done, int total);
  }

  private final Pipeline pipeline;
  private final int threads;

  public BatchRenderer(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  public Summary run(List<Path> inputs, Job job, Listener listener) {
    long start = System.nanoTime();
    List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    int inputThreads = Math.min(threads, Math.max(1, inputs.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(inputThreads, DaemonThreads.named("render"));
    // Threads that no input needs (a single résumé, say) render the formats of an input side by
    // side.
    ExecutorService formatPool =
        threads > inputThreads && job.formats().size() > 1
            ? Executors.newFixedThreadPool(threads - inputThreads, DaemonThreads.named("format"))
            : null;
    try {
      for (Path input : inputs) {
        pool.execute(
            () -> {
              Outcome outcome;
              try {
                outcome = renderOne(input, job, formatPool);
              } catch (
                  Throwable
                      e) { // NOPMD: whatever happens, the input gets an outcome and the batch a
                // count
                outcome =
                    new Outcome(
                        input,
                        List.of(),
                        List.of(
                            input
                                + ": could not be rendered: an internal error ("
                                + e.getClass().getSimpleName()
                                + ") stopped it"),
                        List.of(),
                        e);
              }
              if (!outcome.ok()) {
                failures.add(outcome);
              }
              listener.finished(outcome, done.incrementAndGet(), inputs.size());
            });
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
      if (formatPool != null) {
        formatPool.shutdown();
      }
    }
    List<Outcome> ordered = new ArrayList<>(failures);
    ordered.sort((a, b) -> Integer.compare(inputs.indexOf(a.input()), inputs.indexOf(b.input())));
    return new Summary(inputs.size(), List.copyOf(ordered), System.nanoTime() - start);
  }

  /** Renders one input; never throws for a problem of the input. */
  public Outcome renderOne(Path input, Job job) {
    return renderOne(input, job, null);
  }

  /**
   * Renders a résumé that is no file (standard input) as {@link #renderOne} renders a file: its
   * stylesheets may read no résumé folder, and its outputs are named after {@code namedAs}.
   *
   * @param name what messages call it ({@code <stdin>})
   */
  public Outcome renderBytes(byte[] body, boolean json, String name, Path namedAs, Job job) {
    return render(
        Path.of(name),
        name,
        namedAs,
        job,
        null,
        warnings ->
            pipeline.prepareVariant(body, json, name, job.variant(), job.embed(), warnings));
  }

  /**
   * Renders every format of one input into temporaries and moves them into place only when the
   * whole input succeeded: a failed input (a format that fails, a warning under --strict, a PDF
   * over --max-pages) writes none of its outputs, and the earlier ones stay.
   *
   * @param formatPool threads on which to render formats beside this one's, or null for none
   */
  private Outcome renderOne(Path input, Job job, ExecutorService formatPool) {
    return render(
        input,
        input.toString(),
        input,
        job,
        formatPool,
        warnings -> pipeline.prepareVariant(input, job.variant(), job.embed(), warnings));
  }

  /** How an input becomes a prepared résumé, telling its warnings. */
  @FunctionalInterface
  private interface Preparation {
    PreparedResume prepare(Warnings warnings) throws InvalidResumeException;
  }

  /**
   * @param input the input as its outcome names it
   * @param name what messages call it
   * @param namedAs what its outputs are named after
   */
  private Outcome render(
      Path input,
      String name,
      Path namedAs,
      Job job,
      ExecutorService formatPool,
      Preparation preparation) {
    List<String> warnings = new ArrayList<>();
    // Notes (a language told from the text) are told with the warnings, but are no fault for
    // --strict.
    AtomicInteger notes = new AtomicInteger();
    try (OutputSet outputs = new OutputSet()) {
      PreparedResume resume =
          preparation.prepare(
              Warnings.of(
                  message -> warnings.add(Warnings.line(name, message)),
                  message -> {
                    warnings.add(name + ": " + message);
                    notes.incrementAndGet();
                  }));
      new FormatRenders(pipeline, namedAs, name, job, formatPool).run(resume, outputs, warnings);
      if (job.strict() && warnings.size() > notes.get()) {
        return new Outcome(
            input,
            List.of(),
            List.of(
                name
                    + ": "
                    + (warnings.size() - notes.get())
                    + " warning(s), and --strict makes warnings errors; nothing written"),
            warnings);
      }
      outputs.commit();
      return new Outcome(
          input,
          job.formats().stream().sorted().map(format -> job.target(namedAs, format)).toList(),
          List.of(),
          warnings);
    } catch (InvalidResumeException e) {
      return new Outcome(
          input, List.of(), e.problems().stream().map(Problem::toString).toList(), warnings);
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A fault in a stylesheet or a library must not stop the other résumés of the batch; an
      // Error would end the worker thread without an outcome.
      return new Outcome(
          input,
          List.of(),
          List.of(name + ": " + RenderFailure.describe(e)),
          warnings,
          RenderFailure.isInputsFault(e) ? null : e);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: every render ends, with an outcome or an error
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
