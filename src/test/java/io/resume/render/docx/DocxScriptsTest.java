package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Warnings;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX declares the language and the direction of its text: w:lang from the résumé's
 * xml:lang, w:bidi on right-to-left paragraphs, w:rtl on right-to-left runs (and only on them),
 * East Asian fonts named for Chinese, Japanese and Korean.
 */
class DocxScriptsTest {
  private static final String DOC = "word/document.xml";
  private static final String STYLES = "word/styles.xml";
  private static final String DEFAULT_LANG = "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/";

  @TempDir static Path dir;
  private static Pipeline pipeline;

  @BeforeAll
  static void pipeline() {
    pipeline = new Pipeline();
  }

  @Test
  void arabicRunsRightToLeftWithLatinWordsLeftToRight() throws Exception {
    DocxParts docx = render("ar", ScriptFixtures.ARABIC);
    assertEquals(List.of("ar"), docx.strings(STYLES, DEFAULT_LANG + "@w:val"));
    assertEquals(List.of("ar"), docx.strings(STYLES, DEFAULT_LANG + "@w:bidi"));
    assertEquals(List.of(), docx.strings(STYLES, DEFAULT_LANG + "@w:eastAsia"));
    assertEquals("true", docx.string(DOC, "every $p in //w:body/w:p satisfies exists($p/w:pPr/w:bidi)"),
        "every paragraph runs right to left");
    assertEquals("true", docx.string(DOC, "exists(//w:body/w:sectPr/w:bidi)"));
    // Arabic letters only in w:rtl runs; Latin words and digits only in other runs.
    assertEquals(List.of(), docx.strings(DOC, "//w:r[not(w:rPr/w:rtl)]/w:t[matches(., '\\p{IsArabic}')]"));
    assertEquals(List.of(), docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t[matches(., '[A-Za-z0-9]')]"));
    assertEquals(List.of("Java", "XML", "2015"),
        docx.strings(DOC, "//w:p[w:pPr/w:pStyle/@w:val = 'BodyText']/w:r[not(w:rPr/w:rtl)]/w:t"));
    assertTrue(docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t").contains("ليلى حسن"));
  }

  @Test
  void hebrewRunsRightToLeft() throws Exception {
    DocxParts docx = render("he", ScriptFixtures.HEBREW);
    assertEquals(List.of("he"), docx.strings(STYLES, DEFAULT_LANG + "@w:bidi"));
    assertEquals("true", docx.string(DOC, "every $p in //w:body/w:p satisfies exists($p/w:pPr/w:bidi)"));
    assertEquals(List.of(), docx.strings(DOC, "//w:r[not(w:rPr/w:rtl)]/w:t[matches(., '\\p{IsHebrew}')]"));
    assertEquals(List.of(), docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t[matches(., '[A-Za-z0-9]')]"));
  }

  @Test
  void chineseIsDeclaredEastAsianAndLeftToRight() throws Exception {
    DocxParts docx = render("zh", ScriptFixtures.CHINESE);
    assertEquals(List.of("zh"), docx.strings(STYLES, DEFAULT_LANG + "@w:val"));
    assertEquals(List.of("zh"), docx.strings(STYLES, DEFAULT_LANG + "@w:eastAsia"));
    assertEquals(List.of(), docx.strings(STYLES, DEFAULT_LANG + "@w:bidi"));
    assertEquals(List.of(), docx.strings(DOC, "//w:bidi | //w:rtl"), "nothing runs right to left");
    assertEquals(List.of("SimSun"), docx.strings(STYLES, "/w:styles/w:docDefaults//w:rFonts/@w:eastAsia"));
    assertEquals(List.of("Microsoft YaHei"),
        docx.strings(STYLES, "//w:style[@w:styleId = 'Heading1']/w:rPr/w:rFonts/@w:eastAsia"));
    assertEquals(List.of("宋体"), docx.strings("word/fontTable.xml", "//w:font[@w:name = 'SimSun']/w:altName/@w:val"));
  }

  /** In a left-to-right résumé only what starts right to left turns round. */
  @Test
  void anArabicNameInAnEnglishResumeIsItsOwnRightToLeftParagraph() throws Exception {
    DocxParts docx = render("mixed", """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>ليلى حسن</name><email>layla@example.org</email></basics>
          <summary><p>Engineer; in Arabic: مهندسة برمجيات, since 2015.</p></summary>
        </resume>
        """);
    assertEquals(List.of("en"), docx.strings(STYLES, DEFAULT_LANG + "@w:val"));
    assertEquals(List.of(), docx.strings(STYLES, DEFAULT_LANG + "(@w:bidi | @w:eastAsia)"));
    assertEquals(List.of("Heading1"), docx.strings(DOC, "//w:p[w:pPr/w:bidi]/w:pPr/w:pStyle/@w:val"));
    assertEquals(List.of("ليلى حسن", "مهندسة برمجيات"), docx.strings(DOC, "//w:r[w:rPr/w:rtl]/w:t"));
    assertEquals("false", docx.string(DOC, "exists(//w:sectPr/w:bidi)"));
  }

  @Test
  void theFontTableDescribesEveryFontUsed() throws Exception {
    DocxParts docx = render("zh", ScriptFixtures.CHINESE);
    List<String> used = docx.strings(STYLES, "distinct-values(//w:rFonts/@*)");
    List<String> described = docx.strings("word/fontTable.xml", "/w:fonts/w:font/@w:name");
    assertTrue(described.containsAll(used), () -> used + " not all in " + described);
    assertEquals(List.of(), docx.strings("word/fontTable.xml", "/w:fonts/w:font[not(w:panose1 and w:family and w:charset)]/@w:name"));
  }

  private static DocxParts render(String name, String xml) throws Exception {
    PreparedResume resume = ScriptFixtures.prepare(pipeline, dir, name, xml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.DOCX).render(resume, out, Warnings.IGNORE);
    return new DocxParts(out.toByteArray());
  }
}
