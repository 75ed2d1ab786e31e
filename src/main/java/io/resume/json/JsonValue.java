package io.resume.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One value of a JSON document with the place it was written at: its JSON Pointer (RFC 6901) and
 * its line and column. Jackson's own tree forgets locations, so the reader builds this one.
 */
public final class JsonValue {
  public enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String text;
  private final Map<String, JsonValue> members;
  private final List<JsonValue> items;

  JsonValue(
      Kind kind,
      String pointer,
      int line,
      int column,
      String text,
      Map<String, JsonValue> members,
      List<JsonValue> items) {
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.text = text;
    this.members = members == null ? Map.of() : Collections.unmodifiableMap(members);
    this.items = items == null ? List.of() : List.copyOf(items);
  }

  public Kind kind() {
    return kind;
  }

  /** "" for the document itself, else e.g. "/work/0/startDate". */
  public String pointer() {
    return pointer;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The string's value, or the literal text of a number or boolean; null otherwise. */
  public String text() {
    return text;
  }

  /** The members of an object, in the order written. */
  public Map<String, JsonValue> members() {
    return members;
  }

  public List<JsonValue> items() {
    return items;
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  /**
   * True when the value says nothing a reader could see: null, a blank string, and objects or
   * arrays that hold only such values.
   */
  public boolean isEmpty() {
    return switch (kind) {
      case NULL -> true;
      case STRING -> text.isBlank();
      case OBJECT -> members.values().stream().allMatch(JsonValue::isEmpty);
      case ARRAY -> items.stream().allMatch(JsonValue::isEmpty);
      case NUMBER, BOOLEAN -> false;
    };
  }

  /** For messages: what was found, e.g. "a number (42)". */
  public String describe() {
    return switch (kind) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number (" + text + ")";
      case BOOLEAN -> text;
      case NULL -> "null";
    };
  }

  /** The same value as a Jackson tree, for keeping it verbatim. */
  public JsonNode toNode() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (kind) {
      case OBJECT -> {
        ObjectNode object = nodes.objectNode();
        members.forEach((key, value) -> object.set(key, value.toNode()));
        yield object;
      }
      case ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        items.forEach(item -> array.add(item.toNode()));
        yield array;
      }
      case STRING -> nodes.textNode(text);
      case NUMBER -> number(text);
      case BOOLEAN -> nodes.booleanNode(Boolean.parseBoolean(text));
      case NULL -> nodes.nullNode();
    };
  }

  // As Jackson's ObjectMapper reads numbers by default, so that a kept value compares equal.
  private static JsonNode number(String literal) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (literal.contains(".") || literal.contains("e") || literal.contains("E")) {
      return nodes.numberNode(Double.parseDouble(literal));
    }
    BigInteger big = new BigInteger(literal);
    if (big.bitLength() < 32) {
      return nodes.numberNode(big.intValue());
    }
    if (big.bitLength() < 64) {
      return nodes.numberNode(big.longValue());
    }
    return nodes.numberNode(big);
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
