package io.resume.equivalence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.model.Links;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.parser.Parser;

/**
 * What a reader must see of a JSON Resume, computed from the JSON alone (never from the XML it is
 * converted to): the text of every standard member, under its current name or its name in an older
 * schema, and every web link. A text is its visible text as a CommonMark reader shows it, in pieces
 * (Markdown's marks between them are no text): before and after Markdown in strings is rendered,
 * each piece is somewhere in the output, in order.
 */
public final class JsonExpectations {
  /** Standard members: JSON Resume v1 and the names of older schemas (company, website, gpa…). */
  private static final Map<String, List<String>> MEMBERS = new LinkedHashMap<>();

  private static final Set<String> DATES = Set.of("startDate", "endDate", "date", "releaseDate");
  private static final Set<String> PRESENT =
      Set.of("present", "now", "current", "ongoing", "today");
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
              .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
              .build());

  static {
    MEMBERS.put("basics", List.of("name", "label", "email", "phone", "url", "website", "summary"));
    MEMBERS.put(
        "basics/location", List.of("address", "postalCode", "city", "countryCode", "region"));
    MEMBERS.put("basics/profiles", List.of("network", "username", "url"));
    MEMBERS.put(
        "work",
        List.of(
            "name",
            "company",
            "position",
            "url",
            "website",
            "location",
            "description",
            "startDate",
            "endDate",
            "summary",
            "highlights"));
    MEMBERS.put(
        "volunteer",
        List.of(
            "organization",
            "position",
            "url",
            "website",
            "startDate",
            "endDate",
            "summary",
            "highlights"));
    MEMBERS.put(
        "education",
        List.of(
            "institution",
            "url",
            "website",
            "area",
            "studyType",
            "startDate",
            "endDate",
            "score",
            "gpa",
            "courses"));
    MEMBERS.put("awards", List.of("title", "date", "awarder", "summary", "description"));
    MEMBERS.put("certificates", List.of("name", "date", "url", "issuer"));
    MEMBERS.put(
        "publications", List.of("name", "publisher", "releaseDate", "url", "website", "summary"));
    MEMBERS.put("skills", List.of("name", "level", "keywords"));
    MEMBERS.put("languages", List.of("language", "fluency", "name", "level"));
    MEMBERS.put("interests", List.of("name", "keywords"));
    MEMBERS.put("references", List.of("name", "reference"));
    MEMBERS.put(
        "projects",
        List.of(
            "name",
            "description",
            "highlights",
            "keywords",
            "startDate",
            "endDate",
            "url",
            "roles",
            "entity",
            "type"));
  }

  /** A text to find (in pieces, in order) and where in the JSON it is. */
  public record Member(String pointer, List<String> pieces) {}

  private final List<Member> texts = new ArrayList<>();
  private final Set<String> links = new LinkedHashSet<>();

  private JsonExpectations() {}

  public static JsonExpectations of(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    JsonExpectations expected = new JsonExpectations();
    JsonNode basics = root.has("basics") ? root.get("basics") : root.path("bio");
    for (Map.Entry<String, List<String>> members : MEMBERS.entrySet()) {
      String path = members.getKey();
      JsonNode at = path.startsWith("basics") ? basics : root.path(path);
      String pointer = "/" + path;
      if (path.startsWith("basics/")) {
        at = basics.path(path.substring("basics/".length()));
      } else if (path.equals("basics")) {
        pointer = "/basics";
      }
      boolean list = !path.equals("basics") && !path.equals("basics/location");
      List<JsonNode> items = list ? items(at) : List.of(at);
      for (int i = 0; i < items.size(); i++) {
        expected.item(items.get(i), list ? pointer + "/" + i : pointer, members.getValue());
      }
    }
    return expected;
  }

  public List<Member> texts() {
    return texts;
  }

  /** Every web link of a standard member that is a link (http, https, with a host). */
  public Set<String> links() {
    return links;
  }

  /** The texts of one item; a text where an object is due stands for its first member. */
  private void item(JsonNode item, String pointer, List<String> names) {
    if (item.isTextual() || item.isNumber()) {
      add(pointer, names.get(0), item, null);
      return;
    }
    for (String name : names) {
      JsonNode value = item.path(name);
      if (value.isArray() && !DATES.contains(name)) {
        for (int i = 0; i < value.size(); i++) {
          add(pointer + "/" + name + "/" + i, name, value.get(i), item);
        }
      } else {
        add(pointer + "/" + name, name, value, item);
      }
    }
  }

  private static List<JsonNode> items(JsonNode value) {
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else if (value.isObject() || value.isTextual()) {
      items.add(value);
    }
    return items;
  }

  private void add(String pointer, String name, JsonNode value, JsonNode item) {
    if (!(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
      return;
    }
    String text = value.asText().strip();
    if (DATES.contains(name)) {
      if (text.matches("\\d{4}.*")) {
        texts.add(
            new Member(
                pointer, List.of(text.substring(0, 4)))); // formatted in the résumé's language
      } else if (!PRESENT.contains(text.toLowerCase(Locale.ROOT))) {
        texts.add(new Member(pointer, List.of(text))); // words, as written
      }
      return;
    }
    if (name.equals("url") || name.equals("website")) {
      if (Links.isAllowed(text)) {
        if (text.startsWith("http")) {
          links.add(text);
        }
        return;
      }
      if (item != null
          && pointer.contains("/profiles/")
          && !item.path("username").asText().isBlank()) {
        return; // a profile shows its username; its address that is no link has no place
      }
    }
    if (name.equals("username") && item != null) {
      String url = item.path("url").asText().strip();
      if (Links.isAllowed(url) && url.startsWith("http")) {
        return; // a profile with an address shows the address, which names the user (prepare.xsl)
      }
      text = text.replaceFirst("^@", ""); // a handle shows in its network's address without the @
    }
    texts.add(new Member(pointer, pieces(text)));
  }

  /** The visible text of a string read as CommonMark: the literal runs, in order. */
  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(text)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(org.commonmark.node.Text node) {
                add(node.getLiteral());
              }

              @Override
              public void visit(Code node) {
                add(node.getLiteral());
              }

              private void add(String literal) {
                if (!ReaderItems.normalize(literal).isEmpty()) {
                  pieces.add(literal);
                }
              }
            });
    return pieces.isEmpty() ? List.of(text) : pieces;
  }
}
