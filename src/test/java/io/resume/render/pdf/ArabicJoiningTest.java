package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.render.PreparedResume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF draws Arabic joined: the glyphs on the page are those of each letter's place in its word
 * (initial, medial, final, the lam-alef ligature), read from the embedded fonts' outlines. The text
 * layer says letters (see {@code ArabicExtractionTest}), so it cannot tell.
 */
class ArabicJoiningTest {
  private static final Path RESOURCES = Path.of("src/test/resources/io/resume");

  /** ليلى, joined: lam initial, yeh medial, lam medial, alef maksura final. */
  private static final int[] LAYLA_JOINED = {0xFEDF, 0xFEF4, 0xFEE0, 0xFEF0};

  private static Pipeline pipeline;
  private static TrueTypeFont sans;
  private static TrueTypeFont bold;

  @BeforeAll
  static void setUp() throws Exception {
    pipeline = SharedPipeline.bundled();
    sans = DrawnGlyphs.font(DrawnGlyphs.DEJAVU_SANS);
    bold = DrawnGlyphs.font(DrawnGlyphs.DEJAVU_SANS_BOLD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scripts/arabic.xml"})
  void theNameIsDrawnInItsJoinedForms(String fixture) throws Exception {
    Set<String> drawn = DrawnGlyphs.outlines(render(RESOURCES.resolve(fixture)));
    for (int form : LAYLA_JOINED) {
      // The name is bold.
      assertTrue(
          drawn.contains(DrawnGlyphs.outlineOf(bold, form)),
          () -> "not drawn: U+" + Integer.toHexString(form));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"scripts/arabic.xml"})
  void theLamAlefLigatureIsDrawn(String fixture) throws Exception {
    // اللغة الأم: lam with hamza-alef, in the body's weight.
    assertTrue(
        DrawnGlyphs.outlines(render(RESOURCES.resolve(fixture)))
            .contains(DrawnGlyphs.outlineOf(sans, 0xFEF7)));
  }

  /**
   * The broken case: zero-width non-joiners between all letters keep them apart, and the check sees
   * it.
   */
  @Test
  void lettersKeptApartAreCaught(@TempDir Path folder) throws Exception {
    String apart =
        Files.readString(RESOURCES.resolve("scripts/arabic.xml"))
            .replaceAll("(?<=[\u0621-\u064A])(?=[\u0621-\u064A])", "\u200C");
    Set<String> drawn =
        DrawnGlyphs.outlines(render(Files.writeString(folder.resolve("apart.xml"), apart)));
    for (int form : LAYLA_JOINED) {
      assertFalse(
          drawn.contains(DrawnGlyphs.outlineOf(bold, form)),
          () -> "drawn between non-joiners: U+" + Integer.toHexString(form));
    }
  }

  /** Hebrew has no joined forms, and a PDF without Arabic draws none. */
  @ParameterizedTest
  @ValueSource(strings = {"scripts/hebrew.xml", "scripts/european.xml"})
  void noJoinedFormsWithoutArabic(String fixture) throws Exception {
    Set<String> drawn = DrawnGlyphs.outlines(render(RESOURCES.resolve(fixture)));
    for (int form : LAYLA_JOINED) {
      assertFalse(
          drawn.contains(DrawnGlyphs.outlineOf(sans, form))
              || drawn.contains(DrawnGlyphs.outlineOf(bold, form)));
    }
  }

  /** Renders with no warning at all: a form missing from the font would be reported by FOP. */
  private static byte[] render(Path fixture) throws Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(fixture, null, warnings::add);
    byte[] pdf = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add);
    assertEquals(List.of(), warnings);
    return pdf;
  }
}
