package io.resume.render.pdf.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arabic letters become the presentation forms of their place in the word; nothing else changes.
 */
class ArabicShaperTest {

  @Test
  void lettersTakeTheFormOfTheirPlaceInTheWord() {
    // ليلى: lam initial, yeh medial, lam medial, alef maksura final.
    String name = "\u0644\u064A\u0644\u0649";
    assertEquals("FEDF FEF4 FEE0 FEF0", codePoints(ArabicShaper.shape(name)));
    // حداد: hah initial, dal final; alef and dal do not join to the left, so alef is isolated and
    // dal too.
    assertEquals("FEA3 FEAA FE8D FEA9", codePoints(ArabicShaper.shape("\u062D\u062F\u0627\u062F")));
    // A space ends a word: each word is shaped on its own.
    assertEquals(
        "FEDF FEF4 FEE0 FEF0 0020 FEA3 FEAA FE8D FEA9",
        codePoints(ArabicShaper.shape(name + " \u062D\u062F\u0627\u062F")));
  }

  @Test
  void lamAndAlefBecomeOneLigature() {
    assertEquals("FEFB", codePoints(ArabicShaper.shape("\u0644\u0627"))); // لا alone
    assertEquals(
        "FE9B FEFC FE9B FE94",
        codePoints(ArabicShaper.shape("\u062B\u0644\u0627\u062B\u0629"))); // ثلاثة: joined lam-alef
    assertEquals(
        "FE8D FEF7 FEE1",
        codePoints(ArabicShaper.shape("\u0627\u0644\u0623\u0645"))); // الأم: lam with alef hamza
  }

  @Test
  void vowelMarksStayCombiningAndKeepTheJoin() {
    // نظامًا: the fathatan stays U+064B (not U+FE71, a tatweel with the mark) between the joined
    // meem and alef.
    assertEquals(
        "FEE7 FEC8 FE8E FEE3 064B FE8E",
        codePoints(ArabicShaper.shape("\u0646\u0638\u0627\u0645\u064B\u0627")));
    // درّبت: the shadda stays on its reh.
    assertEquals(
        "FEA9 FEAD 0651 FE91 FE96",
        codePoints(ArabicShaper.shape("\u062F\u0631\u0651\u0628\u062A")));
  }

  @Test
  void persianAndUrduLettersJoinToo() {
    // پیشرفت: peh initial, Farsi yeh medial (Presentation Forms-A), then sheen, reh, feh, teh as
    // ICU shapes them.
    assertEquals(
        "FB58 FBFF FEB8 FEAE FED3 FE96",
        codePoints(ArabicShaper.shape("\u067E\u06CC\u0634\u0631\u0641\u062A")));
    // پاکستان: keheh after alef starts a new join.
    assertEquals(
        "FB58 FE8E FB90 FEB4 FE98 FE8E FEE5",
        codePoints(ArabicShaper.shape("\u067E\u0627\u06A9\u0633\u062A\u0627\u0646")));
    // مژه: jeh joins only to the letter before it, like reh.
    assertEquals("FEE3 FB8B FEE9", codePoints(ArabicShaper.shape("\u0645\u0698\u0647")));
    // بپب: peh between two beh, all joined.
    assertEquals("FE91 FB59 FE90", codePoints(ArabicShaper.shape("\u0628\u067E\u0628")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0644\u064A\u0644\u0649 \u062D\u062F\u0627\u062F",
        "\u062B\u0644\u0627\u062B\u0629 \u0645\u062D\u0644\u0644\u064A\u0646 SQL.",
        "\u0646\u0638\u0627\u0645\u064B\u0627 \u0645\u0648\u0632\u0639\u064B\u0627",
        "\u0627\u0644\u0622\u0646 2019 \u2013 2024",
        "\u067E\u06CC\u0634\u0631\u0641\u062A"
      }) // Persian: peh and Farsi yeh have forms too
  void shapedTextChangesAndNfkcGivesItBack(String text) {
    String shaped = ArabicShaper.shape(text);
    assertNotEquals(text, shaped);
    assertFalse(
        shaped.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A || c == 0x067E || c == 0x06CC),
        () -> "a letter left unshaped: " + codePoints(shaped));
    assertEquals(text, Normalizer.normalize(shaped, Normalizer.Form.NFKC));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ada Lovelace, 2019 \u2013 Present",
        "\u05E9\u05DC\u05D5\u05DD",
        "\u0391\u03B8\u03AE\u03BD\u03B1",
        "\u5317\u4EAC",
        ""
      })
  void textWithoutArabicIsTheSameInstance(String text) {
    assertFalse(ArabicShaper.needsShaping(text));
    assertSame(text, ArabicShaper.shape(text));
  }

  @Test
  void spacingMarksTheAuthorTypedAreKept() {
    String typed = "\u0628\uFE70";
    assertTrue(ArabicShaper.needsShaping(typed));
    assertEquals("FE8F FE70", codePoints(ArabicShaper.shape(typed)));
  }

  @Test
  void eachSpacingFormOfAMarkBecomesTheMark() {
    assertEquals(
        "064B 064B 064C FE73 064D FE75 064E 064E 064F 064F 0650 0650 0651 0651 0652 0652",
        codePoints(
            ArabicShaper.withCombiningMarks(
                "\uFE70\uFE71\uFE72\uFE73\uFE74\uFE75\uFE76\uFE77\uFE78\uFE79\uFE7A\uFE7B\uFE7C\uFE7D\uFE7E\uFE7F")));
  }

  static String codePoints(String text) {
    return text.codePoints()
        .mapToObj(c -> String.format("%04X", c))
        .collect(Collectors.joining(" "));
  }
}
