package io.resume.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Detection tells a résumé's language among those it can be labelled in: its candidates are the
 * languages of xsl/l10n's label files, Maltese apart (Lingua does not know it). A label file added
 * without its language here (or the reverse) fails.
 */
class LanguageDetectionTest {
  @Test
  void theCandidatesAreTheLanguagesOfTheLabelFiles() throws IOException {
    Set<String> labelled;
    try (Stream<Path> files = Files.list(Path.of("xsl/l10n"))) {
      labelled =
          files
              .map(file -> file.getFileName().toString().replaceAll("(-[A-Za-z]+)?\\.xml$", ""))
              .filter(language -> !language.equals("mt"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> candidates =
        LanguageDetection.CANDIDATES.stream()
            .map(code -> code.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(labelled, candidates);
  }
}
