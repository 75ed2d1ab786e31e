package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM's path: renders under way finish and are answered, new ones get 503, then the server
 * stops.
 */
class GracefulStopTest {
  @Test
  void inFlightRendersFinishWhileNewOnesGet503() throws Exception {
    byte[] seed = Files.readAllBytes(Seed.PATH);
    Gate gate = new Gate();
    try (Served served =
        Served.service(new Settings(Settings.LOOPBACK, 0, 1, 1, Duration.ofMinutes(5)), gate)) {
      CompletableFuture<HttpResponse<byte[]>> inFlight =
          served.client.sendAsync(
              served.post("?format=pdf", "application/xml", seed),
              HttpResponse.BodyHandlers.ofByteArray());
      gate.await("admitted", "started");
      CompletableFuture<HttpResponse<byte[]>> queued =
          served.client.sendAsync(
              served.post("?format=txt", "application/xml", seed),
              HttpResponse.BodyHandlers.ofByteArray());
      gate.await("admitted");

      CompletableFuture<Void> drained = served.server.drain();
      assertFalse(drained.isDone(), "two renders are still owed an answer");
      HttpResponse<byte[]> refused = served.render("?format=pdf", "application/xml", seed);
      assertEquals(503, refused.statusCode());
      assertTrue(refused.headers().firstValue("Retry-After").isPresent());
      assertTrue(Served.text(refused).contains("stopping"), Served.text(refused));
      HttpResponse<String> health = served.getText("/health");
      assertEquals(503, health.statusCode(), "a load balancer stops sending work");
      assertTrue(health.body().contains("\"stopping\""), health.body());

      gate.open();
      HttpResponse<byte[]> finished = inFlight.get(Served.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(200, finished.statusCode());
      assertEquals("application/pdf", finished.headers().firstValue("Content-Type").orElse(""));
      assertEquals(
          200,
          queued.get(Served.WAIT.toSeconds(), TimeUnit.SECONDS).statusCode(),
          "admitted before the stop");
      drained.get(Served.WAIT.toSeconds(), TimeUnit.SECONDS);
    }
  }
}
