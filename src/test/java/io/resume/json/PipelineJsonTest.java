package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .json goes through the same prepare step as the XML it converts to. */
class PipelineJsonTest {
  private static final Pipeline PIPELINE = SharedPipeline.bundled();

  @Test
  void aJsonResumePreparesLikeItsImportedXml(@TempDir Path dir) throws Exception {
    Path json = JsonToResumeTest.fixture("roundtrip/jsonresume-sample.json");
    Path xml = dir.resolve("sample.xml");
    Files.writeString(xml, JsonRoundTripTest.JSON.read(json).xml(), StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();
    String fromJson = PIPELINE.prepare(json, null, warnings::add).view().toString();
    String fromXml = PIPELINE.prepare(xml, null, warnings::add).view().toString();
    assertEquals(fromXml, fromJson);
    assertTrue(warnings.isEmpty(), warnings::toString);
    assertTrue(fromJson.contains("Pied Piper"));
    // What the extensions keep is never shown.
    assertFalse(
        fromJson.contains("lastModified")
            || fromJson.contains("2017-12-24")
            || fromJson.contains("schema.json"),
        fromJson);
  }
}
