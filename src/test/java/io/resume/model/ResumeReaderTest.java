package io.resume.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResumeReaderTest {
  private static final ResumeReader READER = new ResumeReader(new Processor(false));

  @Test
  void theRepositoryResumeIsValid() {
    assertDoesNotThrow(() -> READER.read(Seed.PATH));
  }

  static Stream<Path> brokenResumes() throws IOException, URISyntaxException {
    Path folder = Path.of(ResumeReaderTest.class.getResource("invalid").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
    }
  }

  /**
   * Each broken résumé {@code name.NNN.xml} fails with the first problem at the line and column
   * given in {@code name.NNN.expected} ("line:column fragment"), and the message names the
   * fragment.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenResumes")
  void aBrokenResumeFailsAtTheExpectedPlace(Path file) throws IOException {
    String[] expected =
        Files.readString(
                Path.of(file.toString().replace(".xml", ".expected")), StandardCharsets.UTF_8)
            .strip()
            .split(" ", 2);
    InvalidResumeException e = assertThrows(InvalidResumeException.class, () -> READER.read(file));
    assertFalse(e.problems().isEmpty());
    Problem first = e.problems().get(0);
    assertEquals(expected[0], first.line() + ":" + first.column(), () -> "place of " + first);
    assertTrue(
        first.message().contains(expected[1]),
        () -> "message of " + first + " should name " + expected[1]);
    assertTrue(first.toString().startsWith(file + ":" + expected[0] + ": "), first::toString);
    assertFalse(first.message().contains("Exception"), first::toString);
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("two.xml");
    Files.writeString(
        file,
        """
        <resume xmlns="urn:resume:1">
          <basics><name>A</name><email>nope</email></basics>
          <awards><award><title>T</title><date>2014-13</date></award></awards>
        </resume>
        """);
    InvalidResumeException e = assertThrows(InvalidResumeException.class, () -> READER.read(file));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("nope")),
        e.problems()::toString);
    assertTrue(
        e.problems().stream().anyMatch(p -> p.line() == 3 && p.message().contains("2014-13")),
        e.problems()::toString);
  }

  @Test
  void aMissingFileIsAProblemNotACrash() {
    InvalidResumeException e =
        assertThrows(
            InvalidResumeException.class, () -> READER.read(Path.of("no/such/resume.xml")));
    assertTrue(
        e.problems().get(0).toString().startsWith("no/such/resume.xml: cannot read"),
        e.problems()::toString);
  }
}
