package io.resume.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.fop.fonts.Font;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.junit.jupiter.api.Test;

/** The remembered look-ups answer as FOP's own would, also after fonts are added. */
class LookupCachingFontInfoTest {
  private static final List<String[]> FAMILIES =
      List.of(
          new String[] {"Body", "Fallback"},
          new String[] {"Missing", "Fallback"},
          new String[] {"Missing"},
          new String[] {"Body"});

  @Test
  void answersAsFopsOwnTableDoes() {
    FontInfo plain = fonts(new FontInfo());
    FontInfo caching = fonts(new LookupCachingFontInfo());
    for (int round = 0; round < 2; round++) {
      for (String[] families : FAMILIES) {
        for (String style : List.of(Font.STYLE_NORMAL, Font.STYLE_ITALIC)) {
          for (int weight : new int[] {Font.WEIGHT_NORMAL, Font.WEIGHT_BOLD, 300}) {
            assertEquals(
                outcome(plain, families, style, weight),
                outcome(caching, families, style, weight),
                () -> String.join(",", families) + " " + style + " " + weight);
          }
        }
      }
    }
  }

  @Test
  void aFontAddedLaterIsFound() {
    FontInfo caching = fonts(new LookupCachingFontInfo());
    String[] families = {"Later", "Fallback"};
    assertEquals(
        "F3",
        caching.getInternalFontKey(
            caching.fontLookup(families, Font.STYLE_NORMAL, Font.WEIGHT_NORMAL)[0]));
    caching.addFontProperties("F9", "Later", Font.STYLE_NORMAL, Font.WEIGHT_NORMAL);
    assertEquals(
        "F9",
        caching.getInternalFontKey(
            caching.fontLookup(families, Font.STYLE_NORMAL, Font.WEIGHT_NORMAL)[0]));
  }

  @Test
  void eachCallerGetsItsOwnArray() {
    FontInfo caching = fonts(new LookupCachingFontInfo());
    String[] families = {"Body", "Fallback"};
    FontTriplet[] first = caching.fontLookup(families, Font.STYLE_NORMAL, Font.WEIGHT_NORMAL);
    first[0] = null;
    assertEquals(
        "Body", caching.fontLookup(families, Font.STYLE_NORMAL, Font.WEIGHT_NORMAL)[0].getName());
  }

  /** The fonts found, or FOP's complaint when none is. */
  private static String outcome(FontInfo info, String[] families, String style, int weight) {
    try {
      return Arrays.toString(info.fontLookup(families, style, weight));
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  /** Two families, Body with a bold face, and FOP's last resort (Font.DEFAULT_FONT). */
  private static FontInfo fonts(FontInfo info) {
    info.addFontProperties("F1", "Body", Font.STYLE_NORMAL, Font.WEIGHT_NORMAL);
    info.addFontProperties("F2", "Body", Font.STYLE_NORMAL, Font.WEIGHT_BOLD);
    info.addFontProperties("F3", "Fallback", Font.STYLE_NORMAL, Font.WEIGHT_NORMAL);
    info.addFontProperties("F3", "any", Font.STYLE_NORMAL, Font.WEIGHT_NORMAL);
    info.addFontProperties("F3", Font.DEFAULT_FONT);
    return info;
  }
}
