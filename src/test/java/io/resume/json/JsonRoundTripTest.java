package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.model.ResumeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON Resume → canonical XML → JSON Resume gives back the same JSON value. */
class JsonRoundTripTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ResumeReader READER = new ResumeReader(new Processor(false));
  static final JsonResume JSON = new JsonResume(READER);

  static Stream<Path> resumes() throws IOException, URISyntaxException {
    Path folder = Path.of(JsonRoundTripTest.class.getResource("roundtrip").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void importThenExportGivesTheSameJson(Path file) throws Exception {
    JsonResume.Imported imported = JSON.read(file);
    // Nothing is dropped; a photo is never shown (and said so), but kept for the way back.
    assertTrue(
        imported.warnings().stream()
            .allMatch(w -> w.message().startsWith("/basics/image: not shown: the photo")),
        () -> "nothing should be dropped: " + imported.warnings());

    // The XML written to disk by `import` is valid on its own, read afresh.
    XdmNode reread =
        READER.read(
            new ByteArrayInputStream(imported.xml().getBytes(StandardCharsets.UTF_8)),
            file.getFileName().toString(),
            file.toUri().toString());

    JsonResume.Exported exported = JsonResume.write(reread);
    assertTrue(
        exported.warnings().isEmpty(), () -> "nothing should be lost: " + exported.warnings());
    JsonNode original = MAPPER.readTree(file.toFile());
    JsonNode back = MAPPER.readTree(exported.json());
    assertEquals(
        original, back, () -> "round trip of " + file.getFileName() + " gave\n" + exported.json());
  }
}
