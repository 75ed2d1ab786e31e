package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row of a right-to-left résumé has its text at the right and its aside at the left, also when
 * both are in Latin script: the Arabic résumé's "English" (a language) stands at the right of its
 * "Fluent", as in the web page. Left to right, the same row is the other way round.
 */
class RightToLeftRowsTest {
  private static final Path ARABIC = Path.of("src/test/resources/io/resume/scripts/arabic.xml");
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = SharedPipeline.bundled();
  }

  @Test
  void aLatinRowKeepsItsTextAtTheRightInARightToLeftResume() throws Exception {
    Row row = englishRow(ARABIC);
    assertTrue(row.english() > row.fluent(), row::toString);
  }

  @Test
  void theSameRowLeftToRightHasItsTextAtTheLeft(@TempDir Path dir) throws Exception {
    Path leftToRight = dir.resolve("ltr.xml");
    Files.writeString(
        leftToRight, Files.readString(ARABIC).replace("xml:lang=\"ar\"", "xml:lang=\"en\""));
    Row row = englishRow(leftToRight);
    assertTrue(row.english() < row.fluent(), row::toString);
  }

  /** Where the first letters of "English" and "Fluent" are drawn, on their common line. */
  private record Row(float english, float fluent) {}

  private static Row englishRow(Path resume) throws Exception {
    byte[] pdf =
        PdfRenders.render(
            pipeline, pipeline.prepare(resume, null, w -> {}), PdfRenders.fixed(), w -> {});
    List<TextPosition> glyphs = glyphs(pdf);
    TextPosition english = first(glyphs, "E");
    TextPosition fluent = first(glyphs, "F");
    assertEquals(english.getYDirAdj(), fluent.getYDirAdj(), 0.5f, "not on one line");
    return new Row(english.getXDirAdj(), fluent.getXDirAdj());
  }

  private static TextPosition first(List<TextPosition> glyphs, String letter) {
    return glyphs.stream()
        .filter(glyph -> glyph.getUnicode().equals(letter))
        .findFirst()
        .orElseThrow(() -> new AssertionError(letter));
  }

  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.writeText(document, new StringWriter());
    }
    return glyphs;
  }
}
