package io.resume.batch;

import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
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
    CountDownLatch remaining = new CountDownLatch(inputs.size());
    Consumer<Outcome> finish = outcome -> {
      try {
        if (!outcome.ok()) {
          failures.add(outcome);
        }
        listener.finished(outcome, done.incrementAndGet(), inputs.size());
      } finally {
        remaining.countDown();
      }
    };
    // Fewer inputs than threads (above all one résumé, the cold start): the formats of an input
    // render side by side, and the renderers (FOP factory, compiled stylesheets, JAXB context) are
    // built on the idle threads while the inputs are read and prepared.
    boolean formatsApart = inputs.size() < threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
    try {
      for (Path input : inputs) {
        pool.execute(() -> finish.accept(formatsApart ? renderApart(input, job, pool) : renderOne(input, job)));
      }
      if (formatsApart) {
        ordered(job.formats()).forEach(format -> pool.execute(() -> pipeline.renderer(format)));
      }
      awaitQuietly(remaining);
    } finally {
      pool.shutdown(); // a renderer still being built for a failed input finishes in the background
    }
    List<Outcome> ordered = new ArrayList<>(failures);
    ordered.sort((a, b) -> Integer.compare(inputs.indexOf(a.input()), inputs.indexOf(b.input())));
    return new Summary(inputs.size(), List.copyOf(ordered), System.nanoTime() - start);
  }

  /** Renders one input, one format after the other; never throws for a problem of the input. */
  public Outcome renderOne(Path input, Job job) {
    List<String> warnings = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    try {
      PreparedResume resume = pipeline.prepare(input, job.lang(), message -> warnings.add(input + ": warning: " + message));
      for (Format format : ordered(job.formats())) {
        outputs.add(render(resume, format, input, job, warnings));
      }
      return outcome(input, job, outputs, List.of(), warnings);
    } catch (InvalidResumeException | IOException | RuntimeException e) {
      return outcome(input, job, outputs, problems(input, e), warnings);
    }
  }

  /**
   * Renders one input with its formats as separate tasks of {@code pool}: this thread runs each
   * task no other thread has started yet, so it never idles while work is queued.
   */
  private Outcome renderApart(Path input, Job job, ExecutorService pool) {
    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    PreparedResume resume;
    try {
      resume = pipeline.prepare(input, job.lang(), message -> warnings.add(input + ": warning: " + message));
    } catch (InvalidResumeException | RuntimeException e) {
      return outcome(input, job, List.of(), problems(input, e), warnings);
    }
    List<FutureTask<Path>> tasks = new ArrayList<>();
    for (Format format : ordered(job.formats())) {
      FutureTask<Path> task = new FutureTask<>(() -> render(resume, format, input, job, warnings));
      tasks.add(task);
      pool.execute(task);
    }
    // Another thread takes the queue from its head (the slowest format); this one from the tail.
    for (int i = tasks.size() - 1; i >= 0; i--) {
      tasks.get(i).run(); // does nothing if the task has already been started elsewhere
    }
    List<Path> outputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (FutureTask<Path> task : tasks) {
      try {
        outputs.add(task.get());
      } catch (ExecutionException e) {
        problems.addAll(problems(input, e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        problems.add(input + ": interrupted");
      }
    }
    return outcome(input, job, outputs, problems, warnings);
  }

  private Path render(PreparedResume resume, Format format, Path input, Job job, List<String> warnings)
      throws IOException {
    Path target = job.outFolder().resolve(baseName(input) + "." + format.extension());
    pipeline.render(resume, format, job.options(), target, message -> warnings.add(input + ": warning: " + message));
    return target;
  }

  private static Outcome outcome(Path input, Job job, List<Path> outputs, List<String> problems, List<String> warnings) {
    List<String> all = List.copyOf(warnings);
    if (problems.isEmpty() && job.strict() && !all.isEmpty()) {
      return new Outcome(input, List.copyOf(outputs), List.of(input + ": " + all.size()
          + " warning(s), and --strict makes warnings errors"), all);
    }
    return new Outcome(input, List.copyOf(outputs), List.copyOf(problems), all);
  }

  /** What a user reads about a failed input: never a stack trace. */
  private static List<String> problems(Path input, Throwable failure) {
    if (failure instanceof InvalidResumeException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      return List.of(input + ": cannot write the output: " + failure.getMessage());
    }
    // A fault in a stylesheet or a library must not stop the other résumés of the batch.
    return List.of(input + ": could not be rendered: " + failure.getMessage());
  }

  /** The formats slowest first (PDF), so that the longest task starts earliest. */
  private static List<Format> ordered(Set<Format> formats) {
    List<Format> ordered = new ArrayList<>(formats);
    ordered.sort(Comparator.comparingInt(format -> SLOWEST_FIRST.indexOf(format)));
    return ordered;
  }

  private static final List<Format> SLOWEST_FIRST = List.of(Format.PDF, Format.DOCX, Format.HTML, Format.TXT, Format.MD);

  /** {@code resume.xml} → {@code resume}. */
  public static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "render-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void awaitQuietly(CountDownLatch remaining) {
    try {
      remaining.await(); // every render ends, with an outcome or an error
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
