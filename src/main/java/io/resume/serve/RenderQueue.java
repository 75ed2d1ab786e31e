package io.resume.serve;

import io.resume.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where requests wait for a render: {@code jobs} renders at once, at most {@code queue} waiting,
 * and a time limit on each from the moment it is admitted. A request beyond the queue is refused at
 * once (the caller answers 503 with Retry-After), so overload costs the server nothing; one past
 * its time limit is answered then, while its render, which Java cannot stop safely, runs on to its
 * end in its slot: the slots bound the work in progress, answered or not.
 */
final class RenderQueue {
  /** Told of each admitted job and of each start; tests hold a job here to fill the queue. */
  interface Listener {
    default void admitted() {}

    default void started() {}
  }

  /** One admitted job: its work, and how it is answered when the time limit comes first. */
  interface Job {
    void run();

    void timedOut(Duration limit);
  }

  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService timer;
  private final Duration timeLimit;
  private final Listener listener;
  private final AtomicInteger running = new AtomicInteger();
  private final CompletableFuture<Void> drained = new CompletableFuture<>();
  private volatile boolean draining;

  RenderQueue(int jobs, int queue, Duration timeLimit, Listener listener) {
    this.workers =
        new ThreadPoolExecutor(
            jobs,
            jobs,
            0,
            TimeUnit.SECONDS,
            queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
            DaemonThreads.named("serve-render"));
    this.workers
        .prestartAllCoreThreads(); // a free job takes a request at once, none goes through the
    // queue first
    ScheduledThreadPoolExecutor clock =
        new ScheduledThreadPoolExecutor(1, DaemonThreads.named("serve-timer"));
    clock.setRemoveOnCancelPolicy(
        true); // a finished job's deadline goes at once, not after the time limit
    this.timer = clock;
    this.timeLimit = timeLimit;
    this.listener = listener;
  }

  /** Admits a job, or returns false when the queue is full or the server is draining. */
  boolean offer(Job job) {
    if (draining) {
      return false;
    }
    AtomicBoolean over = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        timer.schedule(
            () -> {
              over.set(true);
              job.timedOut(timeLimit);
            },
            timeLimit.toNanos(),
            TimeUnit.NANOSECONDS);
    try {
      workers.execute(
          () -> {
            running.incrementAndGet();
            try {
              if (!over.get()) {
                listener.started();
                job.run();
              }
            } finally {
              deadline.cancel(false);
              running.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      deadline.cancel(false);
      return false;
    }
    listener.admitted();
    return true;
  }

  int running() {
    return running.get();
  }

  int waiting() {
    return workers.getQueue().size();
  }

  boolean draining() {
    return draining;
  }

  /**
   * Admits nothing more; the future completes once every admitted job has finished (those waiting
   * too: they were promised an answer).
   */
  CompletableFuture<Void> drain() {
    synchronized (this) {
      if (!draining) {
        draining = true;
        workers.shutdown();
        Thread waiter =
            new Thread(
                () -> {
                  try {
                    while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                      // every job ends: with its answer or after its time limit
                    }
                    drained.complete(null);
                  } catch (InterruptedException e) {
                    drained.completeExceptionally(e);
                  }
                },
                "serve-drain");
        waiter.setDaemon(true);
        waiter.start();
      }
    }
    return drained;
  }

  void close() {
    workers.shutdownNow();
    timer.shutdownNow();
  }
}
