package io.resume.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.resume.model.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The body of every refusal of {@code POST /render}: {@code [{"line":…,"column":…,"message":…}]},
 * line and column null where the problem has no place (a size limit, a busy server).
 */
final class ProblemsJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ProblemsJson() {}

  static String of(List<Problem> problems) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (Problem problem : problems) {
        json.writeStartObject();
        writePlace(json, "line", problem.line());
        writePlace(json, "column", problem.line() > 0 ? Math.max(problem.column(), 1) : 0);
        json.writeStringField("message", problem.message());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One problem without a place. */
  static String of(String message) {
    return of(List.of(new Problem("", 0, 0, message)));
  }

  private static void writePlace(JsonGenerator json, String name, int value) throws IOException {
    if (value > 0) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }
}
