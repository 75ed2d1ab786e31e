package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.equivalence.ReaderItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every résumé of the JSON corpus, exported back to JSON Resume and read again, shows the same:
 * what import read as meant (older names, details, dates in words) export writes so that it is read
 * the same way.
 */
class JsonCorpusRoundTripTest {
  private static final Path CORPUS = Path.of("src/test/resources/io/resume/json/corpus");
  private static final Pipeline PIPELINE = SharedPipeline.bundled();

  @TempDir Path dir;

  static Stream<String> corpus() throws Exception {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void exportedAndReadAgainItShowsTheSame(String name) throws Exception {
    Path file = CORPUS.resolve(name);
    JsonResume.Imported imported = PIPELINE.json().read(file);
    Path again = dir.resolve(name);
    Files.writeString(again, JsonResume.write(imported.resume()).json());
    List<String> first = ReaderItems.textItems(PIPELINE.prepare(file, null, w -> {}).view());
    List<String> second = ReaderItems.textItems(PIPELINE.prepare(again, null, w -> {}).view());
    assertEquals(first, second);
  }
}
