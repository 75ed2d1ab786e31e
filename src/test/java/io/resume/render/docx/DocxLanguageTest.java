package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.model.view.Direction;
import io.resume.theme.Themes;
import org.junit.jupiter.api.Test;

class DocxLanguageTest {
  /**
   * The direction is the prepared résumé's (document/@dir), not the DOCX's own guess from the tag.
   */
  @Test
  void theDirectionIsThePreparedResumes() {
    assertTrue(DocxLanguage.of("en", Direction.RTL).rightToLeft());
    assertFalse(DocxLanguage.of("ar", Direction.LTR).rightToLeft());
  }

  @Test
  void eastAsianLanguagesAndTheirFonts() {
    assertEquals(
        "SimSun",
        DocxFonts.of(DocxLanguage.of("zh-CN", Direction.LTR), DocxLook.of(Themes.classic()))
            .eastAsian
            .name());
    assertEquals(
        "PMingLiU",
        DocxFonts.of(DocxLanguage.of("zh-Hant", Direction.LTR), DocxLook.of(Themes.classic()))
            .eastAsian
            .name());
    assertEquals(
        "Microsoft JhengHei",
        DocxFonts.of(DocxLanguage.of("zh-TW", Direction.LTR), DocxLook.of(Themes.classic()))
            .headingEastAsian
            .name());
    assertEquals(
        "MS Mincho",
        DocxFonts.of(DocxLanguage.of("ja", Direction.LTR), DocxLook.of(Themes.classic()))
            .eastAsian
            .name());
    assertEquals(
        "Malgun Gothic",
        DocxFonts.of(DocxLanguage.of("ko-KR", Direction.LTR), DocxLook.of(Themes.classic()))
            .headingEastAsian
            .name());
    assertEquals(
        "Times New Roman",
        DocxFonts.of(DocxLanguage.of("ja", Direction.LTR), DocxLook.of(Themes.classic()))
            .latin
            .name());
    assertTrue(DocxLanguage.of("ja", Direction.LTR).eastAsian());
    assertTrue(DocxLanguage.of("sr-Hans", Direction.LTR).eastAsian());
    assertFalse(DocxLanguage.of("en", Direction.LTR).eastAsian());
    assertFalse(DocxLanguage.of("zh-Latn", Direction.LTR).eastAsian(), "pinyin");
  }

  @Test
  void appVersionIsWordsTwoNumberForm() {
    assertEquals("00.0001", DocxProperties.appVersion("0.1.0-SNAPSHOT"));
    assertEquals("12.0034", DocxProperties.appVersion("12.34"));
    assertEquals(null, DocxProperties.appVersion("dev"));
    assertEquals(null, DocxProperties.appVersion(null));
  }
}
