package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @Test
  void rendersTheThreeFormatsByDefault(@TempDir Path dir) {
    CliRun run = CliRun.of("render", Seed.FILE, "--out", dir.toString());
    assertEquals(Main.OK, run.status(), run.err());
    for (String ext : new String[] {"pdf", "html", "docx"}) {
      assertTrue(Files.isRegularFile(dir.resolve("resume." + ext)), ext);
      assertTrue(run.out().contains(dir.resolve("resume." + ext).toString()), run.out());
    }
    assertEquals("", run.err(), "the repository résumé renders without a warning");
  }

  @Test
  void onlyTheChosenFormats(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("render", Seed.FILE, "--out", dir.toString(), "--format", "html,txt");
    assertEquals(Main.OK, run.status(), run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count());
    }
    assertTrue(Files.readString(dir.resolve("resume.txt")).startsWith("Zhuofu Chen"));
  }

  @Test
  void letterPaperForThePdfAndTheDocx(@TempDir Path dir) throws IOException {
    CliRun run =
        CliRun.of(
            "render",
            Seed.FILE,
            "--out",
            dir.toString(),
            "--format",
            "pdf,docx",
            "--paper",
            "letter");
    assertEquals(Main.OK, run.status(), run.err());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("resume.pdf").toFile())) {
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertEquals(612, page.getWidth(), 1);
      assertEquals(792, page.getHeight(), 1);
    }
    try (XWPFDocument docx =
        new XWPFDocument(new FileInputStream(dir.resolve("resume.docx").toFile()))) {
      assertEquals("12240", docx.getDocument().getBody().getSectPr().getPgSz().getW().toString());
    }
  }

  @Test
  void a4IsTheDefaultPaper(@TempDir Path dir) throws IOException {
    assertEquals(
        Main.OK,
        CliRun.of("render", Seed.FILE, "--out", dir.toString(), "--format", "pdf,docx").status());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("resume.pdf").toFile())) {
      assertEquals(595, pdf.getPage(0).getMediaBox().getWidth(), 1);
    }
    try (XWPFDocument docx =
        new XWPFDocument(new FileInputStream(dir.resolve("resume.docx").toFile()))) {
      assertEquals("11906", docx.getDocument().getBody().getSectPr().getPgSz().getW().toString());
    }
  }

  @Test
  void strictTurnsAWarningIntoFailure(@TempDir Path dir) throws IOException {
    Path resume = dir.resolve("glyph.xml");
    // No font draws U+1FAE0 (an emoji of Unicode 14, after the symbol font's 9): a warning, which
    // --strict makes an error.
    Files.writeString(
        resume,
        "<resume xmlns='urn:resume:1'><basics><name>Melting \uD83E\uDEE0</name></basics></resume>");
    CliRun lenient =
        CliRun.of("render", resume.toString(), "--out", dir.toString(), "--format", "pdf");
    assertEquals(Main.OK, lenient.status(), lenient.err());
    assertTrue(lenient.err().contains("warning"), lenient.err());
    CliRun strict =
        CliRun.of(
            "render", resume.toString(), "--out", dir.toString(), "--format", "pdf", "--strict");
    assertEquals(Main.BAD_INPUT, strict.status(), strict.err());
    assertTrue(strict.err().contains("--strict"), strict.err());
  }

  @Test
  void anUnknownPaperIsAUsageError() {
    CliRun run = CliRun.of("render", Seed.FILE, "--paper", "a5");
    assertEquals(Main.BAD_USAGE, run.status());
    assertTrue(run.err().contains("a4 or letter"), run.err());
  }

  @Test
  void aBatchGoesPastABadInputAndReportsItAtTheEnd(@TempDir Path dir) throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.copy(Seed.PATH, inputs.resolve("a.xml"));
    Files.writeString(inputs.resolve("b.xml"), "<resume xmlns='urn:resume:1'><basics/></resume>");
    Files.copy(Seed.PATH, inputs.resolve("c.xml"));
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of("render", inputs.toString(), "--out", out.toString(), "--format", "html");
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(Files.exists(out.resolve("a.html")) && Files.exists(out.resolve("c.html")));
    assertFalse(Files.exists(out.resolve("b.html")));
    assertTrue(run.err().contains("b.xml:1:"), run.err());
    assertTrue(run.out().contains("3 résumés, 1 failed"), run.out());
    assertTrue(run.out().strip().endsWith("failed: " + inputs.resolve("b.xml")), run.out());
  }
}
