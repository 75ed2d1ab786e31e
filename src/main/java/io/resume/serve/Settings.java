package io.resume.serve;

import java.time.Duration;

/**
 * How the server listens and how much it takes on at once.
 *
 * @param host the address to listen on; loopback (127.0.0.1) unless the user asks for another
 * @param port the port, or 0 for a free one
 * @param jobs renders running at once (a render takes a core: the number of cores suits)
 * @param queue renders admitted to wait for a free job; one more is refused with 503 and
 *     Retry-After
 * @param timeLimit the longest a request may wait and render; past it the client gets a 503
 */
public record Settings(String host, int port, int jobs, int queue, Duration timeLimit) {
  public static final String LOOPBACK = "127.0.0.1";

  public Settings {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, not " + jobs);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("--queue must be 0 or more, not " + queue);
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("--time-limit must be more than 0 seconds");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "--port must be between 0 (a free port) and 65535, not " + port);
    }
  }

  /** Loopback, a free port, a job per core, 32 waiting, 10 s per request. */
  public static Settings defaults() {
    return new Settings(
        LOOPBACK, 0, Runtime.getRuntime().availableProcessors(), 32, Duration.ofSeconds(10));
  }
}
