package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview follows saves: each one is an event on /events, a broken one keeps the last good
 * renders.
 */
class PreviewTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSaveIsAnEventAndNewRendersABrokenSaveKeepsTheLastGood(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("cv.xml"), resume("Ada Lovelace"));
    try (Served served = Served.preview(input, null)) {
      assertTrue(served.getText("/resume.txt").body().contains("Ada Lovelace"));
      Events events = Events.open(served);
      JsonNode first = events.nextRound();
      assertEquals(1, first.get("version").asInt(), first::toString);
      assertEquals(0, first.get("problems").size());

      Files.writeString(input, resume("Grace Hopper"));
      JsonNode saved = events.nextRound();
      assertEquals(2, saved.get("version").asInt(), saved::toString);
      assertTrue(served.getText("/resume.txt").body().contains("Grace Hopper"));
      assertTrue(served.getText("/resume.html?v=2").body().contains("Grace Hopper"));

      Files.writeString(input, "<resume xmlns='urn:resume:1'><basics><name>Half saved");
      JsonNode broken = events.nextRound();
      assertEquals(
          2,
          broken.get("version").asInt(),
          "the renders on screen stay those of the last good save");
      String problem = broken.get("problems").get(0).asText();
      assertTrue(problem.matches(".*cv\\.xml:1:\\d+: .+"), problem);
      assertTrue(
          served.getText("/resume.txt").body().contains("Grace Hopper"),
          "the last good render stays");
      String page = served.getText("/").body();
      assertTrue(page.contains("cv.xml:1:"), "the page shows the problem: " + page);
      assertFalse(page.contains("id=\"problems\" class=\"problems\" hidden"), page);

      Files.writeString(input, resume("Katherine Johnson"));
      JsonNode fixed = events.nextRound();
      assertEquals(3, fixed.get("version").asInt(), fixed::toString);
      assertEquals(0, fixed.get("problems").size());
      assertTrue(served.getText("/resume.md").body().contains("Katherine Johnson"));
    }
  }

  /**
   * A save's HTML is shown before its other formats are rendered: an event says so first, then the
   * end of the round. When the PDF then fails, the round takes the early HTML back: the panes show
   * the last good save, all of them.
   */
  @Test
  void theHtmlShowsFirstAndIsTakenBackWhenThePdfFails(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("cv.xml"), resume("Ada Lovelace"));
    try (Served served = Served.preview(input, null)) {
      Events events = Events.open(served);
      assertEquals(1, events.nextRound().get("version").asInt());

      Files.writeString(input, resume("Grace Hopper"));
      JsonNode early = events.next();
      assertEquals(List.of(1, 2), versions(early), early::toString);
      JsonNode done = events.next();
      assertEquals(List.of(2, 2), versions(done), done::toString);
      assertTrue(served.getText("/resume.pdf").statusCode() == 200);

      // A name of 28 capitals, unbroken, is wider than the page: the HTML renders, the PDF fails.
      Files.writeString(input, resume("W".repeat(28)));
      JsonNode wide = events.next();
      assertEquals(List.of(2, 3), versions(wide), wide::toString);
      JsonNode failed = events.next();
      assertEquals(List.of(2, 2), versions(failed), failed::toString);
      assertTrue(
          failed.get("problems").get(0).asText().contains("the PDF would not show all"),
          failed::toString);
      assertTrue(
          served.getText("/resume.html").body().contains("Grace Hopper"),
          "the early HTML is taken back");
    }
  }

  private static List<Integer> versions(JsonNode state) {
    return List.of(state.get("version").asInt(), state.get("htmlVersion").asInt());
  }

  /** A theme's gap is on the page once a round, beside the résumé's own warnings. */
  @Test
  void aThemesGapIsAWarningOnThePageOnce(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("cv.xml"), resume("Ada Lovelace"));
    String modern = Files.readString(Path.of("xsl/themes/modern.xml"));
    Path theme =
        Files.writeString(
            dir.resolve("mine.xml"),
            modern.replaceAll("\\s*<setting key=\"color.accent\">[^<]*</setting>", ""));
    try (Served served = Served.previewWithTheme(input, theme)) {
      JsonNode first = Events.open(served).nextRound();
      assertEquals(1, first.get("version").asInt(), first::toString);
      List<String> warnings = new ArrayList<>();
      first.get("warnings").forEach(warning -> warnings.add(warning.asText()));
      assertEquals(
          List.of(
              theme
                  + ": warning: the theme has no setting 'color.accent', using the classic theme's"),
          warnings);
    }
  }

  @Test
  void theFirstRenderMayFailAndTheFixStillShows(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("cv.xml"), "<resume xmlns='urn:resume:1'/>");
    try (Served served = Served.preview(input, null)) {
      HttpResponse<String> none = served.getText("/resume.pdf");
      assertEquals(404, none.statusCode());
      assertTrue(none.body().contains("cv.xml:1:"), none.body());
      Events events = Events.open(served);
      assertEquals(0, events.nextRound().get("version").asInt());
      Files.writeString(input, resume("Ada Lovelace"));
      assertEquals(1, events.nextRound().get("version").asInt());
      assertEquals(200, served.get("/resume.pdf").statusCode());
    }
  }

  @Test
  void thePreviewServesItsOwnFilesAndNothingBesideTheResume(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("cv.xml"), resume("Ada Lovelace"));
    Files.writeString(dir.resolve("secret.txt"), "do not serve me");
    try (Served served = Served.preview(input, null)) {
      for (String path :
          new String[] {
            "/cv.xml",
            "/secret.txt",
            "/resume.xml",
            "/resume.pdf/../secret.txt",
            "/%2e%2e/secret.txt",
            "/resume..txt",
            "/resume.txt/x",
            "/..%2fsecret.txt"
          }) {
        HttpResponse<String> response = served.getText(path);
        assertTrue(
            response.statusCode() == 404 || response.statusCode() == 400,
            path + ": " + response.statusCode());
        assertFalse(response.body().contains("do not serve me"), path);
      }
      HttpResponse<String> page = served.getText("/");
      assertEquals(200, page.statusCode());
      assertTrue(
          page.headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("default-src 'none'"));
      assertEquals(200, served.getText("/preview.js").statusCode());
    }
  }

  static String resume(String name) {
    return "<resume xmlns='urn:resume:1'><basics><name>"
        + name
        + "</name></basics>"
        + "<awards><award><title>Prize</title><date>2020</date></award></awards></resume>";
  }

  /** The state events of one page's stream, in order. */
  static final class Events {
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

    static Events open(Served served) throws Exception {
      Events events = new Events();
      HttpResponse<Stream<String>> stream =
          served.client.send(
              HttpRequest.newBuilder(served.uri("/events")).build(),
              HttpResponse.BodyHandlers.ofLines());
      assertEquals(200, stream.statusCode());
      assertEquals(
          "text/event-stream;charset=utf-8",
          stream.headers().firstValue("Content-Type").orElse(""));
      Thread reader =
          new Thread(
              () ->
                  stream
                      .body()
                      .filter(line -> line.startsWith("data: "))
                      .forEach(line -> events.data.add(line.substring("data: ".length()))),
              "events");
      reader.setDaemon(true);
      reader.start();
      return events;
    }

    JsonNode next() throws Exception {
      String line = data.poll(Served.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertNotNull(line, "no event within " + Served.WAIT);
      return JSON.readTree(line);
    }

    /** The next event that ends a round, past those of a save's early HTML. */
    JsonNode nextRound() throws Exception {
      JsonNode event = next();
      while (isEarly(event)) {
        event = next();
      }
      return event;
    }

    static boolean isEarly(JsonNode event) {
      return event.get("htmlVersion").asInt() > event.get("version").asInt();
    }
  }
}
