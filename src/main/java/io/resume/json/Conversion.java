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
 * (something was dropped) and the values kept verbatim because they show nothing.
 */
final class Conversion {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final Map<String, JsonNode> kept = new LinkedHashMap<>();

  Conversion(String file) {
    this.file = file;
  }

  void problem(JsonValue at, String message) {
    problems.add(new Problem(file, at.line(), at.column(), at.pointer() + ": " + message));
  }

  void drop(JsonValue value, String why) {
    warnings.add(new Problem(file, value.line(), value.column(), value.pointer() + ": dropped: " + why));
  }

  /** Something shown otherwise than written (a Markdown link that may not be one). */
  void warn(JsonValue at, String message) {
    warnings.add(new Problem(file, at.line(), at.column(), at.pointer() + ": " + message));
  }

  void keep(JsonValue value) {
    kept.put(value.pointer(), value.toNode());
  }

  /** In the order of the file, whatever order they were found in. */
  List<Problem> problems() {
    return inFileOrder(problems);
  }

  List<Problem> warnings() {
    return inFileOrder(warnings);
  }

  private static List<Problem> inFileOrder(List<Problem> list) {
    List<Problem> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return List.copyOf(sorted);
  }

  Map<String, JsonNode> kept() {
    return kept;
  }
}
