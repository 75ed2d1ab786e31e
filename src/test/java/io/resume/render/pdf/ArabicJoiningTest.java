package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.equivalence.Extract;
import io.resume.render.PreparedResume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF draws Arabic joined: every Arabic letter on the page is a presentation form (the glyph
 * of its place in the word), none is drawn in a font that lacks it. Read glyph by glyph from the
 * PDF's own text layer: PDFBox's plain text output would already map the forms back to letters.
 */
class ArabicJoiningTest {
  private static final Path RESOURCES = Path.of("src/test/resources/io/resume");
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = new Pipeline();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scripts/arabic.xml", "render/pdf/scripts/arabic.xml"})
  void everyArabicLetterIsDrawnInItsJoinedForm(String fixture) throws Exception {
    String drawn = Extract.pdfGlyphs(render(fixture));
    assertTrue(drawn.chars().anyMatch(ArabicJoiningTest::isPresentationForm), drawn);
    String unshaped = drawn.chars().filter(ArabicJoiningTest::isArabicLetter)
        .mapToObj(c -> String.format("U+%04X", c)).distinct().collect(Collectors.joining(" "));
    assertEquals("", unshaped, () -> "letters drawn unjoined in: " + drawn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scripts/arabic.xml"})
  void theLamAlefLigatureIsDrawn(String fixture) throws Exception {
    // اللغة الأم: lam with hamza-alef.
    assertTrue(Extract.pdfGlyphs(render(fixture)).contains("\uFEF7"));
  }

  /** The check can fail: Hebrew has no joined forms, and a PDF without Arabic shows none. */
  @ParameterizedTest
  @ValueSource(strings = {"scripts/hebrew.xml", "scripts/european.xml"})
  void noPresentationFormsWithoutArabic(String fixture) throws Exception {
    assertTrue(Extract.pdfGlyphs(render(fixture)).chars().noneMatch(ArabicJoiningTest::isPresentationForm));
  }

  /** Renders with no warning at all: a form missing from the font would be reported by FOP. */
  private static byte[] render(String fixture) throws Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(RESOURCES.resolve(fixture), null, warnings::add);
    byte[] pdf = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add);
    assertEquals(List.of(), warnings);
    return pdf;
  }

  private static boolean isPresentationForm(int c) {
    return c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC;
  }

  private static boolean isArabicLetter(int c) {
    return c >= 0x0620 && c <= 0x064A || c >= 0x066E && c <= 0x06D3;
  }
}
