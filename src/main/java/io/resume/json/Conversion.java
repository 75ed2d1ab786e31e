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

  void keep(JsonValue value) {
    kept.put(value.pointer(), value.toNode());
  }

  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return sorted;
  }

  List<Problem> warnings() {
    return List.copyOf(warnings);
  }

  Map<String, JsonNode> kept() {
    return kept;
  }
}
