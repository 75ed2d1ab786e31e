package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.cli.CliRun;
import io.resume.cli.Main;
import io.resume.model.InputLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resume extract} keeps the limits the reader of résumés keeps: an attachment over {@link
 * InputLimits#MAX_BYTES} once decoded is refused, and decoding stops one byte past the limit, so
 * that memory stays bounded whatever the PDF claims; a name tree that loops or runs deep is walked
 * within bounds. Each refusal is one line and exit status 1, never an OutOfMemoryError or a
 * StackOverflowError. Allocations are counted on the thread that runs the command.
 */
class ExtractLimitsTest {
  /**
   * What extracting may allocate, whatever the attachment: PDFBox's parse plus the bounded read,
   * with room.
   */
  private static final long ALLOWED = 48L << 20;

  @TempDir Path dir;

  /** 2 MB of stream that inflate to 2 GB: refused after 512 KB + 1 decoded bytes. */
  @Test
  void anAttachmentThatInflatesToGigabytes() throws IOException {
    byte[] bomb = HostilePdfs.inflatingTo(2048);
    assertTrue(bomb.length < 4 << 20, "the bomb is small: " + bomb.length);
    Path pdf = HostilePdfs.withAttachment(dir.resolve("bomb.pdf"), bomb, true);
    assertRefusedWithin(pdf, "larger than the 512 KB a résumé may be");
  }

  /**
   * The bomb is a valid stream: a reader with no limit gets gigabytes of zeros (checked on 64 MB,
   * in 64 KB steps).
   */
  @Test
  void theBombIsAValidStream() throws IOException {
    try (var in =
        new java.util.zip.InflaterInputStream(
            new java.io.ByteArrayInputStream(HostilePdfs.inflatingTo(64)))) {
      long total = 0;
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
      }
      assertEquals(64L << 20, total);
    }
  }

  /**
   * An attachment stored as it is, far over the limit (the was 300 MB; 40 MB shows the
   * bound).
   */
  @Test
  void aLargeStoredAttachment() throws IOException {
    byte[] large = new byte[40 << 20];
    Arrays.fill(large, (byte) 'x');
    Path pdf = HostilePdfs.withAttachment(dir.resolve("large.pdf"), large, false);
    large = null; // NOPMD: let the test's own copy go before the count
    assertRefusedWithin(pdf, "larger than the 512 KB a résumé may be");
  }

  /** The limit is the reader's: 512 KB is extracted, one byte more is not. */
  @Test
  void theLimitIsTheReadersToTheByte() throws IOException {
    byte[] atLimit = new byte[(int) InputLimits.MAX_BYTES];
    Arrays.fill(atLimit, (byte) 'a');
    Path ok = HostilePdfs.withAttachment(dir.resolve("at-limit.pdf"), atLimit, false);
    Path out = dir.resolve("at-limit.xml");
    CliRun run = CliRun.of("extract", ok.toString(), "-o", out.toString());
    assertEquals(Main.OK, run.status(), run.err());
    assertArrayEquals(atLimit, Files.readAllBytes(out));
    Path over =
        HostilePdfs.withAttachment(
            dir.resolve("over.pdf"), Arrays.copyOf(atLimit, atLimit.length + 1), false);
    assertRefusedWithin(over, "larger than the 512 KB a résumé may be");
  }

  @Test
  void aNameTreeThatListsItself() throws IOException {
    Path pdf = HostilePdfs.selfReferencingNameTree(dir.resolve("loop.pdf"));
    assertRefusedWithin(pdf, "the PDF carries no résumé");
  }

  @Test
  void aNameTreeTooDeep() throws IOException {
    Path pdf = HostilePdfs.deepNameTree(dir.resolve("deep.pdf"), 20_000);
    assertRefusedWithin(pdf, "deeper than any PDF of ours makes");
  }

  @Test
  void aFolderIsNotAPdf() {
    CliRun run = CliRun.of("extract", dir.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals(
        dir + ": this is a folder, not a PDF: give the path of a PDF made by `resume render`",
        run.err().strip());
    CliRun here = CliRun.of("extract", ".");
    assertTrue(here.err().startsWith(".: this is a folder, not a PDF"), here.err());
  }

  @Test
  void aFifoIsNotReadNorWaitedFor() throws Exception {
    Path fifo = dir.resolve("pipe.pdf");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    LimitsTest.feed(fifo, "%PDF-1.7 not read"); // rather than a wait for ever, were it opened
    try {
      CliRun run = CliRun.of("extract", fifo.toString());
      assertEquals(Main.BAD_INPUT, run.status());
      assertTrue(run.err().startsWith(fifo + ": not a regular file"), run.err());
    } finally {
      LimitsTest.release(fifo);
    }
  }

  private void assertRefusedWithin(Path pdf, String words) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Path out = dir.resolve(pdf.getFileName() + ".xml");
    long before = threads.getCurrentThreadAllocatedBytes();
    CliRun run = CliRun.of("extract", pdf.toString(), "-o", out.toString());
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith(pdf + ": ") && run.err().contains(words), run.err());
    BadInputTest.assertCleanText(run.err());
    assertFalse(Files.exists(out), "nothing written");
    assertTrue(allocated < ALLOWED, () -> "allocated " + (allocated >> 20) + " MB: not bounded");
    assertEquals(
        "", new String(run.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }
}
