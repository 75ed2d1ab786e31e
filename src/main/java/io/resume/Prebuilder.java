package io.resume;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a pipeline's build steps on background threads, in the order given, on one core fewer than
 * the machine has (the render's own thread keeps one). Daemon threads: a process that is done does
 * not wait for them. A step that fails is ignored here; the thread that needs what it builds builds
 * it again and reports the failure where it belongs.
 */
final class Prebuilder {
  private Prebuilder() {}

  /** Starts the steps; the future is done when all of them are (whether they failed or not). */
  static CompletableFuture<Void> start(List<Runnable> steps) {
    int threads =
        Math.max(1, Math.min(steps.size(), Runtime.getRuntime().availableProcessors() - 1));
    ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("prebuild"));
    CompletableFuture<?>[] done = new CompletableFuture<?>[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      Runnable step = steps.get(i);
      done[i] =
          CompletableFuture.runAsync(
              () -> {
                try {
                  step.run();
                } catch (RuntimeException
                    | LinkageError
                        e) { // NOPMD: met again, and reported, by the thread that needs it
                  // nothing to do
                }
              },
              pool);
    }
    pool.shutdown();
    return CompletableFuture.allOf(done);
  }
}
