package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.pdf.font.FontPool;
import io.resume.render.pdf.font.InstalledFonts;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Latin letters and digits keep the theme's font (Liberation) wherever they stand: beside Chinese
 * text and full-width punctuation ("Research Intern（导师：Zhihao Jia）"), in a list joined with "、",
 * beside Greek, Cyrillic, Arabic and Hebrew words; only the characters the theme's fonts lack fall
 * back (CJK to the installed font, Arabic to DejaVu Sans). Checked glyph by glyph in the PDF,
 * through the font PDFBox says each was drawn in. Without {@link ScriptRunFilter} the Latin words
 * of the Chinese résumé come out in the CJK font: the check must see it.
 */
class MixedScriptFontsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/io/resume/render/pdf/mixed");
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = SharedPipeline.bundled();
    assertTrue(
        InstalledFonts.fallback(InstalledFonts.standardFolders()).isPresent(),
        "a CJK font must be installed (fonts-wqy-zenhei; .ci/run installs it)");
  }

  @Test
  void latinBesideChineseKeepsTheThemeFont() throws Exception {
    List<String> glyphs = glyphs(render("chinese.xml", true));
    assertTrue(glyphs.contains("I Liberation"), glyphs::toString);
    assertEquals(List.of(), latinNotInTheThemeFont(glyphs));
    // The Chinese characters and full-width punctuation are drawn by the CJK font.
    assertEquals(
        List.of(),
        glyphs.stream()
            .filter(g -> g.matches("[\\p{IsHan}（）：、] .*") && !g.endsWith("WenQuanYi"))
            .toList());
  }

  @Test
  void withoutTheCutLatinWordsTakeTheCjkFont() throws Exception {
    List<String> wrong = latinNotInTheThemeFont(glyphs(render("chinese.xml", false)));
    assertFalse(
        wrong.isEmpty(),
        "FOP chooses one font per word: 'Intern（导师：Zhihao' is drawn in the CJK font");
    assertTrue(
        new TreeSet<>(wrong).containsAll(List.of("I WenQuanYi", "J WenQuanYi", "W WenQuanYi")),
        wrong::toString);
  }

  @Test
  void latinBesideGreekCyrillicArabicAndHebrewKeepsTheThemeFont() throws Exception {
    List<String> glyphs = glyphs(render("european.xml", true));
    assertEquals(List.of(), latinNotInTheThemeFont(glyphs));
    assertTrue(
        glyphs.contains("я Liberation")
            && glyphs.contains("λ Liberation")
            && glyphs.contains("ש Liberation"),
        "Greek, Cyrillic and Hebrew: the theme's font has them");
    assertTrue(
        glyphs.stream().anyMatch(g -> g.matches("[\\p{IsArabic}\\uFE70-\\uFEFF] DejaVu")),
        "Arabic falls back to DejaVu Sans");
  }

  /** Latin letters and digits drawn in another font than the theme's, "Z WenQuanYi" each. */
  private static List<String> latinNotInTheThemeFont(List<String> glyphs) {
    return glyphs.stream()
        .filter(g -> g.matches("[A-Za-z0-9] .*") && !g.endsWith("Liberation"))
        .toList();
  }

  private static byte[] render(String fixture, boolean scriptRuns) throws IOException, Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(FIXTURES.resolve(fixture), null, warnings::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer(Stylesheets.bundled(resume.view().getProcessor()), new FontPool(), scriptRuns)
        .render(resume, RenderOptions.defaults(), out, warnings::add);
    assertEquals(List.of(), warnings);
    return out.toByteArray();
  }

  /**
   * Each glyph drawn as "character family": the family is the font's name without subset prefix and
   * style.
   */
  private static List<String> glyphs(byte[] pdf) throws IOException {
    List<String> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              String font = position.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
              String family =
                  font.startsWith("Liberation")
                      ? "Liberation"
                      : font.startsWith("DejaVu")
                          ? "DejaVu"
                          : font.startsWith("WenQuanYi") || font.startsWith("WenQuanYiZenHei")
                              ? "WenQuanYi"
                              : font;
              glyphs.add(position.getUnicode() + " " + family);
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.writeText(document, new StringWriter());
    }
    return glyphs;
  }
}
