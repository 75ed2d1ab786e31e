package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.resume.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Members JSON Resume allows but the résumé has no place for are dropped, each one named. */
class DroppedMembersTest {

  @Test
  void everyDroppedMemberIsListedByPointerAndPlace() throws Exception {
    Path file = JsonToResumeTest.fixture("extras.json");
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(file);
    List<String> dropped = imported.warnings().stream()
        .map(w -> w.line() + ":" + w.column() + ": " + w.message()).toList();
    assertEquals(List.of(
        "4:17: /basics/pronouns: dropped: the résumé has no place for \"pronouns\" here",
        "5:49: /basics/location/planet: dropped: the résumé has no place for \"planet\" here",
        "6:97: /basics/profiles/0/followers: dropped: the résumé has no place for \"followers\" here",
        "9:82: /work/0/team: dropped: the résumé has no place for \"team\" here",
        "11:67: /education/0/thesis: dropped: the résumé has no place for \"thesis\" here",
        "12:14: /hobbies: dropped: the résumé has no place for \"hobbies\" here"), dropped);
  }

  @Test
  void whatIsNotDroppedComesBack() throws Exception {
    Path file = JsonToResumeTest.fixture("extras.json");
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(file);
    JsonNode back = JsonRoundTripTest.MAPPER.readTree(JsonResume.write(imported.resume()).json());
    ObjectNode expected = (ObjectNode) JsonRoundTripTest.MAPPER.readTree(file.toFile());
    for (Problem warning : imported.warnings()) {
      String pointer = warning.message().substring(0, warning.message().indexOf(": "));
      int slash = pointer.lastIndexOf('/');
      ((ObjectNode) expected.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
    }
    assertEquals(expected, back);
  }
}
