package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.resume.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting a hand-written résumé: what JSON Resume cannot hold is named, the rest comes back. */
class ResumeToJsonTest {

  @Test
  void theRepositoryResumeExportsWithWarningsForWhatJsonResumeLacks() throws Exception {
    JsonResume.Exported exported = JsonResume.write(JsonRoundTripTest.READER.read(Seed.PATH));
    JsonNode json = JsonRoundTripTest.MAPPER.readTree(exported.json());
    assertEquals("Zhuofu Chen", json.at("/basics/name").asText());
    assertEquals("Catalyst Group, Carnegie Mellon University", json.at("/work/0/name").asText());
    assertEquals("Research Intern", json.at("/work/0/position").asText());
    assertEquals("Rong Chen", json.at("/work/1/advisors/1").asText());
    assertEquals("4.87/5.00", json.at("/education/0/score").asText());
    assertEquals("Zhuofu Chen", json.at("/publications/0/authors/1/name").asText());
    assertTrue(json.at("/publications/0/authors/1/self").asBoolean());
    // Markup flattened, XML line layout folded into spaces.
    assertEquals(
        "National 1st Prize (0.55%) in Contemporary Undergraduate Mathematical Contest in Modeling",
        json.at("/awards/2/title").asText());
    assertTrue(
        exported
            .warnings()
            .contains(
                "/resume/summary: left out: JSON Resume has no free-text section (its basics.summary is the introduction)"),
        exported.warnings()::toString);
    assertTrue(
        exported
            .warnings()
            .contains("/resume/awards/award[3]/title: markup (sup) flattened to plain text"),
        exported.warnings()::toString);
  }

  @Test
  void anExportedResumeImportsAndExportsToTheSameJson(@TempDir Path dir) throws Exception {
    String first = JsonResume.write(JsonRoundTripTest.READER.read(Seed.PATH)).json();
    Path json = dir.resolve("resume.json");
    Files.writeString(json, first, StandardCharsets.UTF_8);
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(json);
    assertTrue(imported.warnings().isEmpty(), imported.warnings()::toString);
    assertEquals(first, JsonResume.write(imported.resume()).json());
  }

  @Test
  void paragraphsAreSeparatedByBlankLinesAndLayoutIsFolded(@TempDir Path dir)
      throws IOException, Exception {
    Path xml = dir.resolve("r.xml");
    Files.writeString(
        xml,
        """
        <resume xmlns="urn:resume:1">
          <basics><name>A</name>
            <summary><p>One
              line.</p><p>Two</p></summary>
          </basics>
          <work><position><organization>X</organization></position></work>
          <work title="More"><position><organization>Y</organization></position></work>
        </resume>
        """);
    JsonResume.Exported exported = JsonResume.write(JsonRoundTripTest.READER.read(xml));
    JsonNode json = JsonRoundTripTest.MAPPER.readTree(exported.json());
    assertEquals("One line.\n\nTwo", json.at("/basics/summary").asText());
    assertEquals("X|Y", json.at("/work/0/name").asText() + "|" + json.at("/work/1/name").asText());
    assertTrue(
        exported.warnings().stream().anyMatch(w -> w.startsWith("/resume/work[2]: merged")),
        exported.warnings()::toString);
  }
}
