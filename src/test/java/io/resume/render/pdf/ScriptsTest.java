package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.render.PreparedResume;
import io.resume.render.pdf.font.InstalledFonts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every script renders in the PDF: Chinese, Japanese and Korean (with the CJK font installed on the
 * machine, which `.ci/run` installs), Arabic and Hebrew right to left, Greek, Cyrillic, accented
 * Latin and typographic punctuation; with no character missing, every text in order as PDFBox reads
 * it, and still PDF/UA-1 and PDF/A-3b.
 */
class ScriptsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/io/resume/scripts");
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    VeraGreenfieldFoundryProvider.initialise();
    pipeline = SharedPipeline.bundled();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cjk-2.xml", "european-2.xml"})
  void everyCharacterIsDrawnAndReadInOrder(String fixture) throws Exception {
    PreparedResume resume = pipeline.prepare(FIXTURES.resolve(fixture), null, w -> {});
    byte[] pdf = renderWithoutWarnings(resume);
    List<String> items = ReaderItems.textItems(resume.view());
    assertTrue(items.size() >= 8, items::toString);
    assertEquals(List.of(), InOrder.problems(items, Extract.pdfText(pdf)));
    assertCompliant(pdf);
  }

  /**
   * Right to left: every character drawn and every word found, letters in reading order. Not the
   * order of a line's parts: PDFBox guesses a line's direction from its leftmost strong character
   * as drawn, so a line of an RTL résumé whose left end is Latin (the dates aside, "… SQL.") comes
   * out with its parts swapped, or its final stop moved. The PDF's tag tree, which screen readers
   * follow, has the logical order.
   */
  @ParameterizedTest
  @ValueSource(strings = {"arabic-2.xml", "hebrew-2.xml"})
  void rightToLeftTextIsDrawnAndFound(String fixture) throws Exception {
    PreparedResume resume = pipeline.prepare(FIXTURES.resolve(fixture), null, w -> {});
    byte[] pdf = renderWithoutWarnings(resume);
    String text = lettersOnly(Extract.pdfText(pdf));
    List<String> items = ReaderItems.textItems(resume.view());
    assertTrue(items.size() >= 8, items::toString);
    for (String item : items) {
      // Word by word: each word reads in its own (logical) order; a line's runs may come out
      // swapped.
      for (String word : item.split("[\\s\\p{P}]+")) {
        assertTrue(
            text.contains(lettersOnly(word)),
            () -> "missing: " + word + " of " + item + " in " + text);
      }
    }
    assertCompliant(pdf);
  }

  private static byte[] renderWithoutWarnings(PreparedResume resume) throws Exception {
    List<String> warnings = new ArrayList<>();
    byte[] pdf = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add);
    // Every fixture's language has its labels (xsl/l10n): nothing may warn.
    assertEquals(List.of(), warnings);
    return pdf;
  }

  private static String lettersOnly(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", "");
  }

  private static void assertCompliant(byte[] pdf) throws Exception {
    assertEquals(List.of(), PdfComplianceTest.failedRules(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), PdfComplianceTest.failedRules(pdf, PDFAFlavour.PDFA_3_B));
  }

  @Test
  void theInstalledFontIsUsedOnlyWhereNeeded() throws Exception {
    assertTrue(
        InstalledFonts.fallback(InstalledFonts.standardFolders()).isPresent(),
        "no CJK font installed: .ci/run installs fonts-wqy-zenhei");
    assertTrue(
        fontNames(render("cjk-2.xml")).stream().anyMatch(name -> name.contains("WenQuanYi")));
    assertTrue(
        fontNames(render("european-2.xml")).stream().noneMatch(name -> name.contains("WenQuanYi")));
    PreparedResume seed = pipeline.prepare(Seed.PATH, null, w -> {});
    assertTrue(
        fontNames(PdfRenders.render(pipeline, seed, PdfRenders.fixed(), w -> {})).stream()
            .noneMatch(name -> name.contains("WenQuanYi")));
  }

  @Test
  void theSeedWithChineseLabelsHasEveryGlyph() throws Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(Seed.PATH, "zh", warnings::add);
    byte[] pdf = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add);
    assertEquals(List.of(), warnings);
    assertEquals(
        List.of(), InOrder.problems(ReaderItems.textItems(resume.view()), Extract.pdfText(pdf)));
  }

  @Test
  void aFolderWithoutKnownFontsGivesNone() {
    assertTrue(
        InstalledFonts.fallback(List.of(Path.of("src/test/resources"), Path.of("/nonexistent")))
            .isEmpty());
  }

  private static byte[] render(String fixture) throws Exception {
    return PdfRenders.render(
        pipeline,
        pipeline.prepare(FIXTURES.resolve(fixture), null, w -> {}),
        PdfRenders.fixed(),
        w -> {});
  }

  private static List<String> fontNames(byte[] pdf) throws Exception {
    List<String> names = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName());
        }
      }
    }
    return names;
  }
}
