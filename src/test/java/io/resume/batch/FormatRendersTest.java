package io.resume.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One résumé with threads to spare renders its formats side by side: the same files as one after
 * another, outputs in format order, and a format that fails fails the whole input: none of its
 * outputs is written, the earlier files stay.
 */
class FormatRendersTest {
  private static final Path SEED = Seed.PATH;
  private static final RenderOptions FIXED =
      new RenderOptions(Paper.A4, Instant.ofEpochSecond(1_700_000_000L));
  private static final Set<Format> FORMATS =
      EnumSet.of(Format.PDF, Format.HTML, Format.DOCX, Format.TXT);

  private final Pipeline pipeline = SharedPipeline.bundled();

  @Test
  void sideBySideWritesTheSameFilesAsOneAfterAnother(@TempDir Path dir) throws Exception {
    Outcome alone =
        renderOnly(1, new Job(dir.resolve("one"), FORMATS, (String) null, FIXED, false));
    Outcome beside =
        renderOnly(4, new Job(dir.resolve("four"), FORMATS, (String) null, FIXED, false));
    assertTrue(alone.ok(), alone.problems().toString());
    assertTrue(beside.ok(), beside.problems().toString());
    assertEquals(names(alone.outputs()), names(beside.outputs()));
    assertEquals(
        List.of("resume.pdf", "resume.html", "resume.docx", "resume.txt"), names(beside.outputs()));
    for (Path output : alone.outputs()) {
      assertArrayEquals(
          Files.readAllBytes(output),
          Files.readAllBytes(dir.resolve("four").resolve(output.getFileName())),
          output.getFileName().toString());
    }
  }

  @Test
  void aFormatThatFailsWritesNoneOfTheInputsOutputsAndKeepsTheEarlierOnes(@TempDir Path dir)
      throws Exception {
    // The seed résumé has two pages: the PDF fails its page limit, the HTML and text, beside it, do
    // not.
    for (String name : List.of("resume.pdf", "resume.html", "resume.txt")) {
      Files.writeString(dir.resolve(name), "earlier " + name);
    }
    Job job =
        new Job(
            dir,
            EnumSet.of(Format.PDF, Format.HTML, Format.TXT),
            (String) null,
            FIXED.withMaxPages(1),
            false);
    Outcome outcome = renderOnly(3, job);
    assertFalse(outcome.ok());
    assertTrue(
        outcome.problems().get(0).contains("more than --max-pages 1"),
        outcome.problems().toString());
    assertEquals(List.of(), outcome.outputs());
    for (String name : List.of("resume.pdf", "resume.html", "resume.txt")) {
      assertEquals(
          "earlier " + name, Files.readString(dir.resolve(name)), name + " is the earlier file");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(3, files.count(), "no temporary file is left behind");
    }
  }

  private Outcome renderOnly(int threads, Job job) throws Exception {
    Files.createDirectories(job.outFolder());
    List<Outcome> outcomes = new ArrayList<>();
    new BatchRenderer(pipeline, threads)
        .run(List.of(SEED), job, (outcome, done, total) -> outcomes.add(outcome));
    assertEquals(1, outcomes.size());
    return outcomes.get(0);
  }

  private static List<String> names(List<Path> outputs) {
    return outputs.stream().map(path -> path.getFileName().toString()).toList();
  }
}
