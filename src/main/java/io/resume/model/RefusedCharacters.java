package io.resume.model;

import java.util.Locale;

/**
 * The characters no text of a résumé may hold, whether it comes as XML or JSON: control characters
 * other than tab and line breaks (C0, DEL and the C1 range U+0080–U+009F, which XML 1.0 lets
 * through but no format shows: U+0085 is a line break to some programs, U+009B starts a terminal
 * escape), the invisible bidirectional controls that make text display in another order than it is
 * written, half of a surrogate pair (a JSON "\ud800" that would become "?") and the non-characters
 * U+FFFE and U+FFFF.
 */
public final class RefusedCharacters {
  private RefusedCharacters() {}

  /** The index (in chars) of the first refused character of the text, or -1. */
  public static int indexIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a whole character outside the BMP
      } else if (isRefused(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isRefused(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
        || isBidiControl(c)
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }

  /**
   * What is wrong with the character at that index (one {@link #indexIn} found), and what to do.
   */
  public static String explain(String text, int index) {
    char c = text.charAt(index);
    String code = String.format(Locale.ROOT, "U+%04X", (int) c);
    if (Character.isSurrogate(c)) {
      return code
          + " is half of a character (an unpaired surrogate, such as a JSON \\ud800 alone): write the"
          + " whole character, or remove it";
    }
    if (isBidiControl(c)) {
      return code
          + " is an invisible bidirectional control character: it makes text display in another order"
          + " than it is written; remove it (right-to-left text needs none)";
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return code + " is not a character (a non-character code point): remove it";
    }
    return code
        + " is a control character"
        + (c >= 0x80 ? " (C1)" : "")
        + ", which no format can show: remove it"
        + (c == 0x85 ? " (for a new line, write a line break)" : "");
  }
}
