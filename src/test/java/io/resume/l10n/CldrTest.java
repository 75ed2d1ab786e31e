package io.resume.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Citation numbers in each language's digits, as ICU's own number format writes them (whole numbers
 * below a thousand).
 */
class CldrTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "en",
        "ar",
        "ar-EG",
        "fa",
        "hi",
        "hi-IN-u-nu-deva",
        "bn",
        "zh",
        "ja",
        "th-TH-u-nu-thai",
        "he"
      })
  void numbersInTheLanguagesDigits(String tag) {
    for (long n : new long[] {1, 7, 12, 305}) {
      assertEquals(
          NumberFormat.getIntegerInstance(ULocale.forLanguageTag(tag)).format(n),
          Cldr.number(tag, n),
          tag + " " + n);
    }
    assertEquals("١٢", Cldr.number("ar-EG", 12));
  }

  @Test
  void aListWidthThatCldrLacksIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Cldr.listPattern("en", "tiny", 2));
    assertEquals("{0}、{1}", Cldr.listPattern("zh", "narrow", 2));
  }
}
