package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonResumeErrorsTest {

  static Stream<Path> brokenResumes() throws IOException, URISyntaxException {
    Path folder = Path.of(JsonResumeErrorsTest.class.getResource("invalid").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /**
   * Each broken JSON Resume {@code name.NNN.json} fails with a first problem that reads {@code
   * file:} followed by the line of {@code name.NNN.expected} ("line:column: /pointer: message...").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenResumes")
  void aBrokenJsonResumeFailsAtTheExpectedPlace(Path file) throws IOException {
    String expected =
        Files.readString(
                Path.of(file.toString().replace(".json", ".expected")), StandardCharsets.UTF_8)
            .strip();
    InvalidResumeException e =
        assertThrows(InvalidResumeException.class, () -> JsonRoundTripTest.JSON.read(file));
    Problem first = e.problems().get(0);
    assertTrue(
        first.toString().startsWith(file + ":" + expected),
        () -> "expected " + expected + "\n   got " + first);
    assertFalse(first.toString().contains("Exception"), first::toString);
    assertFalse(first.toString().contains("\n"), first::toString);
  }

  @Test
  void everyProblemIsReportedInDocumentOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("three.json");
    Files.writeString(
        file,
        """
        {
          "basics": {"name": "A"},
          "work": [{"name": "B", "startDate": "2019-13"}],
          "education": [{"institution": "U", "endDate": "-2021"}],
          "projects": [{"name": "C", "startDate": "2020-05", "endDate": "2019"}]
        }
        """);
    InvalidResumeException e =
        assertThrows(InvalidResumeException.class, () -> JsonRoundTripTest.JSON.read(file));
    assertEquals(3, e.problems().size(), e.problems()::toString);
    assertTrue(
        e.problems().get(0).message().startsWith("/work/0/startDate: \"2019-13\" is not a date"),
        e.problems()::toString);
    assertTrue(
        e.problems().get(1).message().startsWith("/education/0/endDate: \"-2021\" is not a date"),
        e.problems()::toString);
    assertTrue(
        e.problems()
            .get(2)
            .message()
            .startsWith("/projects/0/endDate: the end date 2019 is before the start date 2020-05"),
        e.problems()::toString);
    assertEquals(5, e.problems().get(2).line(), e.problems()::toString);
  }

  /**
   * A character no résumé may hold is refused while the JSON is read, at its place, before anything
   * else.
   */
  @Test
  void aRefusedCharacterStopsTheReading(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bidi.json");
    Files.writeString(
        file,
        """
        {
          "basics": {"name": "A", "summary": "right \\u202E to left"},
          "work": [{"name": "B", "startDate": "2019-13"}]
        }
        """);
    InvalidResumeException e =
        assertThrows(InvalidResumeException.class, () -> JsonRoundTripTest.JSON.read(file));
    assertEquals(1, e.problems().size(), e.problems()::toString);
    assertEquals(
        file
            + ":2:38: /basics/summary: U+202E is an invisible bidirectional control character: it makes text"
            + " display in another order than it is written; remove it (right-to-left text needs none)",
        e.problems().get(0).toString());
  }

  /**
   * A user fixing the errors of a file already knows its warnings: they come even when it fails.
   */
  @Test
  void warningsComeAlsoWhenTheFileIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("both.json");
    Files.writeString(
        file,
        """
        {
          "basics": {"name": "A", "url": "www.example.org"},
          "work": [{"name": "B", "startDate": "2019-13"}]
        }
        """);
    java.util.List<Problem> warnings = new java.util.ArrayList<>();
    assertThrows(InvalidResumeException.class, () -> JsonRoundTripTest.JSON.read(file, warnings));
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        warnings.get(0).message().startsWith("/basics/url: \"www.example.org\" is not a link"),
        warnings::toString);
    assertEquals(2, warnings.get(0).line());
  }
}
