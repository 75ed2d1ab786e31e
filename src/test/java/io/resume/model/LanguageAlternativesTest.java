package io.resume.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alternatives of a text in several languages: each language once. */
class LanguageAlternativesTest {
  private final ResumeReader reader = new ResumeReader(new Processor(false));

  @Test
  void oneTextPerLanguageIsValid(@TempDir Path dir) throws Exception {
    reader.read(
        write(
            dir,
            """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Ada</name><name xml:lang="zh">艾达</name></basics>
          <work title="Experience">
            <title xml:lang="zh">经历</title>
            <position>
              <organization>Lab</organization><organization xml:lang="zh">实验室</organization>
              <role>Intern</role><role xml:lang="de">Praktikantin</role><role xml:lang="zh">实习生</role>
            </position>
          </work>
        </resume>
        """));
  }

  @Test
  void aSecondTextInOneLanguageIsAProblem(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Ada</name></basics>
          <work title="Experience">
            <title>Work</title>
            <position>
              <organization>Lab</organization>
              <role xml:lang="zh">实习生</role>
              <role xml:lang="zh">研究实习生</role>
            </position>
          </work>
        </resume>
        """);
    InvalidResumeException problems =
        assertThrows(InvalidResumeException.class, () -> reader.read(file));
    List<String> lines = problems.problems().stream().map(Problem::toString).toList();
    assertEquals(2, lines.size(), lines::toString);
    String hint = ": a translation needs its own xml:lang, else remove one of them";
    assertTrue(
        lines
            .get(0)
            .matches(
                Pattern.quote(file + ":4:")
                    + "\\d+: a second <title> in 'en'"
                    + Pattern.quote(hint)),
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .matches(
                Pattern.quote(file + ":8:")
                    + "\\d+: a second <role> in 'zh'"
                    + Pattern.quote(hint)),
        lines.get(1));
  }

  private static Path write(Path dir, String xml) throws Exception {
    Path file = dir.resolve("resume.xml");
    Files.writeString(file, xml);
    return file;
  }
}
