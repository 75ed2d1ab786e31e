package io.resume.model;

/**
 * One thing wrong with an input, at a place a user can find: {@code file:line:column: message}.
 * Line and column are 0 when unknown.
 */
public record Problem(String file, int line, int column, String message) {

  /**
   * Always one line, whatever the input held: a message may quote the input (a JSON key, a value),
   * and a line break or an escape sequence from a stranger's file must neither split the report nor
   * reach the terminal as a control; a long value is cut short ({@link Excerpt}).
   */
  @Override
  public String toString() {
    String place = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    return visible(place) + ": " + Excerpt.shorten(visible(message));
  }

  /**
   * The problem without its file, on one line: "12:5: message" (just the message without a place).
   */
  public String placedMessage() {
    return (line > 0 ? line + ":" + Math.max(column, 1) + ": " : "")
        + Excerpt.shorten(visible(message));
  }

  /** Control and bidirectional formatting characters as escapes: "\n", "\u001B". */
  static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (Character.getType(c) == Character.CONTROL
                      || c >= 0x202A && c <= 0x202E
                      || c >= 0x2066 && c <= 0x2069
                      || c == 0x2028
                      || c == 0x2029) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
