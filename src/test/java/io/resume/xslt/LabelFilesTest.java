package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Every language file has every key of en.xml, with the same placeholders, and no empty label; the
 * languages the project promises are there, and each file says whose translations it holds.
 */
class LabelFilesTest {
  /** Every official language of the EU, and the others README's "Languages" lists. */
  private static final List<String> PROMISED =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "zh", "zh-Hant", "ja", "ko", "ru",
          "uk", "tr", "ar", "he", "hi", "id", "vi", "pt-PT");

  private static final Pattern LABEL = Pattern.compile("<label key=\"([^\"]+)\">([^<]*)</label>");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z-]+}");

  static Stream<Path> languages() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("xsl/l10n"))) {
      return files.filter(f -> !f.endsWith("en.xml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void sameKeysAndPlaceholdersAsEnglish(Path file) throws IOException {
    sameKeysAndPlaceholders(labels(Path.of("xsl/l10n/en.xml")), labels(file));
  }

  private static void sameKeysAndPlaceholders(
      Map<String, String> english, Map<String, String> other) {
    assertEquals(english.keySet(), other.keySet());
    for (Map.Entry<String, String> label : other.entrySet()) {
      assertFalse(label.getValue().isBlank(), label.getKey());
      assertEquals(
          placeholders(english.get(label.getKey())),
          placeholders(label.getValue()),
          label.getKey());
    }
  }

  /** The check can fail: a label left out, or a placeholder lost in translation, is caught. */
  @Test
  void aMissingKeyOrPlaceholderIsCaught() throws IOException {
    Map<String, String> english = labels(Path.of("xsl/l10n/en.xml"));
    Map<String, String> missing = new TreeMap<>(labels(Path.of("xsl/l10n/ja.xml")));
    missing.remove("section.awards");
    assertThrows(AssertionFailedError.class, () -> sameKeysAndPlaceholders(english, missing));
    Map<String, String> lost = new TreeMap<>(labels(Path.of("xsl/l10n/ja.xml")));
    lost.put("degree", "{type}");
    assertThrows(AssertionFailedError.class, () -> sameKeysAndPlaceholders(english, lost));
  }

  @Test
  void thePromisedLanguagesHaveLabels() {
    for (String tag : PROMISED) {
      assertTrue(Files.isRegularFile(Path.of("xsl/l10n", tag + ".xml")), tag);
    }
  }

  /**
   * Each file is in its own language, and says the translations are ours, not a native speaker's.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void eachFileSaysItsLanguageAndWhoseTranslationsItHolds(Path file) throws IOException {
    String text = Files.readString(file);
    String tag = file.getFileName().toString().replace(".xml", "");
    assertTrue(text.contains("<l10n xml:lang=\"" + tag + "\">"), tag);
    assertTrue(text.replaceAll("\\s+", " ").contains("not a native speaker's"), tag);
  }

  private static Map<String, String> labels(Path file) throws IOException {
    Map<String, String> labels = new TreeMap<>();
    Matcher m = LABEL.matcher(Files.readString(file));
    while (m.find()) {
      labels.put(m.group(1), m.group(2));
    }
    return labels;
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> found = new TreeSet<>();
    PLACEHOLDER.matcher(text).results().forEach(r -> found.add(r.group()));
    return found;
  }
}
