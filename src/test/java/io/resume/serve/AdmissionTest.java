package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Bounded work: a full queue refuses at once with 503 and Retry-After; the time limit answers 503.
 */
class AdmissionTest {
  @Test
  void beyondTheJobsAndTheQueueARequestGets503WithRetryAfter() throws Exception {
    byte[] seed = Files.readAllBytes(Seed.PATH);
    Gate gate = new Gate();
    try (Served served =
        Served.service(new Settings(Settings.LOOPBACK, 0, 1, 1, Duration.ofMinutes(5)), gate)) {
      CompletableFuture<HttpResponse<byte[]>> running =
          served.client.sendAsync(
              served.post("?format=txt", "application/xml", seed),
              HttpResponse.BodyHandlers.ofByteArray());
      gate.await("admitted", "started"); // the one job is taken
      CompletableFuture<HttpResponse<byte[]>> waiting =
          served.client.sendAsync(
              served.post("?format=html", "application/xml", seed),
              HttpResponse.BodyHandlers.ofByteArray());
      gate.await("admitted"); // the one place in the queue is taken

      HttpResponse<byte[]> refused = served.render("?format=pdf", "application/xml", seed);
      assertEquals(503, refused.statusCode());
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      assertTrue(Served.text(refused).contains("busy"), Served.text(refused));
      assertEquals(0, gate.events.size(), "the refused request was never admitted");

      gate.open();
      assertEquals(200, running.get().statusCode());
      assertEquals(
          200, waiting.get().statusCode(), "the queued request is answered once a job is free");
      assertEquals(
          200,
          served.render("?format=pdf", "application/xml", seed).statusCode(),
          "and there is room again");
    }
  }

  @Test
  void aRequestPastItsTimeLimitGets503AndItsSlotStaysTakenUntilItsRenderEnds() throws Exception {
    byte[] seed = Files.readAllBytes(Seed.PATH);
    Gate gate = new Gate();
    try (Served served =
        Served.service(new Settings(Settings.LOOPBACK, 0, 1, 0, Duration.ofMillis(300)), gate)) {
      HttpResponse<byte[]> late =
          served.render("?format=txt", "application/xml", seed); // held at the gate
      assertEquals(503, late.statusCode());
      assertTrue(Served.text(late).contains("time limit"), Served.text(late));
      gate.await("admitted", "started");
      // The held render still occupies the only job: the next request is refused, not piled on.
      HttpResponse<byte[]> next = served.render("?format=txt", "application/xml", seed);
      assertEquals(503, next.statusCode());
      assertTrue(Served.text(next).contains("busy"), Served.text(next));
      gate.open();
    }
  }
}
