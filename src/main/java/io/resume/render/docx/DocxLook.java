package io.resume.render.docx;

import io.resume.theme.Theme;
import io.resume.theme.Themes;
import java.util.Locale;

/**
 * The theme's fonts, size and colours in Word's units, so the DOCX looks like the PDF and the
 * web page made with the same theme.
 *
 * @param bodySize the base size in half-points (Word's unit for w:sz)
 */
record DocxLook(String textColor, String accentColor, String mutedColor, String ruleColor, int bodySize,
    String bodyFont, String headingFont, boolean headingCaps) {

  /** The base size every other size in DocxStyles was measured against: 10.5 pt. */
  private static final int REFERENCE_SIZE = 21;

  static DocxLook of(Theme theme) {
    Theme look = theme == null ? Themes.classic() : theme;
    return new DocxLook(
        color(look.setting("color.text", "#1a1a1a")),
        color(look.setting("color.accent", "#1f3a5f")),
        color(look.setting("color.muted", "#444444")),
        color(look.setting("color.rule", "#1f3a5f")),
        (int) Math.round(2 * Double.parseDouble(look.setting("font.size", "10.5"))),
        look.setting("docx.font.body", "Times New Roman"),
        look.setting("docx.font.heading", "Arial"),
        "uppercase".equals(look.setting("heading.case", "normal")));
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
