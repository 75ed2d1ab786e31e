package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-pages N}: a longer PDF fails, naming the entry that runs onto page N + 1. */
class PageLimitTest {
  @TempDir static Path folder;
  private static Pipeline pipeline;
  private static PreparedResume seed;
  private static PreparedResume longResume;

  @BeforeAll
  static void prepare() throws Exception {
    pipeline = SharedPipeline.bundled();
    seed = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    longResume = pipeline.prepare(LongResumes.write(folder, 30), null, Warnings.IGNORE);
  }

  @Test
  void theSeedFitsTwoPagesButNotOne() throws Exception {
    List<String> pages =
        PdfRenders.pages(
            PdfRenders.render(pipeline, seed, PdfRenders.fixed().withMaxPages(2), Warnings.IGNORE));
    assertEquals(2, pages.size());
    PageLimitException tooLong =
        assertThrows(
            PageLimitException.class,
            () ->
                PdfRenders.render(
                    pipeline, seed, PdfRenders.fixed().withMaxPages(1), Warnings.IGNORE));
    // What page 2 starts with, read from the PDF without a limit, is what the message must name.
    assertTrue(
        PdfRenders.squeeze(pages.get(1)).startsWith("SelectedProjectsXPURemoting"), pages.get(1));
    assertEquals(
        "the PDF has 2 pages, more than --max-pages 1; it goes past page 1 at \"Selected Projects › XPURemoting\"",
        tooLong.getMessage());
  }

  @Test
  void theEntryNamedIsTheOneOnTheFirstPageTooMany() throws Exception {
    List<String> pages =
        PdfRenders.pages(
            PdfRenders.render(pipeline, longResume, PdfRenders.fixed(), Warnings.IGNORE));
    for (int limit = 1; limit < pages.size(); limit++) {
      int max = limit;
      PageLimitException tooLong =
          assertThrows(
              PageLimitException.class,
              () ->
                  PdfRenders.render(
                      pipeline, longResume, PdfRenders.fixed().withMaxPages(max), Warnings.IGNORE));
      assertEquals(pages.size(), tooLong.pages());
      Matcher named =
          Pattern.compile(".* at \"([^›]+) › ([^\"]+)\"$").matcher(tooLong.getMessage());
      assertTrue(named.matches(), tooLong.getMessage());
      String section = PdfRenders.squeeze(named.group(1));
      String entry = PdfRenders.squeeze(named.group(2));
      // Every entry is kept on one page, so the one named starts page limit + 1 (after its
      // section's heading, if that is new).
      String next = PdfRenders.squeeze(pages.get(limit));
      assertTrue(
          next.startsWith(entry) || next.startsWith(section + entry),
          "page " + (limit + 1) + " starts with " + entry + ": " + next);
    }
  }
}
