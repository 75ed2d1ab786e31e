package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void theRepositoryResumeIsValid() {
    CliRun run = CliRun.of("validate", Seed.FILE);
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(run.out().contains("resume.xml: valid"), run.out());
  }

  @Test
  void anInvalidInputGivesOneLinePerProblemAndStatusOne(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(
        bad,
        """
        <resume xmlns="urn:resume:1">
          <basics><name>A</name><email>nope</email></basics>
          <awards><award><title>T</title><date>2014-13</date></award></awards>
        </resume>
        """);
    CliRun run = CliRun.of("validate", Seed.FILE, bad.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    String[] lines = run.err().strip().split("\\R");
    assertEquals(2, lines.length, run.err());
    assertTrue(lines[0].startsWith(bad + ":2:"), lines[0]);
    assertTrue(lines[1].startsWith(bad + ":3:"), lines[1]);
    assertFalse(run.err().contains("Exception"), run.err());
    assertTrue(
        run.out().contains("resume.xml: valid"), "the good input is still checked: " + run.out());
  }
}
