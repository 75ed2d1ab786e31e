package io.resume.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of one input move into place together or not at all; a stopped process leaves no
 * temporary.
 */
class OutputSetTest {
  @TempDir Path dir;

  @Test
  void nothingIsReplacedBeforeTheCommitAndEverythingAfterIt() throws IOException {
    Files.writeString(dir.resolve("cv.pdf"), "earlier pdf");
    try (OutputSet set = new OutputSet()) {
      set.write(dir.resolve("cv.pdf"), text("new pdf"));
      set.write(dir.resolve("cv.html"), text("new html"));
      assertEquals("earlier pdf", Files.readString(dir.resolve("cv.pdf")));
      assertTrue(Files.notExists(dir.resolve("cv.html")));
      assertEquals(List.of(dir.resolve("cv.pdf"), dir.resolve("cv.html")), set.commit());
    }
    assertEquals("new pdf", Files.readString(dir.resolve("cv.pdf")));
    assertEquals("new html", Files.readString(dir.resolve("cv.html")));
    assertEquals(List.of("cv.html", "cv.pdf"), names());
  }

  @Test
  void aSetClosedWithoutCommitDeletesWhatItWroteAndKeepsTheEarlierFiles() throws IOException {
    Files.writeString(dir.resolve("cv.pdf"), "earlier pdf");
    try (OutputSet set = new OutputSet()) {
      set.write(dir.resolve("cv.html"), text("new html"));
      assertThrows(
          IOException.class,
          () ->
              set.write(
                  dir.resolve("cv.pdf"),
                  out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("the renderer failed");
                  }));
    }
    assertEquals("earlier pdf", Files.readString(dir.resolve("cv.pdf")));
    assertEquals(List.of("cv.pdf"), names(), "no html, no temporary");
  }

  @Test
  void theShutdownPathDeletesOpenTemporariesAndRefusesNewOnesAndMoves() throws Exception {
    Temporaries temporaries = new Temporaries(false);
    OutputSet finished = new OutputSet(temporaries);
    finished.write(dir.resolve("a.html"), text("complete, not yet committed"));
    Path half = temporaries.create(dir, dir.resolve("b.pdf"));
    OutputStream writing = temporaries.open(half);
    writing.write(1);
    assertEquals(2, names().size(), names().toString());

    temporaries
        .removeAll(); // what Ctrl-C runs: waits briefly for the open stream, then deletes under it
    assertEquals(List.of(), names(), "both temporaries are gone");
    assertThrows(
        InterruptedIOException.class, finished::commit, "no move into place after the hook");
    assertThrows(InterruptedIOException.class, () -> temporaries.create(dir, dir.resolve("c.pdf")));
    writing.close();
    assertEquals(List.of(), names());
  }

  private static OutputFiles.Writer text(String content) {
    return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
