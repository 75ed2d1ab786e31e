package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocxLanguageTest {
  @Test
  void rightToLeftLanguagesAndScripts() {
    for (String tag : List.of("ar", "he", "he-IL", "fa", "ur-PK", "yi", "az-Arab", "pa-Arab-PK")) {
      assertTrue(DocxLanguage.of(tag).rightToLeft(), tag);
    }
    for (String tag : List.of("en", "de-CH", "zh", "az", "ar-Latn", "", "tr")) {
      assertFalse(DocxLanguage.of(tag).rightToLeft(), tag);
    }
  }

  @Test
  void eastAsianLanguagesAndTheirFonts() {
    assertEquals("SimSun", DocxFonts.of(DocxLanguage.of("zh-CN"), DocxLook.of(null)).eastAsian.name());
    assertEquals("PMingLiU", DocxFonts.of(DocxLanguage.of("zh-Hant"), DocxLook.of(null)).eastAsian.name());
    assertEquals("Microsoft JhengHei", DocxFonts.of(DocxLanguage.of("zh-TW"), DocxLook.of(null)).headingEastAsian.name());
    assertEquals("MS Mincho", DocxFonts.of(DocxLanguage.of("ja"), DocxLook.of(null)).eastAsian.name());
    assertEquals("Malgun Gothic", DocxFonts.of(DocxLanguage.of("ko-KR"), DocxLook.of(null)).headingEastAsian.name());
    assertEquals("Times New Roman", DocxFonts.of(DocxLanguage.of("ja"), DocxLook.of(null)).latin.name());
    assertTrue(DocxLanguage.of("ja").eastAsian());
    assertTrue(DocxLanguage.of("sr-Hans").eastAsian());
    assertFalse(DocxLanguage.of("en").eastAsian());
    assertFalse(DocxLanguage.of("zh-Latn").eastAsian(), "pinyin");
  }

  @Test
  void appVersionIsWordsTwoNumberForm() {
    assertEquals("00.0001", DocxProperties.appVersion("0.1.0-SNAPSHOT"));
    assertEquals("12.0034", DocxProperties.appVersion("12.34"));
    assertEquals(null, DocxProperties.appVersion("dev"));
    assertEquals(null, DocxProperties.appVersion(null));
  }
}
