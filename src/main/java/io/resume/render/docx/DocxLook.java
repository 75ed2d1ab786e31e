package io.resume.render.docx;

import io.resume.theme.Theme;
import java.util.Locale;
import java.util.Map;

/**
 * The theme's fonts, size and colours in Word's units, so the DOCX looks like the PDF and the web
 * page made with the same theme.
 *
 * @param bodySize the base size in half-points (Word's unit for w:sz)
 */
record DocxLook(
    String textColor,
    String accentColor,
    String mutedColor,
    String ruleColor,
    int bodySize,
    String bodyFont,
    String headingFont,
    boolean headingCaps) {

  /** The base size every other size in DocxStyles was measured against: 10.5 pt. */
  private static final int REFERENCE_SIZE = 21;

  static DocxLook of(Theme theme) {
    Map<String, String> look = theme.settingsFor(Theme.DOCX);
    return new DocxLook(
        color(look.get("color.text")),
        color(look.get("color.accent")),
        color(look.get("color.muted")),
        color(look.get("color.rule")),
        (int) Math.round(2 * Double.parseDouble(look.get("font.size"))),
        look.get("docx.font.body"),
        look.get("docx.font.heading"),
        "uppercase".equals(look.get("heading.case")));
  }

  /** A size measured at the reference base size, scaled to this look's base size. */
  int scaled(int halfPoints) {
    return (int) Math.round(halfPoints * bodySize / (double) REFERENCE_SIZE);
  }

  /** "#1f3a5f" → "1F3A5F", as w:color takes it. */
  private static String color(String css) {
    return css.replaceFirst("^#", "").toUpperCase(Locale.ROOT);
  }
}
