package io.resume.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.resume.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import found besides the résumé: problems (the input cannot be converted), warnings
 * (something is not shown, or was read as the author surely meant), the values kept verbatim for
 * export, and where each section's entries came from in the JSON.
 */
final class Conversion {
  /**
   * A section of the résumé: its element, the JSON values its entries came from, and the live list
   * that holds the entries (one removed from it is removed from the résumé).
   */
  record Placed(
      jakarta.xml.bind.JAXBElement<?> element,
      JsonValue section,
      List<JsonValue> items,
      List<?> entries) {}

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final Map<String, JsonNode> kept = new LinkedHashMap<>();
  private final Map<String, Long> keptAt = new LinkedHashMap<>();
  private final List<Placed> sections = new ArrayList<>();

  Conversion(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void problem(JsonValue at, String message) {
    problems.add(place(at, message));
  }

  /** Something read otherwise than written (a date, a link that is none, a Markdown link). */
  void warn(JsonValue at, String message) {
    warnings.add(place(at, message));
  }

  /** Something the résumé does not show: said once, at its place. */
  void notShown(JsonValue value, String why) {
    warn(value, "not shown: " + why);
  }

  void keep(JsonValue value) {
    kept.put(value.pointer(), value.toNode());
    keptAt.put(value.pointer(), (long) value.line() << 32 | value.column());
  }

  /** Records the sections in the résumé's order, to find a JSON place from a place in the XML. */
  void placed(
      jakarta.xml.bind.JAXBElement<?> element,
      JsonValue section,
      List<JsonValue> items,
      List<?> entries) {
    sections.add(new Placed(element, section, List.copyOf(items), entries));
  }

  List<Placed> sections() {
    return sections;
  }

  /** At the value's line and column, after its JSON Pointer (none for the document itself). */
  private Problem place(JsonValue at, String message) {
    return new Problem(
        file,
        at.line(),
        at.column(),
        at.pointer().isEmpty() ? message : at.pointer() + ": " + message);
  }

  /** In the order of the file, whatever order they were found in. */
  List<Problem> problems() {
    return inFileOrder(problems);
  }

  List<Problem> warnings() {
    return inFileOrder(warnings);
  }

  static List<Problem> inFileOrder(List<Problem> list) {
    List<Problem> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return List.copyOf(sorted);
  }

  /** The values kept verbatim, by JSON Pointer, in the order of the file. */
  Map<String, JsonNode> kept() {
    Map<String, JsonNode> inFileOrder = new LinkedHashMap<>();
    kept.keySet().stream()
        .sorted(Comparator.comparing(keptAt::get))
        .forEach(p -> inFileOrder.put(p, kept.get(p)));
    return inFileOrder;
  }
}
