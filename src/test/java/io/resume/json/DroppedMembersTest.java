package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.resume.SharedPipeline;
import io.resume.equivalence.ReaderItems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Members JSON Resume allows but its schema lacks: those that say something are shown (as a place
 * of their own, or as generic details), and only what truly is not shown is reported, each one by
 * pointer and place. Nothing is lost on the way back to JSON.
 */
class DroppedMembersTest {

  @Test
  void onlyWhatIsNotShownIsListedByPointerAndPlace() throws Exception {
    Path file = JsonToResumeTest.fixture("extras.json");
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(file);
    List<String> notShown =
        imported.warnings().stream()
            .map(w -> w.line() + ":" + w.column() + ": " + w.message())
            .toList();
    assertEquals(
        List.of(
            "5:49: /basics/location/planet: not shown: \"planet\" has no place in an address (it is kept for export)",
            "6:97: /basics/profiles/0/followers: not shown: \"followers\" has no place in a profile (it is kept for export)"),
        notShown);
  }

  @Test
  void whatSaysSomethingIsShown() throws Exception {
    Path file = JsonToResumeTest.fixture("extras.json");
    String shown =
        String.join(
            "\n",
            ReaderItems.textItems(SharedPipeline.bundled().prepare(file, null, w -> {}).view()));
    for (String text :
        List.of(
            "Pronouns",
            "she/her",
            "Team",
            "Size: 4",
            "Thesis: New types of irreducibility criteria",
            "Hobbies",
            "COBOL")) {
      assertTrue(shown.contains(text), () -> text + " in\n" + shown);
    }
  }

  @Test
  void everythingComesBack() throws Exception {
    Path file = JsonToResumeTest.fixture("extras.json");
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(file);
    JsonNode back = JsonRoundTripTest.MAPPER.readTree(JsonResume.write(imported.resume()).json());
    JsonNode original = JsonRoundTripTest.MAPPER.readTree(file.toFile());
    // A number outside the schema comes back as its text: the résumé holds text.
    ((com.fasterxml.jackson.databind.node.ObjectNode) original.at("/work/0/team")).put("size", "4");
    assertEquals(original, back);
  }
}
