package io.resume.json;

import io.resume.json.JsonValue.Kind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One JSON object being imported. Each accessor checks the member's type and format against
 * what resume.xsd accepts and reports a problem at the member's place; values that show nothing
 * are kept verbatim instead; members nobody asked for are reported as dropped by {@link #finish}.
 */
final class Members {
  // The same rules as resume.xsd's Date, Url and Email types.
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern URL = Pattern.compile("(https?|mailto|tel):\\S+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final JsonValue object;
  private final Conversion conversion;
  private final Set<String> taken = new HashSet<>();

  Members(JsonValue object, Conversion conversion) {
    this.object = object;
    this.conversion = conversion;
  }

  JsonValue value() {
    return object;
  }

  Set<String> keys() {
    return object.members().keySet();
  }

  /** Marks a member as handled by the caller. */
  void mark(String key) {
    taken.add(key);
  }

  /** The member, or null when absent or empty (then kept verbatim). */
  JsonValue take(String key) {
    taken.add(key);
    JsonValue value = object.members().get(key);
    if (value != null && value.isEmpty()) {
      conversion.keep(value);
      return null;
    }
    return value;
  }

  String text(String key) {
    JsonValue value = take(key);
    return value == null ? null : string(value);
  }

  /** A member the résumé cannot do without. */
  String requiredText(String key, String why) {
    JsonValue value = object.members().get(key);
    taken.add(key);
    if (value == null) {
      conversion.problem(object, "has no \"" + key + "\": " + why);
      return null;
    }
    if (value.is(Kind.STRING) && value.text().isBlank()) {
      conversion.problem(value, "is empty: " + why);
      return null;
    }
    return string(value);
  }

  String date(String key) {
    JsonValue value = take(key);
    String text = value == null ? null : string(value);
    if (text != null && !isDate(text)) {
      conversion.problem(value, quote(text) + " is not a date: write 2021, 2021-09 or 2021-09-30");
      return null;
    }
    return text;
  }

  String url(String key) {
    JsonValue value = take(key);
    String text = value == null ? null : string(value);
    if (text != null && !URL.matcher(text.strip()).matches()) {
      conversion.problem(value, quote(text) + " is not a link a résumé may hold: use an http, https, mailto or tel address");
      return null;
    }
    return text;
  }

  String email(String key) {
    JsonValue value = take(key);
    String text = value == null ? null : string(value);
    if (text != null && !EMAIL.matcher(text.strip()).matches()) {
      conversion.problem(value, quote(text) + " is not an email address");
      return null;
    }
    return text;
  }

  Boolean bool(String key) {
    JsonValue value = take(key);
    if (value == null) {
      return null;
    }
    if (!value.is(Kind.BOOLEAN)) {
      conversion.problem(value, "expected true or false, found " + value.describe());
      return null;
    }
    return Boolean.valueOf(value.text());
  }

  /** An array of strings; empty items are kept verbatim and skipped. */
  List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    for (JsonValue item : items(key, "strings")) {
      String text = string(item);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** An array of objects; empty items are kept verbatim and skipped. */
  List<Members> objects(String key) {
    List<Members> objects = new ArrayList<>();
    for (JsonValue item : items(key, "objects")) {
      if (item.is(Kind.OBJECT)) {
        objects.add(new Members(item, conversion));
      } else {
        conversion.problem(item, "expected an object, found " + item.describe());
      }
    }
    return objects;
  }

  /** The non-empty items of an array member. */
  List<JsonValue> items(String key, String ofWhat) {
    JsonValue value = take(key);
    if (value == null) {
      return List.of();
    }
    if (!value.is(Kind.ARRAY)) {
      conversion.problem(value, "expected an array of " + ofWhat + ", found " + value.describe());
      return List.of();
    }
    List<JsonValue> items = new ArrayList<>();
    for (JsonValue item : value.items()) {
      if (item.isEmpty()) {
        conversion.keep(item);
      } else {
        items.add(item);
      }
    }
    return items;
  }

  Members object(String key) {
    JsonValue value = take(key);
    if (value == null) {
      return null;
    }
    if (!value.is(Kind.OBJECT)) {
      conversion.problem(value, "expected an object, found " + value.describe());
      return null;
    }
    return new Members(value, conversion);
  }

  /** Reports every member no accessor asked for: the résumé has no place for it. */
  void finish() {
    object.members().forEach((key, value) -> {
      if (!taken.contains(key)) {
        conversion.drop(value, "the résumé has no place for \"" + key + "\" here");
      }
    });
  }

  private String string(JsonValue value) {
    if (!value.is(Kind.STRING)) {
      conversion.problem(value, "expected a string, found " + value.describe());
      return null;
    }
    return value.text();
  }

  static boolean isDate(String text) {
    var m = DATE.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      return false;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (m.group(2) != null) {
        YearMonth.of(year, Integer.parseInt(m.group(2)));
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
