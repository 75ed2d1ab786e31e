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
   * Each broken JSON Resume {@code name.NNN.json} fails with a first problem that reads
   * {@code file:} followed by the line of {@code name.NNN.expected} ("line:column: /pointer: message...").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenResumes")
  void aBrokenJsonResumeFailsAtTheExpectedPlace(Path file) throws IOException {
    String expected = Files.readString(Path.of(file.toString().replace(".json", ".expected")), StandardCharsets.UTF_8).strip();
    InvalidResumeException e = assertThrows(InvalidResumeException.class, () -> JsonRoundTripTest.JSON.read(file));
    Problem first = e.problems().get(0);
    assertTrue(first.toString().startsWith(file + ":" + expected), () -> "expected " + expected + "\n   got " + first);
    assertFalse(first.toString().contains("Exception"), first::toString);
    assertFalse(first.toString().contains("\n"), first::toString);
  }

  @Test
  void everyProblemIsReportedInDocumentOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("two.json");
    Files.writeString(file, """
        {
          "basics": {"name": "A", "email": "nope"},
          "work": [{"name": "B", "startDate": "2019-02-30", "url": "ftp://x"}]
        }
        """);
    InvalidResumeException e = assertThrows(InvalidResumeException.class, () -> JsonRoundTripTest.JSON.read(file));
    assertEquals(3, e.problems().size(), e.problems()::toString);
    assertTrue(e.problems().get(0).message().startsWith("/basics/email: "), e.problems()::toString);
    assertTrue(e.problems().get(1).message().startsWith("/work/0/startDate: \"2019-02-30\" is not a date"), e.problems()::toString);
    assertTrue(e.problems().get(2).message().startsWith("/work/0/url: "), e.problems()::toString);
  }

  @Test
  void datesFollowJsonResumesThreePrecisions() {
    assertTrue(Members.isDate("2021"));
    assertTrue(Members.isDate("2021-09"));
    assertTrue(Members.isDate("2024-02-29"));
    assertFalse(Members.isDate("2023-02-29"));
    assertFalse(Members.isDate("2021-9"));
    assertFalse(Members.isDate("0000"));
    assertFalse(Members.isDate("2021-09-01T10:00"));
  }
}
