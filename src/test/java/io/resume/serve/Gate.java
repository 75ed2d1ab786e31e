package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Holds every render at its start until opened, and tells the test each admission and start: a test
 * fills the jobs and the queue with it exactly, without waiting on the clock.
 */
final class Gate implements RenderQueue.Listener {
  final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final CountDownLatch open = new CountDownLatch(1);

  @Override
  public void admitted() {
    events.add("admitted");
  }

  @Override
  public void started() {
    events.add("started");
    try {
      open.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void open() {
    open.countDown();
  }

  /**
   * Waits for the next events, which must be {@code expected} in any order (a free job may start a
   * request before its admission is told).
   */
  void await(String... expected) throws InterruptedException {
    List<String> wanted = new ArrayList<>(List.of(expected));
    while (!wanted.isEmpty()) {
      String event = events.poll(Served.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertTrue(wanted.remove(event), "expected " + wanted + ", got " + event);
    }
  }
}
