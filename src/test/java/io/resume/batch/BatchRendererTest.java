package io.resume.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One input on several threads renders its formats side by side; many inputs one each. */
class BatchRendererTest {
  private static final RenderOptions OPTIONS = new RenderOptions(Paper.A4, Instant.parse("2024-01-01T00:00:00Z"));
  private static final EnumSet<Format> FORMATS = EnumSet.of(Format.HTML, Format.TXT, Format.MD, Format.DOCX);
  private static Pipeline pipeline;

  @BeforeAll
  static void pipeline() {
    pipeline = new Pipeline();
  }

  @Test
  void formatsRenderedApartGiveTheSameFilesAsOneAfterTheOther(@TempDir Path dir) throws IOException {
    Path apart = dir.resolve("apart");
    Path inTurn = dir.resolve("in-turn");
    List<Outcome> seen = Collections.synchronizedList(new ArrayList<>());
    Summary summary = new BatchRenderer(pipeline, 3).run(List.of(Path.of("resume.xml")),
        new Job(apart, FORMATS, null, OPTIONS, false), (outcome, done, total) -> seen.add(outcome));
    Outcome sequential = new BatchRenderer(pipeline, 1).renderOne(Path.of("resume.xml"),
        new Job(inTurn, FORMATS, null, OPTIONS, false));

    assertTrue(summary.failures().isEmpty(), summary.failures().toString());
    assertEquals(1, seen.size());
    assertEquals(sequential.outputs().stream().map(Path::getFileName).toList(),
        seen.get(0).outputs().stream().map(Path::getFileName).toList(), "the same files, listed in the same order");
    for (String name : List.of("resume.html", "resume.txt", "resume.md")) {
      assertArrayEquals(Files.readAllBytes(inTurn.resolve(name)), Files.readAllBytes(apart.resolve(name)), name);
    }
    assertTrue(Files.size(apart.resolve("resume.docx")) > 0);
  }

  @Test
  void aFormatThatFailsIsAProblemOfItsInputAndTheOthersAreStillWritten(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("resume.md")); // the Markdown cannot replace a folder
    List<Outcome> seen = Collections.synchronizedList(new ArrayList<>());
    Summary summary = new BatchRenderer(pipeline, 2).run(List.of(Path.of("resume.xml")),
        new Job(dir, EnumSet.of(Format.HTML, Format.MD, Format.TXT), null, OPTIONS, false),
        (outcome, done, total) -> seen.add(outcome));

    assertEquals(1, summary.failures().size());
    Outcome outcome = seen.get(0);
    assertFalse(outcome.ok());
    assertEquals(1, outcome.problems().size(), outcome.problems().toString());
    assertTrue(outcome.problems().get(0).startsWith("resume.xml: "), outcome.problems().get(0));
    assertTrue(Files.isRegularFile(dir.resolve("resume.html")));
    assertTrue(Files.isRegularFile(dir.resolve("resume.txt")));
  }

  @Test
  void anInvalidInputAmongOthersFailsAloneWhateverTheThreads(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<resume xmlns='urn:resume:1'><nonsense/></resume>");
    for (int threads : new int[] {1, 2, 4}) {
      Path out = dir.resolve("out-" + threads);
      Summary summary = new BatchRenderer(pipeline, threads).run(List.of(Path.of("resume.xml"), bad),
          new Job(out, EnumSet.of(Format.HTML, Format.TXT), null, OPTIONS, false), (outcome, done, total) -> { });
      assertEquals(2, summary.total());
      assertEquals(List.of(bad), summary.failures().stream().map(Outcome::input).toList(), threads + " threads");
      assertTrue(summary.failures().get(0).problems().get(0).startsWith(bad.toString() + ":"));
      assertTrue(Files.isRegularFile(out.resolve("resume.html")), threads + " threads");
    }
  }
}
