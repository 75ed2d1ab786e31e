package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names of every JSON Resume schema generation read as today's: a file of the older schema
 * (company, website, picture, gpa; languages' name and level; "bio") gives the same résumé as its
 * twin in today's names, without a warning (a clean rename loses nothing).
 */
class OlderSchemaNamesTest {
  private static final String OLD =
      """
      {
        "bio": {"name": "Ada", "picture": "https://example.org/ada.png", "website": "https://ada.example.org",
          "profiles": {"github": "ada", "mastodon": "https://social.example.org/@ada"}},
        "work": [{"company": "Analytical Engines", "website": "https://engines.example.org", "startDate": "1842"}],
        "volunteer": [{"organization": "Notes Club", "website": "https://notes.example.org"}],
        "education": [{"institution": "Home", "gpa": "3.9", "website": "https://home.example.org",
          "description": "Tutored in mathematics."}],
        "awards": [{"title": "Note G", "description": "The first published program."}],
        "publications": [{"name": "Sketch of the Analytical Engine", "website": "https://sketch.example.org"}],
        "languages": [{"name": "English", "level": "Native"}]
      }
      """;
  private static final String NEW =
      """
      {
        "basics": {"name": "Ada", "image": "https://example.org/ada.png", "url": "https://ada.example.org",
          "profiles": [{"network": "github", "username": "ada"}, {"network": "mastodon", "url": "https://social.example.org/@ada"}]},
        "work": [{"name": "Analytical Engines", "url": "https://engines.example.org", "startDate": "1842"}],
        "volunteer": [{"organization": "Notes Club", "url": "https://notes.example.org"}],
        "education": [{"institution": "Home", "score": "3.9", "url": "https://home.example.org",
          "description": "Tutored in mathematics."}],
        "awards": [{"title": "Note G", "summary": "The first published program."}],
        "publications": [{"name": "Sketch of the Analytical Engine", "url": "https://sketch.example.org"}],
        "languages": [{"language": "English", "fluency": "Native"}]
      }
      """;

  @TempDir Path dir;

  @Test
  void olderNamesGiveTheSameResumeWithoutAWarning() throws Exception {
    List<Problem> oldWarnings = new ArrayList<>();
    XdmNode old = read("old.json", OLD, oldWarnings);
    XdmNode current = read("new.json", NEW, new ArrayList<>());
    // Only the photo is said not to be shown (in both); the renames themselves say nothing.
    assertEquals(
        List.of("/bio/picture"),
        oldWarnings.stream().map(w -> w.message().substring(0, w.message().indexOf(':'))).toList());
    // The same résumé, but for the GPA label the old name gives, and the values kept for export.
    assertEquals(
        body(current).replace("<score>3.9</score>", "<score label=\"GPA\">3.9</score>"), body(old));
  }

  @Test
  void bothNamesGivenDifferentlyShowTheCurrentOneAndSayWhichIsNot() throws Exception {
    List<Problem> warnings = new ArrayList<>();
    XdmNode resume =
        read(
            "both.json",
            """
        {"basics": {"name": "Ada"}, "work": [{"name": "Engines Ltd", "company": "Engines", "position": "Analyst"}]}
        """,
            warnings);
    assertTrue(body(resume).contains("<organization>Engines Ltd</organization>"), body(resume));
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        warnings
            .get(0)
            .message()
            .startsWith("/work/0/company: not shown: \"company\" is the older name of \"name\""),
        warnings::toString);
  }

  @Test
  void bioBesideBasicsIsNoSectionOfItsOwn() throws Exception {
    List<Problem> warnings = new ArrayList<>();
    XdmNode resume =
        read(
            "bio.json",
            """
        {"bio": {"name": "Old Ada"}, "basics": {"name": "Ada"}, "work": [{"name": "Engines"}]}
        """,
            warnings);
    assertEquals(
        List.of(
            "/bio: not shown: \"bio\" is the older name of \"basics\", which is given too and shown"),
        warnings.stream().map(Problem::message).toList());
    assertTrue(
        body(resume).contains("<name>Ada</name>") && !body(resume).contains("<other"),
        body(resume));
  }

  private XdmNode read(String name, String json, List<Problem> warnings) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return JsonRoundTripTest.JSON.read(file, warnings).resume();
  }

  /** The résumé without its extensions (the verbatim copies differ by name, not by content). */
  private static String body(XdmNode resume) {
    return resume
        .toString()
        .replaceAll("(?s)<extensions>.*</extensions>", "")
        .replaceAll("\\s+", " ");
  }
}
