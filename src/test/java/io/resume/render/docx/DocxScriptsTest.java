package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX declares the language and the direction of its text: w:lang on each run by the script of
 * its letters (the résumé's xml:lang for its own script, English for Latin letters in a résumé of
 * another script), in the attribute Word reads for that script (val, eastAsia, bidi), and in the
 * style defaults likewise; w:bidi on right-to-left paragraphs, w:rtl on right-to-left runs (and
 * only on them), East Asian fonts named for Chinese, Japanese and Korean.
 */
class DocxScriptsTest {
  private static final String DOC = "word/document.xml";
  private static final String STYLES = "word/styles.xml";
  private static final String DEFAULT_LANG = "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/";

  @TempDir static Path dir;
  private static Pipeline pipeline;

  @BeforeAll
  static void pipeline() {
    pipeline = SharedPipeline.bundled();
  }

  @Test
  void arabicRunsRightToLeftWithLatinWordsLeftToRight() throws Exception {
    DocxParts docx = render("ar", ScriptFixtures.ARABIC);
    // Latin letters in an Arabic résumé: English, not Arabic.
    assertEquals(List.of("en"), docx.strings(STYLES, DEFAULT_LANG + "@w:val"));
    assertEquals(List.of("ar"), docx.strings(STYLES, DEFAULT_LANG + "@w:bidi"));
    assertEquals(List.of(), docx.strings(STYLES, DEFAULT_LANG + "@w:eastAsia"));
    assertEquals(
        "true",
        docx.string(DOC, "every $p in //w:body/w:p satisfies exists($p/w:pPr/w:bidi)"),
        "every paragraph runs right to left");
    assertEquals("true", docx.string(DOC, "exists(//w:body/w:sectPr/w:bidi)"));
    // Arabic letters only in w:rtl runs; Latin words and digits only in other runs.
    assertEquals(
        List.of(), docx.strings(DOC, "//w:r[not(w:rPr/w:rtl)]/w:t[matches(., '\\p{IsArabic}')]"));
    assertEquals(List.of(), docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t[matches(., '[A-Za-z0-9]')]"));
    assertEquals(
        List.of("Java", "XML", "2015"),
        docx.strings(DOC, "//w:p[w:pPr/w:pStyle/@w:val = 'BodyText']/w:r[not(w:rPr/w:rtl)]/w:t"));
    assertTrue(docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t").contains("ليلى حسن"));
  }

  @Test
  void hebrewRunsRightToLeft() throws Exception {
    DocxParts docx = render("he", ScriptFixtures.HEBREW);
    assertEquals(List.of("he"), docx.strings(STYLES, DEFAULT_LANG + "@w:bidi"));
    assertEquals(
        "true", docx.string(DOC, "every $p in //w:body/w:p satisfies exists($p/w:pPr/w:bidi)"));
    assertEquals(
        List.of(), docx.strings(DOC, "//w:r[not(w:rPr/w:rtl)]/w:t[matches(., '\\p{IsHebrew}')]"));
    assertEquals(List.of(), docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t[matches(., '[A-Za-z0-9]')]"));
  }

  @Test
  void chineseIsDeclaredEastAsianAndLeftToRight() throws Exception {
    DocxParts docx = render("zh", ScriptFixtures.CHINESE);
    assertEquals(List.of("en"), docx.strings(STYLES, DEFAULT_LANG + "@w:val"));
    assertEquals(List.of("zh"), docx.strings(STYLES, DEFAULT_LANG + "@w:eastAsia"));
    assertEquals(List.of(), docx.strings(STYLES, DEFAULT_LANG + "@w:bidi"));
    assertEquals(List.of(), docx.strings(DOC, "//w:bidi | //w:rtl"), "nothing runs right to left");
    assertEquals(
        List.of("SimSun"), docx.strings(STYLES, "/w:styles/w:docDefaults//w:rFonts/@w:eastAsia"));
    assertEquals(
        List.of("Microsoft YaHei"),
        docx.strings(STYLES, "//w:style[@w:styleId = 'Heading1']/w:rPr/w:rFonts/@w:eastAsia"));
    assertEquals(
        List.of("宋体"),
        docx.strings("word/fontTable.xml", "//w:font[@w:name = 'SimSun']/w:altName/@w:val"));
    assertEquals(List.of(), mislabelled(docx, "\\p{IsCJKUnifiedIdeographs}", "eastAsia", "zh"));
    assertEquals(List.of(), mislabelled(docx, "[A-Za-z]", "val", "en"));
    assertTrue(
        docx.strings(DOC, "//w:r[w:rPr/w:lang/@w:val = 'en']/w:t").stream()
            .anyMatch(t -> t.contains("SLO")));
  }

  /**
   * Each run says its language, by script: in an Arabic résumé with English words and entries (the
   * languages section's "English", "Fluent"; "Java", "XML"), the Arabic runs are Arabic (w:bidi)
   * and the English ones English (w:val), headings and entries alike.
   */
  @Test
  void eachRunIsMarkedWithTheLanguageOfItsScript() throws Exception {
    for (String xml :
        List.of(
            ScriptFixtures.ARABIC,
            java.nio.file.Files.readString(
                Path.of("src/test/resources/io/resume/scripts/arabic.xml")))) {
      DocxParts docx = render("mixed", xml);
      assertEquals(List.of(), mislabelled(docx, "\\p{IsArabic}", "bidi", "ar"));
      assertEquals(List.of(), mislabelled(docx, "[A-Za-z]", "val", "en"));
      assertTrue(docx.strings(DOC, "//w:r[w:rPr/w:lang]").size() >= 5);
      assertEquals(
          List.of(),
          docx.strings(DOC, "//w:r[not(w:rPr/w:lang)]/w:t[matches(., '\\p{L}')]"),
          "every run with letters says its language");
    }
  }

  /**
   * The broken case: an English word marked Arabic, as the style defaults used to mark it, is
   * caught.
   */
  @Test
  void anEnglishWordMarkedArabicIsCaught() throws Exception {
    DocxParts docx = render("ar", ScriptFixtures.ARABIC);
    DocxParts broken = docx.replacing(DOC, "w:val=\"en\"", "w:val=\"ar\"");
    assertTrue(
        mislabelled(broken, "[A-Za-z]", "val", "en")
            .containsAll(List.of("layla@example.org", "Java", "XML")));
  }

  /**
   * The text of the runs with letters matching {@code letters} whose w:lang attribute is not {@code
   * language}.
   */
  private static List<String> mislabelled(
      DocxParts docx, String letters, String attribute, String language) throws Exception {
    return docx.strings(
        DOC,
        "//w:r[w:t[matches(., '"
            + letters
            + "')]][not(w:rPr/w:lang/@w:"
            + attribute
            + " = '"
            + language
            + "')]/string-join(w:t, '')");
  }

  /** In a left-to-right résumé only what starts right to left turns round. */
  @Test
  void anArabicNameInAnEnglishResumeIsItsOwnRightToLeftParagraph() throws Exception {
    DocxParts docx =
        render(
            "mixed",
            """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>ليلى حسن</name><email>layla@example.org</email></basics>
          <summary><p>Engineer; in Arabic: مهندسة برمجيات, since 2015.</p></summary>
        </resume>
        """);
    assertEquals(List.of("en"), docx.strings(STYLES, DEFAULT_LANG + "@w:val"));
    assertEquals(List.of(), docx.strings(STYLES, DEFAULT_LANG + "(@w:bidi | @w:eastAsia)"));
    assertEquals(
        List.of("Heading1"), docx.strings(DOC, "//w:p[w:pPr/w:bidi]/w:pPr/w:pStyle/@w:val"));
    assertEquals(
        List.of("ليلى حسن", "مهندسة برمجيات"), docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t"));
    assertEquals("false", docx.string(DOC, "exists(//w:sectPr/w:bidi)"));
  }

  @Test
  void theFontTableDescribesEveryFontUsed() throws Exception {
    DocxParts docx = render("zh", ScriptFixtures.CHINESE);
    List<String> used = docx.strings(STYLES, "distinct-values(//w:rFonts/@*)");
    List<String> described = docx.strings("word/fontTable.xml", "/w:fonts/w:font/@w:name");
    assertTrue(described.containsAll(used), () -> used + " not all in " + described);
    assertEquals(
        List.of(),
        docx.strings(
            "word/fontTable.xml",
            "/w:fonts/w:font[not(w:panose1 and w:family and w:charset)]/@w:name"));
  }

  private static DocxParts render(String name, String xml) throws Exception {
    PreparedResume resume = ScriptFixtures.prepare(pipeline, dir, name, xml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.DOCX).render(resume, out, Warnings.IGNORE);
    return new DocxParts(out.toByteArray());
  }
}
