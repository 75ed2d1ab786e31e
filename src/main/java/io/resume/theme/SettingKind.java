package io.resume.theme;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a theme setting may hold. A theme's values go into the PDF's formatting objects, the web
 * page's {@code <style>} and the DOCX's styles: each is checked for its form when the theme is
 * read, so that a colour cannot close the style sheet and open a script, a font name cannot fetch
 * from the network ({@code url(…)}), and a size cannot make a page FOP fails on or leaves blank.
 */
enum SettingKind {
  SIZE("a size in points from 6 to 24, such as 10.5"),
  COLOUR("a colour written #rrggbb (six hexadecimal digits), such as #1f3a5f"),
  FONT("one font name (letters, digits, spaces, '-', '_' or '.'), such as Times New Roman"),
  FONT_LIST(
      "font names (letters, digits, spaces, '-', '_' or '.') separated by commas, such as Liberation Serif, DejaVu Sans"),
  CSS_FONT_LIST(
      "font names separated by commas, each bare or in double quotes, such as \"Liberation Serif\", Georgia, serif"),
  CASE("normal or uppercase");

  /**
   * The smallest and largest base size, in points (as SIZE says): smaller is unreadable, larger
   * leaves a word a line.
   */
  static final double SMALLEST = 6;

  static final double LARGEST = 24;

  /** At most this many names in a list, of at most this many characters. */
  private static final int MAX_NAMES = 16;

  private static final int MAX_NAME = 64;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?");
  private static final Pattern COLOUR_VALUE = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern NAME = Pattern.compile("-?[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .-]*");

  /** What is allowed, in words, for the message that refuses a value. */
  final String allowed;

  SettingKind(String allowed) {
    this.allowed = allowed;
  }

  boolean accepts(String value) {
    return switch (this) {
      case SIZE ->
          NUMBER.matcher(value).matches()
              && Double.parseDouble(value) >= SMALLEST
              && Double.parseDouble(value) <= LARGEST;
      case COLOUR -> COLOUR_VALUE.matcher(value).matches();
      case FONT -> isName(value);
      case FONT_LIST -> names(value).stream().allMatch(SettingKind::isName);
      case CSS_FONT_LIST -> names(value).stream().allMatch(name -> isName(unquoted(name)));
      case CASE -> value.equals("normal") || value.equals("uppercase");
    };
  }

  private static List<String> names(String list) {
    List<String> names = Arrays.stream(list.split(",", -1)).map(String::strip).toList();
    return names.size() > MAX_NAMES ? List.of("") : names;
  }

  /** A name in double quotes, without them; anything else as it is. */
  private static String unquoted(String name) {
    return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
        ? name.substring(1, name.length() - 1)
        : name;
  }

  private static boolean isName(String name) {
    return name.length() <= MAX_NAME && NAME.matcher(name).matches() && name.strip().equals(name);
  }
}
