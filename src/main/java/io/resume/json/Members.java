package io.resume.json;

import io.resume.json.JsonValue.Kind;
import io.resume.model.Links;
import io.resume.model.source.Detail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One JSON object being imported, read as its author meant it. A member may go by its name in an
 * older JSON Resume schema (company for name, website for url: see {@link #Members}); a value of
 * another type than the schema's is read as the same content where it can be (a number as its text,
 * one object for a list of one, a string for a list of one string). Values that show nothing are
 * kept verbatim for export; members nobody asked for become generic details ({@link #rest}). Only
 * what the résumé cannot hold at all is a problem.
 */
final class Members {
  // The same rule as resume.xsd's Email type.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final JsonValue object;

  /** What is kept verbatim when the object shows nothing: the object, or the text it stands for. */
  private final JsonValue original;

  private final Conversion conversion;

  /** Current name → the names older JSON Resume schemas gave the same member. */
  private final Map<String, List<String>> oldNames;

  private final Set<String> taken = new HashSet<>();

  /**
   * @param oldNames for each member's current name, its names in older schemas, e.g. {@code "name"
   *     → ["company"]}: read under either name, the current one first
   */
  Members(JsonValue object, Conversion conversion, Map<String, List<String>> oldNames) {
    this(object, object, conversion, oldNames);
  }

  private Members(
      JsonValue object,
      JsonValue original,
      Conversion conversion,
      Map<String, List<String>> oldNames) {
    this.object = object;
    this.original = original;
    this.conversion = conversion;
    this.oldNames = oldNames;
  }

  Members(JsonValue object, Conversion conversion) {
    this(object, conversion, Map.of());
  }

  JsonValue value() {
    return object;
  }

  Conversion conversion() {
    return conversion;
  }

  /** The members' names in the order written, old names given as their current ones. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String key : object.members().keySet()) {
      String current = currentName(key);
      if (!keys.contains(current)) {
        keys.add(current);
      }
    }
    return keys;
  }

  private String currentName(String key) {
    for (Map.Entry<String, List<String>> names : oldNames.entrySet()) {
      if (names.getValue().contains(key) && !object.members().containsKey(names.getKey())) {
        return names.getKey();
      }
    }
    return key;
  }

  /** True when the member (under this name) was read already, say as an older name of another. */
  boolean isTaken(String key) {
    return taken.contains(key);
  }

  /** Marks a member as handled by the caller. */
  void mark(String key) {
    taken.add(key);
    taken.addAll(oldNames.getOrDefault(key, List.of()));
  }

  /** True when the object says nothing a reader could see (empty values, a theme's icon). */
  boolean showsNothing() {
    return object.members().entrySet().stream()
        .allMatch(m -> m.getValue().isEmpty() || Details.isPresentation(m.getKey(), m.getValue()));
  }

  /**
   * The member under its current name or an old one, or null when absent or empty (then kept
   * verbatim). Given under both names, the current one is read; the other is kept for export and,
   * when it says something else, reported as not shown.
   */
  JsonValue take(String key) {
    mark(key);
    JsonValue found = null;
    List<String> names = new ArrayList<>();
    names.add(key);
    names.addAll(oldNames.getOrDefault(key, List.of()));
    for (String name : names) {
      JsonValue value = object.members().get(name);
      if (value == null) {
        continue;
      }
      if (value.isEmpty()) {
        conversion.keep(value);
      } else if (found == null) {
        found = value;
      } else {
        conversion.keep(value);
        if (!value.toNode().equals(found.toNode())) {
          conversion.notShown(
              value,
              "\""
                  + name
                  + "\" is the older name of \""
                  + key
                  + "\", which is given too and shown");
        }
      }
    }
    return found;
  }

  /** True when the member is there and says something (under its current or an old name). */
  boolean has(String key) {
    List<String> names = new ArrayList<>(oldNames.getOrDefault(key, List.of()));
    names.add(key);
    return names.stream().map(object.members()::get).anyMatch(v -> v != null && !v.isEmpty());
  }

  /** The name the member was written under (an old one, maybe). */
  String writtenName(String key) {
    if (object.members().containsKey(key)) {
      return key;
    }
    return oldNames.getOrDefault(key, List.of()).stream()
        .filter(object.members()::containsKey)
        .findFirst()
        .orElse(key);
  }

  /**
   * A line of text: a string; a number or true/false as written; a list of texts joined with ", ".
   * Anything else (an object) is left for {@link #rest} to show as a detail.
   */
  String text(String key) {
    return text(key, ", ");
  }

  /** A text of paragraphs: a list of texts is one paragraph each. */
  String paragraphs(String key) {
    return text(key, "\n\n");
  }

  private String text(String key, String joiner) {
    if (!isText(peek(key))) {
      return null;
    }
    JsonValue value = take(key);
    return value == null ? null : textOf(value, joiner);
  }

  /** The member as it stands, without taking it. */
  private JsonValue peek(String key) {
    JsonValue value = object.members().get(key);
    if (value != null && !value.isEmpty()) {
      return value;
    }
    for (String old : oldNames.getOrDefault(key, List.of())) {
      JsonValue older = object.members().get(old);
      if (older != null && !older.isEmpty()) {
        return older;
      }
    }
    return value;
  }

  /** A value that reads as text: a scalar, or a list of scalars. */
  private static boolean isText(JsonValue value) {
    if (value == null) {
      return true;
    }
    return switch (value.kind()) {
      case STRING, NUMBER, BOOLEAN, NULL -> true;
      case ARRAY ->
          value.items().stream()
              .allMatch(i -> i.is(Kind.STRING) || i.is(Kind.NUMBER) || i.isEmpty());
      case OBJECT -> value.isEmpty();
    };
  }

  static String textOf(JsonValue value, String joiner) {
    if (value.is(Kind.ARRAY)) {
      List<String> parts = new ArrayList<>();
      for (JsonValue item : value.items()) {
        String text = flatten(item);
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
      return parts.isEmpty() ? null : String.join(joiner, parts);
    }
    return value.is(Kind.OBJECT) ? flatten(value) : value.text();
  }

  /** The résumé's name: a text, or the parts of one ({"first": …, "last": …}) joined. */
  String name(String key) {
    JsonValue value = peek(key);
    if (value != null && value.is(Kind.OBJECT)) {
      take(key);
      List<String> parts = new ArrayList<>();
      value
          .members()
          .values()
          .forEach(
              v -> {
                if (v.is(Kind.STRING) && !v.text().isBlank()) {
                  parts.add(v.text().strip());
                }
              });
      return parts.isEmpty() ? null : String.join(" ", parts);
    }
    return text(key, " ");
  }

  /** A date (see {@link JsonDates}): ISO, an ISO date as meant, or words as written. */
  String date(String key) {
    JsonValue value = peek(key);
    String text = text(key);
    if (text == null) {
      return null;
    }
    JsonDates.Read read = JsonDates.read(text);
    if (read.problem() != null) {
      conversion.problem(value, read.problem());
    } else if (read.warning() != null) {
      conversion.warn(value, read.warning());
    }
    return read.value();
  }

  /** Reports an end before the start at the end's place, in the words the XML check uses. */
  void checkOrder(String startKey, String start, String endKey, String end) {
    if (start != null && end != null && JsonDates.endsBeforeStart(start, end)) {
      conversion.problem(
          peek(endKey),
          "the end date "
              + end
              + " is before the start date "
              + start
              + " ("
              + writtenName(startKey)
              + "): swap them or fix the year");
    }
  }

  /** A link member: the link, or the text it holds when that is no link a résumé makes. */
  record Link(String url, String text) {}

  /**
   * A link: a web, mail or phone address. Any other text (a skype: address, a site written without
   * https://) is not made a link: it goes to {@code unlinked} to be shown as text, with a warning
   * naming the member.
   */
  String url(String key, Consumer<String> unlinked) {
    Link link = link(key);
    if (link != null && link.text() != null) {
      unlinkedWarning(key, link.text(), "shown as text, without a link");
      unlinked.accept(link.text());
    }
    return link == null ? null : link.url();
  }

  /** The link member, or null when absent; no warning (see {@link #unlinkedWarning}). */
  Link link(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    return Links.isAllowed(text) ? new Link(text.strip(), null) : new Link(null, text.strip());
  }

  /** Says at the member's place that its text is no link, and what became of it. */
  void unlinkedWarning(String key, String text, String what) {
    conversion.warn(placeOf(key), Links.refusal(text) + ": " + what);
  }

  /**
   * The member's value (under its current or an old name), or the object itself: for a message
   * about it.
   */
  JsonValue at(String key) {
    return placeOf(key);
  }

  /** The member's value, for a message about it. */
  private JsonValue placeOf(String key) {
    JsonValue value = peek(key);
    return value == null ? object : value;
  }

  /** An email address; any other text goes to {@code unlinked}, shown as it is, with a warning. */
  String email(String key, Consumer<String> unlinked) {
    JsonValue value = peek(key);
    String text = text(key);
    if (text == null) {
      return null;
    }
    if (EMAIL.matcher(text.strip()).matches()) {
      return text.strip();
    }
    conversion.warn(
        value, JsonDates.quote(text) + " is not an email address: shown as text, without a link");
    unlinked.accept(text.strip());
    return null;
  }

  Boolean bool(String key) {
    JsonValue value = peek(key);
    if (value == null || !value.is(Kind.BOOLEAN)) {
      return null;
    }
    take(key);
    return Boolean.valueOf(value.text());
  }

  /**
   * Texts: a list of texts (empty ones kept verbatim and skipped), or one text as a list of one.
   */
  List<String> texts(String key) {
    return placedTexts(key).stream().map(Placed::text).toList();
  }

  /** A text and the value it was read from (for messages about it). */
  record Placed(String text, JsonValue at) {}

  /** {@link #texts}, each with its place. */
  List<Placed> placedTexts(String key) {
    JsonValue value = peek(key);
    List<Placed> texts = new ArrayList<>();
    if (value == null || value.is(Kind.OBJECT)) {
      return texts; // an object is left for rest()
    }
    take(key);
    if (value.isEmpty()) {
      return texts;
    }
    if (!value.is(Kind.ARRAY)) {
      texts.add(new Placed(value.text(), value));
      return texts;
    }
    for (JsonValue item : value.items()) {
      if (item.isEmpty()) {
        conversion.keep(item);
      } else if (item.is(Kind.ARRAY) || item.is(Kind.OBJECT)) {
        String flat = flatten(item);
        if (!flat.isBlank()) {
          texts.add(new Placed(flat, item));
        }
      } else {
        texts.add(new Placed(item.text(), item));
      }
    }
    return texts;
  }

  /** The texts inside a value, in order, joined: what a reader would read of it. */
  static String flatten(JsonValue value) {
    return switch (value.kind()) {
      case STRING, NUMBER -> value.text().strip();
      case ARRAY ->
          String.join(
              ", ",
              value.items().stream().map(Members::flatten).filter(t -> !t.isEmpty()).toList());
      case OBJECT ->
          String.join(
              " · ",
              value.members().values().stream()
                  .map(Members::flatten)
                  .filter(t -> !t.isEmpty())
                  .toList());
      case BOOLEAN, NULL -> "";
    };
  }

  /**
   * The items of a list member, each an object. A list of texts is read as objects of their {@code
   * primary} member ("skills": ["Go"] as [{"name": "Go"}]); one object as a list of one. Empty
   * items are kept verbatim and skipped.
   */
  List<Members> objects(String key, String primary, Map<String, List<String>> itemOldNames) {
    JsonValue value = take(key);
    List<Members> objects = new ArrayList<>();
    if (value == null) {
      return objects;
    }
    List<JsonValue> items = value.is(Kind.ARRAY) ? value.items() : List.of(value);
    for (JsonValue item : items) {
      if (item.isEmpty()) {
        conversion.keep(item);
      } else if (item.is(Kind.OBJECT)) {
        objects.add(new Members(item, conversion, itemOldNames));
      } else {
        Map<String, JsonValue> only = new LinkedHashMap<>();
        only.put(primary, item);
        objects.add(
            new Members(
                new JsonValue(
                    Kind.OBJECT, item.pointer(), item.line(), item.column(), null, only, null),
                item,
                conversion,
                itemOldNames));
      }
    }
    return objects;
  }

  /**
   * An object member, or null (a text given instead is left to the caller, see {@link #peekText}).
   */
  Members object(String key) {
    JsonValue value = peek(key);
    if (value == null || !value.is(Kind.OBJECT)) {
      return null;
    }
    take(key);
    return value.isEmpty() ? null : new Members(value, conversion);
  }

  /** The member when it is a text (a location written as "Paris, France"), taken. */
  String peekText(String key) {
    JsonValue value = peek(key);
    return value != null && (value.is(Kind.STRING) || value.is(Kind.NUMBER)) ? text(key) : null;
  }

  /** Keeps the whole object verbatim for export (it shows nothing). */
  void keepWhole() {
    conversion.keep(original);
  }

  /**
   * Every member nobody asked for: a generic detail each when it says something, kept verbatim (for
   * export) and reported when it does not (a theme's icon, a flag).
   */
  List<Detail> rest() {
    List<Detail> details = new ArrayList<>();
    object
        .members()
        .forEach(
            (key, value) -> {
              if (taken.contains(key)) {
                return;
              }
              taken.add(key);
              if (value.isEmpty()) {
                conversion.keep(value);
              } else if (Details.isPresentation(key, value)) {
                conversion.keep(value);
                conversion.notShown(value, Details.describe(key, value));
              } else {
                Detail detail = Details.of(key, value, conversion);
                if (detail == null) {
                  conversion.keep(value);
                  conversion.notShown(value, "\"" + key + "\" holds nothing a reader could read");
                } else {
                  details.add(detail);
                }
              }
            });
    return details;
  }

  /**
   * Every member nobody asked for, where the résumé has no generic details (an address, a profile):
   * kept verbatim for export, and each one that says something reported as not shown.
   */
  void dropRest(String where) {
    object
        .members()
        .forEach(
            (key, value) -> {
              if (taken.contains(key)) {
                return;
              }
              taken.add(key);
              conversion.keep(value);
              if (!value.isEmpty()) {
                conversion.notShown(
                    value, "\"" + key + "\" has no place in " + where + " (it is kept for export)");
              }
            });
  }
}
