package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language file has every key of en.xml, with the same placeholders, and no empty label. */
class LabelFilesTest {
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
    Map<String, String> english = labels(Path.of("xsl/l10n/en.xml"));
    Map<String, String> other = labels(file);
    assertEquals(english.keySet(), other.keySet());
    for (Map.Entry<String, String> label : other.entrySet()) {
      assertFalse(label.getValue().isBlank(), label.getKey());
      assertEquals(placeholders(english.get(label.getKey())), placeholders(label.getValue()), label.getKey());
    }
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
