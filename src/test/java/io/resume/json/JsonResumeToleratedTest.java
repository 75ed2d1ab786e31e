package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.equivalence.ReaderItems;
import io.resume.model.Problem;
import io.resume.render.PreparedResume;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs a person could have written on purpose, which earlier versions refused (they were in
 * invalid/): each now renders, shows what its author wrote, and says once what it had to read
 * differently. {@code name.NNN.expected} lists lines "warning LINE:COLUMN: message-start", "shows
 * TEXT" (a text a reader sees) and "no link HREF".
 */
class JsonResumeToleratedTest {
  private static final Pipeline PIPELINE = SharedPipeline.bundled();

  static Stream<Path> tolerated() throws IOException, URISyntaxException {
    Path folder = Path.of(JsonResumeToleratedTest.class.getResource("tolerated").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tolerated")
  void rendersShowingWhatItsAuthorWrote(Path file) throws Exception {
    List<String> expected =
        Files.readAllLines(
            Path.of(file.toString().replace(".json", ".expected")), StandardCharsets.UTF_8);
    List<Problem> warnings = new ArrayList<>();
    JsonRoundTripTest.JSON.read(file, warnings);
    List<String> told =
        warnings.stream().map(w -> w.line() + ":" + w.column() + ": " + w.message()).toList();
    PreparedResume resume = PIPELINE.prepare(file, null, w -> {});
    String shown = String.join("\n", ReaderItems.textItems(resume.view()));
    boolean warned = false;
    for (String line : expected) {
      if (line.startsWith("warning ")) {
        warned = true;
        String warning = line.substring("warning ".length());
        assertTrue(
            told.stream().anyMatch(w -> w.startsWith(warning)),
            () -> "expected " + warning + "\n   got " + told);
      } else if (line.startsWith("shows ")) {
        assertTrue(
            shown.contains(line.substring("shows ".length())), () -> line + "\n   shown: " + shown);
      } else if (line.startsWith("no link ")) {
        assertFalse(
            ReaderItems.links(resume.view()).contains(line.substring("no link ".length())), line);
      }
    }
    if (!warned) {
      assertTrue(told.isEmpty(), () -> "read as written, nothing to say: " + told);
    }
  }
}
