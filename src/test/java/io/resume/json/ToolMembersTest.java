package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.SharedPipeline;
import io.resume.equivalence.ReaderItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What tools and themes put beside the résumé, seen in a second survey of real files, is not shown
 * as content: a theme's x_-prefixed icons and pictures, resumake.io's settings; a top-level
 * "language" says the résumé's language instead of making a section.
 */
class ToolMembersTest {
  @TempDir Path dir;

  private String shown(String json) throws Exception {
    Path file = Files.writeString(dir.resolve("resume.json"), json);
    return String.join(
        "\n", ReaderItems.textItems(SharedPipeline.bundled().prepare(file, "en", w -> {}).view()));
  }

  @Test
  void aThemesPrefixedIconsAndPicturesAreNotShown() throws Exception {
    String shown =
        shown(
            """
            {"basics": {"name": "Ada Example", "x_pictureFallback": "images/fallback.jpg",
              "contacts": [{"x_icon": "fas fa-envelope", "text": "ada@example.com"}]},
             "interests": [{"name": "Travel", "x_icon": "fa-globe-africa"}]}
            """);
    assertTrue(shown.contains("Travel") && shown.contains("ada@example.com"), shown);
    for (String hidden : List.of("fa-globe-africa", "fa-envelope", "fallback.jpg")) {
      assertFalse(shown.contains(hidden), hidden + " in " + shown);
    }
  }

  @Test
  void resumakeSettingsAreNotShown() throws Exception {
    String shown =
        shown(
            """
            {"selectedTemplate": 1, "headings": {"work": "Experience"},
             "basics": {"name": "Ada Example", "summary": "Builds compilers."}}
            """);
    assertTrue(shown.contains("Builds compilers."), shown);
    assertFalse(shown.contains("template") || shown.contains("Headings"), shown);
  }

  @Test
  void aTopLevelLanguageIsTheResumesLanguageAndNoSection() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("ru.json"),
            """
            {"language": "ru",
             "basics": {"name": "Анна Пример", "summary": "Разработчица программного обеспечения."}}
            """);
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(file, true);
    assertFalse(imported.languageDetected());
    assertEquals(
        "ru",
        imported
            .resume()
            .children()
            .iterator()
            .next()
            .getAttributeValue(new QName("http://www.w3.org/XML/1998/namespace", "lang")));
    List<String> shown =
        ReaderItems.textItems(SharedPipeline.bundled().prepare(file, null, w -> {}).view());
    assertFalse(shown.contains("ru"), shown::toString);
  }

  /**
   * A profile left with its network only (a template's empty username and url) is not shown, and
   * said so at its place; it read "LinkedIn LinkedIn". It still comes back on export.
   */
  @Test
  void aProfileWithOnlyItsNetworkIsNotShownAndSaidSo() throws Exception {
    String json =
        """
        {"basics": {"name": "Ada Example",
          "profiles": [{"network": "LinkedIn", "username": "", "url": ""},
                       {"network": "GitHub", "username": "ada-example"}]}}
        """;
    String shown = shown(json);
    assertFalse(shown.contains("LinkedIn"), shown);
    assertTrue(shown.contains("GitHub"), shown);
    Path file = Files.writeString(dir.resolve("profiles.json"), json);
    JsonResume.Imported imported = JsonRoundTripTest.JSON.read(file, false);
    assertEquals(
        List.of("2:16: /basics/profiles/0: not shown: a profile with neither a username nor a url"),
        imported.warnings().stream()
            .map(w -> w.line() + ":" + w.column() + ": " + w.message())
            .toList());
    assertEquals(
        JsonRoundTripTest.MAPPER.readTree(json),
        JsonRoundTripTest.MAPPER.readTree(JsonResume.write(imported.resume()).json()));
  }
}
