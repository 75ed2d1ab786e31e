package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resume extract}: the résumé inside a PDF of ours, back byte for byte; anything else is a
 * clear error.
 */
class ExtractCommandTest {
  @TempDir static Path folder;
  private static Path pdf;

  @BeforeAll
  static void render() {
    CliRun run = CliRun.of("render", Seed.FILE, "--format", "pdf", "--out", folder.toString());
    assertEquals(0, run.status(), run.err());
    pdf = folder.resolve("resume.pdf");
  }

  @Test
  void extractWritesTheSourceByteForByte() throws Exception {
    Path xml = folder.resolve("back/resume.xml");
    CliRun run = CliRun.of("extract", pdf.toString(), "-o", xml.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertArrayEquals(Files.readAllBytes(Seed.PATH), Files.readAllBytes(xml));
  }

  @Test
  void withoutOutputTheBytesGoToStandardOutput() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = StandardStreams.output;
    StandardStreams.output = new PrintStream(bytes, true);
    try {
      CliRun run = CliRun.of("extract", pdf.toString());
      assertEquals(0, run.status(), run.err());
    } finally {
      StandardStreams.output = saved;
    }
    assertArrayEquals(Files.readAllBytes(Seed.PATH), bytes.toByteArray());
  }

  @Test
  void aPdfWithoutOurAttachmentFailsWithOneLine() throws Exception {
    Path other = folder.resolve("other.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(other.toFile());
    }
    assertOneLineError(
        CliRun.of("extract", other.toString()), other + ": the PDF carries no résumé");
  }

  @Test
  void notAPdfFailsWithOneLine() throws Exception {
    Path text = Files.writeString(folder.resolve("notes.pdf"), "hello, not a PDF\n");
    assertOneLineError(
        CliRun.of("extract", text.toString(), "-o", folder.resolve("x.xml").toString()),
        text + ": not a PDF");
    assertFalse(Files.exists(folder.resolve("x.xml")), "no output for a failed extract");
    assertOneLineError(
        CliRun.of("extract", folder.resolve("missing.pdf").toString()),
        folder.resolve("missing.pdf") + ": no such file");
  }

  private static void assertOneLineError(CliRun run, String start) {
    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(start), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
