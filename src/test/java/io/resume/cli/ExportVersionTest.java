package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export writes the version render shows: private items only with --include-private, one target's
 * version with --target; what JSON Resume cannot hold (versions, privacy) is said once.
 */
class ExportVersionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;
  private Path input;

  @BeforeEach
  void write() throws IOException {
    input = dir.resolve("cv.xml");
    Files.writeString(
        input,
        """
        <resume xmlns="urn:resume:1">
          <basics><name>Ada Lovelace</name><email>ada@example.org</email><phone private="true">+44 20 7946 0000</phone></basics>
          <awards>
            <award targets="academic"><title>Best Paper</title></award>
            <award targets="industry"><title>Hackathon Winner</title></award>
            <award targets="academic industry"><title>Fellowship</title></award>
            <award private="true"><title>Salary Bonus</title></award>
          </awards>
        </resume>
        """);
  }

  @Test
  void privateItemsAreLeftOutAndSaidSo() throws IOException {
    CliRun run = CliRun.of("export", input.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertFalse(run.out().contains("7946"), "the private phone: " + run.out());
    assertFalse(run.out().contains("Salary Bonus"), run.out());
    assertTrue(
        run.err().contains(input + ": 2 private items left out (--include-private keeps them)"),
        run.err());
    JsonNode json = MAPPER.readTree(run.out());
    assertEquals("ada@example.org", json.at("/basics/email").asText());
    assertEquals(3, json.at("/awards").size(), run.out());
    assertEquals(
        1,
        run.err().lines().filter(line -> line.contains("targets=")).count(),
        "targets said once: " + run.err());
    assertTrue(
        run.err().contains("targets=\"…\" left out (3 items): JSON Resume has no versions"),
        run.err());
  }

  @Test
  void includePrivateKeepsThemAndSaysTheyBecomePublic() throws IOException {
    CliRun run = CliRun.of("export", input.toString(), "--include-private");
    assertEquals(Main.OK, run.status(), run.err());
    JsonNode json = MAPPER.readTree(run.out());
    assertEquals("+44 20 7946 0000", json.at("/basics/phone").asText());
    assertEquals(4, json.at("/awards").size());
    assertEquals(1, run.err().lines().filter(line -> line.contains("private=")).count(), run.err());
    assertTrue(
        run.err()
            .contains(
                "private=\"true\" left out (2 items): in JSON Resume they are ordinary, public items"),
        run.err());
  }

  @Test
  void aTargetGivesThatVersion() throws IOException {
    CliRun run = CliRun.of("export", input.toString(), "--target", "industry");
    assertEquals(Main.OK, run.status(), run.err());
    JsonNode awards = MAPPER.readTree(run.out()).at("/awards");
    assertEquals(2, awards.size(), run.out());
    assertEquals("Hackathon Winner", awards.get(0).at("/title").asText());
    assertEquals("Fellowship", awards.get(1).at("/title").asText());
    assertEquals(Main.BAD_USAGE, CliRun.of("export", input.toString(), "--target", "a b").status());
  }
}
