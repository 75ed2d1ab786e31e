package io.resume.batch;

import io.resume.Pipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.OutputSet;
import io.resume.render.PreparedResume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Renders the formats of one prepared résumé into one {@link OutputSet}: in format order on the
 * calling thread, or, given spare threads, the first (the PDF, the slowest) here and the others
 * beside it. Either way the warnings come back in format order, and the call returns only once
 * every format is finished, so no file is still being written after an outcome is reported. The
 * caller commits the set (every output moved into place) or closes it (none).
 */
final class FormatRenders {
  private final Pipeline pipeline;
  private final Path input;
  private final String name;
  private final Job job;
  private final ExecutorService spare;

  /**
   * @param input what the outputs are named after ({@code x.xml} → {@code DIR/x.pdf})
   * @param name what warnings call the input (its path; {@code <stdin>})
   * @param spare threads for the formats after the first, or null to render them all here
   */
  FormatRenders(Pipeline pipeline, Path input, String name, Job job, ExecutorService spare) {
    this.pipeline = pipeline;
    this.input = input;
    this.name = name;
    this.job = job;
    this.spare = spare;
  }

  void run(PreparedResume resume, OutputSet outputs, List<String> warnings) throws IOException {
    List<Format> formats = job.formats().stream().sorted().toList();
    if (spare == null) {
      for (Format format : formats) {
        render(resume, format, outputs, message -> warnings.add(name + ": warning: " + message));
      }
      return;
    }
    // Each format tells its warnings into its own list; they are joined in format order.
    List<List<String>> told = new ArrayList<>();
    List<Future<?>> others = new ArrayList<>();
    for (Format format : formats) {
      List<String> list = Collections.synchronizedList(new ArrayList<>());
      told.add(list);
      if (format != formats.get(0)) {
        others.add(
            spare.submit(
                () ->
                    render(
                        resume,
                        format,
                        outputs,
                        message -> list.add(name + ": warning: " + message))));
      }
    }
    Throwable[] failures = new Throwable[formats.size()];
    try {
      render(
          resume,
          formats.get(0),
          outputs,
          message -> told.get(0).add(name + ": warning: " + message));
    } catch (IOException | RuntimeException | Error e) {
      failures[0] = e;
    }
    for (int i = 1; i < formats.size(); i++) {
      try {
        getUninterruptibly(others.get(i - 1));
      } catch (ExecutionException e) {
        failures[i] = e.getCause();
      }
    }
    Throwable first = null;
    for (int i = 0; i < formats.size(); i++) {
      warnings.addAll(told.get(i));
      if (failures[i] != null && first == null) {
        first = failures[i];
      }
    }
    rethrow(first);
  }

  private Void render(PreparedResume resume, Format format, OutputSet outputs, Warnings warnings)
      throws IOException {
    pipeline.render(resume, format, job.options(), outputs, job.target(input, format), warnings);
    return null;
  }

  /**
   * Waits for a format to finish even when interrupted: its file must not be written after the
   * outcome.
   */
  private static <T> T getUninterruptibly(Future<T> future) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(failure);
  }
}
