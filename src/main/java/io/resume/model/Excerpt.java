package io.resume.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a message is kept short whatever the input held: a value a message quotes (a
 * bad date, an unknown key, a theme value) is cut to its first {@value #MAX_QUOTED} characters,
 * saying how long it was, and a whole message to {@value #MAX_MESSAGE}. A stranger's 200,000
 * character value must not become a 200,000 character line, repeated for every mistake.
 */
public final class Excerpt {
  /** The longest quoted value a message repeats in full. */
  public static final int MAX_QUOTED = 80;

  /** The longest message; a longer one keeps its start and its end (the place and the hint). */
  public static final int MAX_MESSAGE = 600;

  private static final Pattern QUOTED =
      Pattern.compile(
          "'([^'\\n]{" + (MAX_QUOTED + 1) + ",})'|\"([^\"\\n]{" + (MAX_QUOTED + 1) + ",})\"");

  private Excerpt() {}

  /** A value in single quotes, cut short when long: {@code 'xxxx…' (200,000 characters)}. */
  public static String quote(String value) {
    return quote(value, '\'');
  }

  /**
   * The same in other quotation marks: JSON's messages quote values as JSON writes them, {@code
   * "xxxx…" (9,000 characters)}.
   */
  public static String quote(String value, char mark) {
    return mark + cut(value) + mark + (value.length() > MAX_QUOTED ? lengthNote(value) : "");
  }

  /**
   * The message with every long quoted value in it cut short, and the whole of it at most {@value
   * #MAX_MESSAGE} characters.
   */
  public static String shorten(String message) {
    if (message.length() <= MAX_QUOTED) {
      return message;
    }
    Matcher quoted = QUOTED.matcher(message);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      String value = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
      char mark = quoted.group(1) != null ? '\'' : '"';
      quoted.appendReplacement(
          out, Matcher.quoteReplacement(mark + cut(value) + mark + lengthNote(value)));
    }
    quoted.appendTail(out);
    if (out.length() <= MAX_MESSAGE) {
      return out.toString();
    }
    int tail = MAX_MESSAGE / 3;
    return out.substring(0, startOfCodePoint(out, MAX_MESSAGE - tail))
        + " … "
        + out.substring(startOfCodePoint(out, out.length() - tail));
  }

  private static String cut(String value) {
    return value.length() <= MAX_QUOTED
        ? value
        : value.substring(0, startOfCodePoint(value, MAX_QUOTED - 1)) + "…";
  }

  private static String lengthNote(String value) {
    return String.format(Locale.ROOT, " (%,d characters)", value.codePointCount(0, value.length()));
  }

  /** An index not inside a surrogate pair: a cut never leaves half a character. */
  private static int startOfCodePoint(CharSequence text, int index) {
    return index > 0
            && index < text.length()
            && Character.isLowSurrogate(text.charAt(index))
            && Character.isHighSurrogate(text.charAt(index - 1))
        ? index - 1
        : index;
  }
}
