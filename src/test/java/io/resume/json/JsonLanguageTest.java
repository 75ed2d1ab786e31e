package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import io.resume.SharedPipeline;
import io.resume.model.ResumeReader;
import io.resume.model.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON Resume's language: meta.language when given, else told from its text. The résumés of
 * languages/ are invented, one per language (its name is the file's), written as people write them:
 * English product names, Latin e-mail addresses and keywords among the language's own words. The
 * mixed-* ones are mostly in one language with English job titles and bullets: they follow their
 * main language. The names-* ones carry people's names of other languages (authors, references, a
 * company), as real files do: those tipped real German, French and English résumés into Tswana.
 */
class JsonLanguageTest {
  static final Path FOLDER = Path.of("src/test/resources/io/resume/json/languages");
  private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
  private static final JsonResume JSON = new JsonResume(new ResumeReader(new Processor(false)));

  static Stream<Path> resumes() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void theLanguageIsToldFromTheText(Path file) throws Exception {
    JsonResume.Imported imported = JSON.read(file);
    String expected = file.getFileName().toString().replaceAll("\\.json$|^mixed-|^names-", "");
    assertTrue(imported.languageDetected());
    assertEquals(expected, imported.language().tag());
    assertEquals(expected, root(imported.resume()).getAttributeValue(XML_LANG));
  }

  /**
   * The fixtures cover at least 12 languages in the scripts where guessing is hardest, Han and
   * Cyrillic shared by several.
   */
  @Test
  void theFixturesCoverTwelveLanguagesInEightScripts() throws Exception {
    Set<String> languages = new TreeSet<>();
    Set<String> scripts = new TreeSet<>();
    for (Path file : resumes().toList()) {
      String name = file.getFileName().toString();
      if (!name.startsWith("mixed-") && !name.startsWith("names-")) {
        languages.add(name);
      }
      Files.readString(file)
          .codePoints()
          .filter(Character::isLetter)
          .forEach(c -> scripts.add(UScript.getShortName(UScript.getScript(c))));
    }
    assertTrue(languages.size() >= 12, languages::toString);
    assertTrue(
        scripts.containsAll(
            List.of(
                "Latn", "Cyrl", "Hani", "Hira", "Kana", "Hang", "Arab", "Hebr", "Deva", "Grek")),
        scripts::toString);
  }

  @Test
  void metaLanguageIsTakenAsItIs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fr.json");
    // French text, but the author says it is in Québec French: the author wins, and nothing is
    // detected.
    Files.writeString(
        file,
        Files.readString(FOLDER.resolve("fr.json"))
            .replaceFirst("\\{", "{\"meta\": {\"language\": \"FR-ca\"},"));
    JsonResume.Imported imported = JSON.read(file);
    assertFalse(imported.languageDetected());
    assertEquals("fr-CA", root(imported.resume()).getAttributeValue(XML_LANG));
    assertEquals(List.of(), imported.warnings());
  }

  /**
   * Real files say it as meta.lang or meta.locale (a POSIX locale, ru_RU): taken as meta.language.
   */
  @Test
  void metaLangAndLocaleAreTakenToo(@TempDir Path dir) throws Exception {
    for (String meta : List.of("{\"lang\": \"pt-BR\"}", "{\"locale\": \"pt_BR\"}")) {
      Path file = dir.resolve("fr.json");
      Files.writeString(
          file,
          Files.readString(FOLDER.resolve("fr.json"))
              .replaceFirst("\\{", "{\"meta\": " + meta + ","));
      JsonResume.Imported imported = JSON.read(file);
      assertFalse(imported.languageDetected(), meta);
      assertEquals("pt-BR", root(imported.resume()).getAttributeValue(XML_LANG), meta);
    }
  }

  @Test
  void aMetaLanguageThatIsNoTagIsSaidAndTheTextDecides(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("de.json");
    Files.writeString(
        file,
        Files.readString(FOLDER.resolve("de.json"))
            .replaceFirst("\\{", "{\"meta\": {\"language\": \"German\"},"));
    JsonResume.Imported imported = JSON.read(file);
    assertEquals("de", imported.language().tag());
    assertEquals(1, imported.warnings().size(), imported.warnings()::toString);
    assertTrue(
        imported
            .warnings()
            .get(0)
            .message()
            .startsWith("/meta/language: 'German' is not a language tag"),
        imported.warnings()::toString);
    assertEquals(1, imported.warnings().get(0).line());
  }

  /**
   * A meta.language that is no tag is said with the other warnings also when the résumé is then
   * refused.
   */
  @Test
  void aMetaLanguageThatIsNoTagIsSaidAlsoWhenTheResumeIsRefused(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("refused.json");
    Files.writeString(
        file,
        """
        {"meta": {"language": "German"},
         "basics": {"name": "A", "url": "www.example.org"},
         "work": [{"name": "B", "startDate": "2019-13"}]}
        """);
    List<io.resume.model.Problem> warnings = new ArrayList<>();
    org.junit.jupiter.api.Assertions.assertThrows(
        io.resume.model.InvalidResumeException.class, () -> JSON.read(file, true, warnings));
    assertEquals(
        List.of("1:23: /meta/language", "2:33: /basics/url"),
        warnings.stream()
            .map(
                w ->
                    w.line()
                        + ":"
                        + w.column()
                        + ": "
                        + w.message().substring(0, w.message().indexOf(':')))
            .toList(),
        warnings::toString);
  }

  /**
   * The pipeline gives the import's warnings at their JSON places and the detected language as a
   * note, apart.
   */
  @Test
  void placedWarningsAndTheNoteComeApart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("de.json");
    Files.writeString(
        file,
        Files.readString(FOLDER.resolve("de.json"))
            .replaceFirst("\\{", "{\"meta\": {\"language\": \"German\"},"));
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    SharedPipeline.bundled().prepare(file, null, Warnings.of(warnings::add, notes::add));
    assertEquals(List.of("detected German; use --lang to choose"), notes);
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        Warnings.line(file, warnings.get(0))
            .matches(
                java.util.regex.Pattern.quote(file.toString())
                    + ":1:\\d+: warning: /meta/language: 'German' is not a language tag.*"),
        warnings::toString);
  }

  /** When the user chose the language (--lang), nothing is detected: xml:lang stays unsaid. */
  @Test
  void noDetectionWhenTheLanguageIsChosen() throws Exception {
    JsonResume.Imported imported = JSON.read(FOLDER.resolve("ja.json"), false);
    assertFalse(imported.languageDetected());
    assertNull(root(imported.resume()).getAttributeValue(XML_LANG));
  }

  @Test
  void aResumeWithoutWordsHasNoLanguage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("name.json");
    Files.writeString(
        file, "{\"basics\": {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\"}}");
    JsonResume.Imported imported = JSON.read(file);
    assertTrue(imported.languageDetected());
    assertNull(imported.language());
  }

  /**
   * The pipeline tells the user in one line, as a note: not a warning, which --strict would make an
   * error.
   */
  @Test
  void theUserIsToldInOneNote() throws Exception {
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    SharedPipeline.bundled()
        .prepare(FOLDER.resolve("ja.json"), null, Warnings.of(warnings::add, notes::add));
    assertEquals(List.of(), warnings);
    assertEquals(List.of("detected Japanese; use --lang to choose"), notes);
    List<String> told = new ArrayList<>();
    SharedPipeline.bundled()
        .prepare(FOLDER.resolve("ja.json"), "ja", Warnings.of(told::add, told::add));
    assertEquals(List.of(), told);
  }

  private static XdmNode root(XdmNode document) {
    return (XdmNode) document.children().iterator().next();
  }
}
