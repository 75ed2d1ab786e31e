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

/**
 * Two inputs of one name would write the same outputs, and one would silently win: the batch is
 * refused before anything is written (exit status 2), naming both inputs and the shared output. One
 * file named twice is one input, rendered once.
 */
class SharedOutputsTest {
  @TempDir Path dir;

  @Test
  void anXmlAndAJsonOfOneNameAreRefused() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Seed.PATH, in.resolve("x.xml"));
    Files.writeString(in.resolve("x.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of("render", in.toString(), "--out", out.toString(), "--format", "html,txt");
    assertEquals(Main.BAD_USAGE, run.status(), run.err());
    // A folder lists its résumés in name order: x.json first.
    assertTrue(
        run.err()
            .contains(
                in.resolve("x.xml")
                    + ": its outputs would replace those of "
                    + in.resolve("x.json")
                    + " (both are x.html… in "
                    + out
                    + "): render them to different --out folders, or rename one"),
        run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void twoResumesOfOneNameInTwoFoldersAreRefused() throws IOException {
    Path a = Files.copy(Seed.PATH, Files.createDirectories(dir.resolve("a")).resolve("resume.xml"));
    Path b = Files.copy(Seed.PATH, Files.createDirectories(dir.resolve("b")).resolve("resume.xml"));
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of("render", a.toString(), b.toString(), "--out", out.toString(), "--format", "txt");
    assertEquals(Main.BAD_USAGE, run.status(), run.err());
    assertTrue(
        run.err()
            .contains(
                b
                    + ": its outputs would replace those of "
                    + a
                    + " (both are resume.txt in "
                    + out
                    + ")"),
        run.err());
    assertFalse(Files.exists(out));
    // Each into its own folder is what the message suggests, and works.
    assertEquals(
        Main.OK,
        CliRun.of("render", a.toString(), "--out", out.resolve("a").toString(), "--format", "txt")
            .status());
    assertEquals(
        Main.OK,
        CliRun.of("render", b.toString(), "--out", out.resolve("b").toString(), "--format", "txt")
            .status());
  }

  @Test
  void oneFileNamedTwiceIsRenderedOnce() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path x = Files.copy(Seed.PATH, in.resolve("x.xml"));
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "render",
            in.toString(),
            x.toString(),
            in.resolve("./x.xml").toString(),
            "--out",
            out.toString(),
            "--format",
            "txt");
    assertEquals(Main.OK, run.status(), run.err());
    assertEquals(out.resolve("x.txt").toString(), run.out().strip(), "one input, one output");
  }
}
