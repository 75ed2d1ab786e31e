package io.resume.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ZH, zh",
    "zh-hant, zh-Hant",
    "ZH-HANT-tw, zh-Hant-TW",
    "pt-br, pt-BR",
    "PT-pt, pt-PT",
    "en_GB, en-GB",
    " de , de",
    "sr-latn-rs, sr-Latn-RS",
    "iw, he"
  })
  void anyCaseGivesTheCanonicalTag(String given, String canonical) {
    assertEquals(canonical, LanguageTag.parse(given).tag());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "\"><script>",
        "../themes/classic",
        "themes/classic.xml",
        "zh/../../etc",
        "x-klingon",
        "",
        "  ",
        "chinese-simplified-and-more",
        "German",
        "english",
        "zh--Hant",
        "-zh",
        "zh-",
        "12",
        "zh-Hant-TW-!"
      })
  void anythingElseIsRefusedWithOneLine(String given) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LanguageTag.parse(given));
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void fallbacksGoAlongTheTagToTheLanguage() {
    assertEquals(List.of("pt-BR", "pt"), LanguageTag.parse("pt-BR").fallbacks());
    assertEquals(List.of("pt-PT", "pt"), LanguageTag.parse("pt-PT").fallbacks());
    assertEquals(List.of("zh"), LanguageTag.parse("zh").fallbacks());
    assertEquals(List.of("de-CH-1996", "de-CH", "de"), LanguageTag.parse("de-CH-1996").fallbacks());
  }

  /**
   * A region that implies another script than the language's usual one finds that script first
   * (CLDR's likely subtags).
   */
  @Test
  void aRegionFindsItsScript() {
    assertEquals(
        List.of("zh-TW", "zh-Hant-TW", "zh-Hant", "zh"), LanguageTag.parse("zh-TW").fallbacks());
    assertEquals(
        List.of("zh-HK", "zh-Hant-HK", "zh-Hant", "zh"), LanguageTag.parse("zh-HK").fallbacks());
    assertEquals(List.of("zh-Hant", "zh"), LanguageTag.parse("zh-Hant").fallbacks());
    assertEquals(List.of("zh-Hans-CN", "zh-CN", "zh"), LanguageTag.parse("zh-Hans-CN").fallbacks());
  }

  @Test
  void englishNamesForMessages() {
    assertEquals("Japanese", LanguageTag.parse("ja").englishName());
    assertEquals("Chinese (Traditional)", LanguageTag.parse("zh-Hant").englishName());
    assertEquals("Portuguese (Brazil)", LanguageTag.parse("pt-BR").englishName());
  }

  /**
   * Every format's one answer (view.xsd's document/@dir): by the script the tag names, else the
   * language's usual one.
   */
  @Test
  void rightToLeftLanguagesAndScripts() {
    for (String tag :
        List.of("ar", "he", "he-IL", "fa", "ur-PK", "yi", "az-Arab", "pa-Arab-PK", "ckb", "dv")) {
      assertTrue(LanguageTag.parse(tag).rightToLeft(), tag);
    }
    for (String tag : List.of("en", "de-CH", "zh", "az", "ar-Latn", "tr", "ku-Latn")) {
      assertFalse(LanguageTag.parse(tag).rightToLeft(), tag);
    }
  }
}
