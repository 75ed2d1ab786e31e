package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.Seed;
import io.resume.model.InputLimits;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /render and the other routes, as a client sees them: statuses, types, bodies. */
class RenderApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Served served;
  private static byte[] seed;

  @BeforeAll
  static void start() throws Exception {
    served = Served.service();
    seed = Files.readAllBytes(Seed.PATH);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void everyFormatComesWithItsContentType() throws Exception {
    Map<String, String> types =
        Map.of(
            "pdf", "application/pdf",
            "html", "text/html;charset=utf-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "txt", "text/plain;charset=utf-8",
            "md", "text/markdown;charset=utf-8");
    for (var format : types.entrySet()) {
      HttpResponse<byte[]> response =
          served.render("?format=" + format.getKey(), "application/xml", seed);
      assertEquals(200, response.statusCode(), format.getKey() + ": " + Served.text(response));
      assertEquals(
          format.getValue(),
          response.headers().firstValue("Content-Type").orElse(""),
          format.getKey());
      assertTrue(response.body().length > 0);
    }
  }

  @Test
  void thePdfSaysWhatTheResumeSays() throws Exception {
    HttpResponse<byte[]> response = served.render("?format=pdf", "application/xml", seed);
    assertEquals(200, response.statusCode());
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Zhuofu Chen"), text);
    }
    HttpResponse<byte[]> text = served.render("?format=txt", "application/xml", seed);
    assertTrue(Served.text(text).contains("Tongji University"));
  }

  @Test
  void theQueryChoosesLanguagePaperThemeAndVersion() throws Exception {
    String academic =
        Served.text(served.render("?format=txt&target=academic", "application/xml", seed));
    String industry =
        Served.text(served.render("?format=txt&target=industry", "application/xml", seed));
    assertTrue(academic.contains("TidalDecode"), academic);
    assertFalse(industry.contains("TidalDecode"), industry);
    String german = Served.text(served.render("?format=txt&lang=de", "application/xml", seed));
    assertTrue(german.contains("Ausbildung"), german);
    HttpResponse<byte[]> letter =
        served.render("?format=pdf&paper=letter&theme=modern", "application/xml", seed);
    assertEquals(200, letter.statusCode(), Served.text(letter));
    try (PDDocument pdf = Loader.loadPDF(letter.body())) {
      assertEquals(
          612, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "US letter is 612 pt wide");
    }
  }

  @Test
  void jsonResumeIsReadLikeAFile() throws Exception {
    byte[] json =
        Files.readAllBytes(Path.of("src/test/resources/io/resume/json/roundtrip/minimal.json"));
    HttpResponse<byte[]> response =
        served.render("?format=html", "application/json; charset=utf-8", json);
    assertEquals(200, response.statusCode(), Served.text(response));
    assertTrue(Served.text(response).contains("<h1>Ada</h1>"), Served.text(response));
  }

  @Test
  void anInvalidResumeIsA400WithItsProblemsAndPlaces() throws Exception {
    byte[] xml =
        Files.readAllBytes(Path.of("src/test/resources/io/resume/model/invalid/bad-month.002.xml"));
    HttpResponse<byte[]> response = served.render("?format=pdf", "application/xml", xml);
    assertEquals(400, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problems = JSON.readTree(response.body());
    assertTrue(problems.isArray() && problems.size() >= 1, problems::toString);
    JsonNode first = problems.get(0);
    assertEquals(List.of("line", "column", "message"), iterable(first.fieldNames()));
    // bad-month.002.expected: "7:29 2019-13", the place and a fragment of the message the CLI
    // prints.
    assertEquals(7, first.get("line").asInt());
    assertEquals(29, first.get("column").asInt());
    assertTrue(first.get("message").asText().contains("2019-13"), first::toString);

    byte[] json =
        Files.readAllBytes(Path.of("src/test/resources/io/resume/json/invalid/bad-month.001.json"));
    JsonNode jsonProblems =
        JSON.readTree(served.render("?format=pdf", "application/json", json).body());
    assertEquals(6, jsonProblems.get(0).get("line").asInt(), jsonProblems::toString);
    assertEquals(20, jsonProblems.get(0).get("column").asInt(), jsonProblems::toString);
    assertTrue(
        jsonProblems.get(0).get("message").asText().contains("is not a date"),
        jsonProblems::toString);
  }

  /**
   * A body the PDF cannot show whole (a name of 28 capitals, unbroken, wider than the page) is the
   * body's problem, a 400 naming the part, not a fault of the server.
   */
  @Test
  void aResumeThePdfCannotShowWholeIsA400NamingThePart() throws Exception {
    byte[] wide =
        ("<resume xmlns='urn:resume:1' xml:lang='en'><basics><name>"
                + "W".repeat(28)
                + "</name></basics><awards><award><title>An award</title></award></awards></resume>")
            .getBytes(StandardCharsets.UTF_8);
    assertProblem(
        served.render("?format=pdf", "application/xml", wide),
        400,
        "the PDF would not show all of the résumé: \"" + "W".repeat(28) + "\" has a line too wide");
  }

  @Test
  void aBodyOverTheReadersLimitIsA413AndOneAtTheLimitIsRead() throws Exception {
    // At the limit exactly: the seed padded with a comment to 512 KB is read and rendered.
    byte[] atLimit = padded((int) InputLimits.MAX_BYTES);
    HttpResponse<byte[]> read = served.render("?format=txt", "application/xml", atLimit);
    assertEquals(200, read.statusCode(), Served.text(read));
    // One byte more, with its length declared, and again without (chunked): refused.
    byte[] over = padded((int) InputLimits.MAX_BYTES + 1);
    HttpResponse<byte[]> declared = served.render("?format=txt", "application/xml", over);
    assertEquals(413, declared.statusCode());
    assertTrue(Served.text(declared).contains("512 KB"), Served.text(declared));
    HttpRequest chunked =
        HttpRequest.newBuilder(served.uri("/render?format=txt"))
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over)))
            .build();
    HttpResponse<String> streamed =
        served.client.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, streamed.statusCode(), streamed.body());
    assertEquals(
        null, JSON.readTree(streamed.body()).get(0).get("line").textValue(), "no place: null");
  }

  @Test
  void whatIsNotAResumeRequestIsRefusedWithTheRightStatus() throws Exception {
    assertEquals(415, served.render("?format=pdf", "text/plain", seed).statusCode());
    assertEquals(
        415,
        served.render("?format=pdf", "application/x-www-form-urlencoded", seed).statusCode(),
        "a cross-site form cannot post a résumé");
    assertProblem(served.render("", "application/xml", seed), 400, "say which format");
    assertProblem(
        served.render("?format=odt", "application/xml", seed), 400, "unknown format 'odt'");
    assertProblem(
        served.render("?format=pdf&theme=/etc/passwd", "application/xml", seed),
        400,
        "unknown theme");
    assertProblem(
        served.render("?format=pdf&lang=../../etc", "application/xml", seed), 400, "language tag");
    assertProblem(
        served.render("?format=pdf&paper=a3", "application/xml", seed), 400, "unknown paper");
    assertProblem(
        served.render("?format=pdf&formt=x", "application/xml", seed),
        400,
        "unknown parameter 'formt'");
    HttpResponse<byte[]> get = served.get("/render?format=pdf");
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    assertEquals(404, served.get("/nothing").statusCode());
  }

  @Test
  void healthSaysReadyOnceWarm() throws Exception {
    served.server.warm().get();
    HttpResponse<String> health = served.getText("/health");
    assertEquals(200, health.statusCode(), health.body());
    assertEquals("ready", JSON.readTree(health.body()).get("status").asText());
  }

  @Test
  void everyRequestIsOneAccessLogLineWithItsDuration() throws Exception {
    served.render("?format=txt&paper=a4", "application/xml", seed);
    // A line is written once its response is complete, so an earlier test's line may still arrive
    // first: the lines are read until this request's, which must be there and be whole.
    String line;
    do {
      line = served.log.poll(Served.WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } while (line != null && !line.contains("format=txt&paper=a4"));
    assertTrue(
        line != null
            && line.matches(
                "\\S+ 127\\.0\\.0\\.1 \"POST /render\\?format=txt&paper=a4\" 200 \\d+ B \\d+ ms"),
        line);
  }

  @Test
  void theSameRequestGivesTheSameBytes() throws Exception {
    // Stateless: nothing of one request changes the next (the clock is fixed in these tests).
    byte[] first = served.render("?format=docx", "application/xml", seed).body();
    served.render("?format=docx&lang=zh&target=industry", "application/xml", seed);
    assertArrayEquals(first, served.render("?format=docx", "application/xml", seed).body());
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String fragment)
      throws Exception {
    assertEquals(status, response.statusCode(), Served.text(response));
    JsonNode problems = JSON.readTree(response.body());
    assertTrue(problems.get(0).get("message").asText().contains(fragment), problems::toString);
  }

  private static byte[] padded(int size) {
    String xml = new String(seed, StandardCharsets.UTF_8);
    int end = xml.lastIndexOf("</resume>");
    int fill = size - seed.length - "<!--".length() - "-->".length();
    String padding = "<!--" + "x".repeat(fill) + "-->";
    byte[] bytes =
        (xml.substring(0, end) + padding + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    assertEquals(size, bytes.length);
    return bytes;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
