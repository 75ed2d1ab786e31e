package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.model.ResumeReader;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;

/** JSON Resume holds one language: a multilingual résumé exports its main language, and says so. */
class TranslationsExportTest {

  @Test
  void theMainLanguageIsExportedAndEachTranslationReported() throws Exception {
    ResumeReader reader = new ResumeReader(new Processor(false));
    ResumeToJson.Result plain = ResumeToJson.convert(reader.read(Seed.PATH));
    ResumeToJson.Result multilingual =
        ResumeToJson.convert(
            reader.read(Path.of("src/test/resources/io/resume/xslt/resume-zh.xml")));
    assertEquals(
        plain.json(), multilingual.json(), "the fixture is resume.xml plus Chinese alternatives");
    long reported =
        multilingual.warnings().stream()
            .filter(w -> w.contains("xml:lang=\"zh\" alternative left out"))
            .count();
    assertEquals(40, reported, multilingual.warnings()::toString);
    assertTrue(
        multilingual.warnings().stream()
            .anyMatch(w -> w.startsWith("/resume/work/position[1]/role[2]: ")),
        multilingual.warnings()::toString);
  }
}
