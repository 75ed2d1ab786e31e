package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.cli.CliRun;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import io.resume.render.pdf.font.FontPool;
import io.resume.render.pdf.font.InstalledFonts;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Emoji and symbols the bundled fonts lack are drawn from the installed symbol font (Symbola,
 * `.ci/run` installs fonts-symbola), read back in order, with the text after them too (FOP's own
 * ToUnicode map shifted every later glyph of that font), and the PDF stays PDF/UA-1 and PDF/A-3b.
 * Without the font, the warning names the whole code point (U+1F3C6, not FOP's U+F3C6), and {@code
 * --strict} fails on a character no font has.
 */
class SymbolFallbackTest {
  private static final Path FIXTURES = Path.of("src/test/resources/io/resume/render/pdf/symbols");
  private static Pipeline pipeline;
  private static PreparedResume emoji;
  private static TrueTypeFont symbola;

  @BeforeAll
  static void setUp() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    pipeline = SharedPipeline.bundled();
    emoji = pipeline.prepare(FIXTURES.resolve("emoji.xml"), null, Warnings.IGNORE);
    InstalledFonts.Font font =
        InstalledFonts.fallback(InstalledFonts.Kind.SYMBOLS, InstalledFonts.standardFolders())
            .orElseThrow(
                () ->
                    new AssertionError("no symbol font installed: .ci/run installs fonts-symbola"));
    symbola = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
  }

  @Test
  void emojiAreDrawnFromTheSymbolFontAndReadInOrder() throws Exception {
    List<String> warnings = new ArrayList<>();
    byte[] pdf = PdfRenders.render(pipeline, emoji, PdfRenders.fixed(), warnings::add);
    assertEquals(List.of(), warnings);
    assertTrue(
        DrawnGlyphs.outlines(pdf).contains(DrawnGlyphs.outlineOf(symbola, 0x1F3C6)),
        "no trophy drawn");
    assertEquals(
        List.of(), InOrder.problems(ReaderItems.textItems(emoji.view()), Extract.pdfText(pdf)));
    assertEquals(List.of(), PdfComplianceTest.failedRules(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), PdfComplianceTest.failedRules(pdf, PDFAFlavour.PDFA_3_B));
  }

  @Test
  void pdftotextReadsTheLineWithItsEmoji() throws Exception {
    Poppler poppler = Poppler.required();
    byte[] pdf = PdfRenders.render(pipeline, emoji, PdfRenders.fixed(), Warnings.IGNORE);
    for (Poppler.Mode mode : Poppler.Mode.values()) {
      String text = poppler.text(pdf, mode);
      assertTrue(text.contains("🏆 Best Paper Award ★ ✓ ☎ ⚡ 🚀 shipped"), () -> mode + ": " + text);
      assertTrue(
          text.contains("Second place 🥈 in the regional contest"), () -> mode + ": " + text);
    }
  }

  /**
   * The broken case: no symbol font installed. No trophy is drawn, and the warning says which
   * character.
   */
  @Test
  void withoutTheFontTheWarningNamesTheWholeCodePoint() throws Exception {
    PdfRenderer renderer =
        new PdfRenderer(
            Stylesheets.bundled(emoji.view().getProcessor()), new FontPool(), List.of());
    List<String> warnings = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(emoji, PdfRenders.fixed(), out, warnings::add);
    assertFalse(
        DrawnGlyphs.outlines(out.toByteArray()).contains(DrawnGlyphs.outlineOf(symbola, 0x1F3C6)));
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains("\"🏆\" (U+1F3C6)"), warnings::toString);
    assertTrue(warnings.get(0).contains("(U+1F680)"), warnings::toString);
    assertFalse(warnings.get(0).contains("U+F3C6"), warnings::toString);
  }

  /** FOP warns about eight characters per font and no more; every one is named. */
  @Test
  void everyMissingCharacterIsNamed(@TempDir Path folder) throws Exception {
    StringBuilder privateUse = new StringBuilder();
    for (int c = 0xE000; c < 0xE00C; c++) {
      privateUse.appendCodePoint(c).append(' ');
    }
    String xml =
        Files.readString(FIXTURES.resolve("missing.xml"))
            .replace("🫠", privateUse.toString().strip());
    List<String> warnings = new ArrayList<>();
    PreparedResume resume =
        pipeline.prepare(Files.writeString(folder.resolve("many.xml"), xml), null, warnings::add);
    PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add);
    assertEquals(1, warnings.size(), warnings::toString);
    for (int c = 0xE000; c < 0xE00C; c++) {
      assertTrue(warnings.get(0).contains(String.format("(U+%04X)", c)), warnings::toString);
    }
  }

  @Test
  void strictFailsOnACharacterNoFontHas(@TempDir Path out) {
    CliRun run =
        CliRun.of(
            "render",
            FIXTURES.resolve("missing.xml").toString(),
            "--out",
            out.toString(),
            "--format",
            "pdf",
            "--strict");
    assertEquals(1, run.status(), run::toString);
    assertTrue(run.err().contains("(U+1FAE0)"), run::err);
  }

  @Test
  void strictPassesWhenTheSymbolFontHasThem(@TempDir Path out) {
    CliRun run =
        CliRun.of(
            "render",
            FIXTURES.resolve("emoji.xml").toString(),
            "--out",
            out.toString(),
            "--format",
            "pdf",
            "--strict");
    assertEquals(0, run.status(), run::toString);
  }
}
