package io.resume.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.resume.markdown.MarkdownWriter;
import io.resume.markdown.RichText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Converts a canonical résumé (already validated) into JSON Resume v1, the inverse of {@link
 * JsonToResume}. Keys are written in the order of JSON Resume's schema, sections in the résumé's
 * order. Rich text goes back as Markdown where JSON Resume's themes read Markdown (summaries,
 * highlights, a project's description, a reference: {@link MarkdownWriter}). What JSON Resume
 * cannot hold (a summary section, section titles, markup in its plain members or that Markdown
 * lacks, a score's label other than GPA, a second section of one kind: merged) is reported as a
 * warning. Values kept in the extensions element go back to the place their pointer names.
 */
public final class ResumeToJson {
  static final String NS = "urn:resume:1";
  private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  // Line breaks followed by indentation are the XML file's layout, not the text's.
  private static final Pattern LAYOUT = Pattern.compile("\\h*\\R\\h+");
  private static final String OTHER = "other\u0000";
  private static final List<String> SECTIONS =
      List.of(
          "work",
          "volunteer",
          "education",
          "awards",
          "certificates",
          "publications",
          "skills",
          "languages",
          "interests",
          "references",
          "projects");

  /** The JSON Resume document and what it could not hold. */
  public record Result(ObjectNode json, List<String> warnings) {}

  private final List<String> warnings = new ArrayList<>();
  private final Map<String, JsonNode> kept = new LinkedHashMap<>();
  private final SourceToRichText richText = new SourceToRichText(ResumeToJson::isTranslation);

  private ResumeToJson() {}

  public static Result convert(XdmNode document) {
    ResumeToJson converter = new ResumeToJson();
    XdmNode resume =
        document.getNodeKind() == XdmNodeKind.DOCUMENT ? elements(document).get(0) : document;
    return new Result(converter.resume(resume), List.copyOf(converter.warnings));
  }

  private ObjectNode resume(XdmNode resume) {
    XdmNode extensions = child(resume, "extensions");
    if (extensions != null) {
      for (XdmNode json : children(extensions, "json")) {
        try {
          kept.put(json.attribute("pointer"), MAPPER.readTree(json.getStringValue()));
        } catch (JsonProcessingException e) {
          warn(json, "not JSON, left out: " + e.getOriginalMessage());
        }
      }
    }
    // The résumé's language goes to meta.language, where import reads it (English, the default, is
    // not written).
    String lang = resume.getAttributeValue(XML_LANG);
    if (lang != null && !lang.equals("en")) {
      ObjectNode meta =
          kept.get("/meta") instanceof ObjectNode object ? object : NODES.objectNode();
      meta.put("language", lang);
      kept.put("/meta", meta);
    }
    // JSON Resume holds one language: the résumé's own. Translations (and section titles in
    // other languages) stay behind, each with a warning; elements() skips them below.
    for (XdmNode translation :
        resume.select(Steps.descendant().where(Predicates.isElement())).toList()) {
      if (isTranslation(translation)) {
        warn(
            translation,
            "the xml:lang=\""
                + translation.getAttributeValue(XML_LANG)
                + "\" alternative left out: JSON Resume holds one language");
      }
    }
    versionsLeftOut(resume);
    ObjectNode json = NODES.objectNode();
    put(json, "", "$schema", (JsonNode) null);
    put(json, "", "basics", basics(child(resume, "basics")));
    // One key per kind of section, at the place of its first section.
    Map<String, List<XdmNode>> sections = new LinkedHashMap<>();
    for (XdmNode section : elements(resume)) {
      String kind = section.getNodeName().getLocalName();
      if (kind.equals("summary")) {
        warn(
            section,
            "left out: JSON Resume has no free-text section (its basics.summary is the introduction)");
      } else if (kind.equals("other")) {
        // Generic details go back to the member they came from (import names the section so).
        String name =
            section.attribute("name") != null
                ? section.attribute("name")
                : section.attribute("title") != null ? section.attribute("title") : "other";
        sections.computeIfAbsent(OTHER + name, k -> new ArrayList<>()).add(section);
      } else if (SECTIONS.contains(kind)) {
        if (section.attribute("title") != null) {
          warn(
              section,
              "title \""
                  + section.attribute("title")
                  + "\" left out: JSON Resume's sections have fixed names");
        }
        if (sections.containsKey(kind)) {
          warn(
              section,
              "merged into the first " + kind + " section: JSON Resume has one list of each kind");
        }
        sections.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(elements(section));
      }
    }
    sections.forEach(
        (kind, items) -> {
          if (kind.startsWith(OTHER)) {
            String name = kind.substring(OTHER.length());
            put(
                json,
                "",
                name,
                details(
                    "/" + JsonValue.escape(name),
                    items.stream().flatMap(s -> children(s, "detail").stream()).toList()));
          } else {
            put(json, "", kind, array("/" + kind, items, item(kind)));
          }
        });
    for (String kind : SECTIONS) {
      if (!sections.containsKey(kind)) {
        put(json, "", kind, (JsonNode) null);
      }
    }
    put(json, "", "meta", (JsonNode) null);
    // Kept values whose parent was not written (say "/foo/0" under a key the XML lacks).
    new ArrayList<>(kept.keySet()).forEach(pointer -> restore(json, pointer, kept.remove(pointer)));
    return json;
  }

  /**
   * JSON Resume has no versions and nothing private: the attributes that say so are left out, each
   * reported once (at its first place, with how many items carry it), not once per item.
   */
  private void versionsLeftOut(XdmNode resume) {
    List<XdmNode> targeted =
        resume
            .select(
                Steps.descendantOrSelf()
                    .where(Predicates.isElement())
                    .where(Predicates.hasAttribute("targets")))
            .toList();
    if (!targeted.isEmpty()) {
      warn(
          targeted.get(0),
          "targets=\"…\" left out ("
              + targeted.size()
              + (targeted.size() == 1 ? " item" : " items")
              + "): JSON Resume has no versions; export --target NAME writes the version for NAME");
    }
    List<XdmNode> secret =
        resume
            .select(
                Steps.descendantOrSelf()
                    .where(Predicates.isElement())
                    .where(
                        node ->
                            "true".equals(node.attribute("private"))
                                || "1".equals(node.attribute("private"))))
            .toList();
    if (!secret.isEmpty()) {
      warn(
          secret.get(0),
          "private=\"true\" left out ("
              + secret.size()
              + (secret.size() == 1 ? " item" : " items")
              + "): in JSON Resume they are ordinary, public items");
    }
  }

  private BiFunction<XdmNode, String, JsonNode> item(String kind) {
    return switch (kind) {
      case "work" -> (node, pointer) -> position(node, pointer, "name");
      case "volunteer" -> (node, pointer) -> position(node, pointer, "organization");
      case "education" -> this::study;
      case "awards" -> this::award;
      case "certificates" -> this::certificate;
      case "publications" -> this::publication;
      case "skills" -> this::skill;
      case "languages" -> this::language;
      case "interests" -> this::interest;
      case "references" -> this::reference;
      case "projects" -> this::project;
      default -> throw new IllegalArgumentException(kind);
    };
  }

  // ===== Basics =====

  private ObjectNode basics(XdmNode basics) {
    String p = "/basics";
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(basics, "name"));
    put(json, p, "label", text(basics, "label"));
    put(json, p, "image", text(basics, "image"));
    List<XdmNode> profiles = new ArrayList<>();
    // Contact details in the résumé's order; profiles where the first one is.
    for (XdmNode contact : elements(basics)) {
      switch (contact.getNodeName().getLocalName()) {
        case "email", "phone", "url" ->
            put(json, p, contact.getNodeName().getLocalName(), string(contact));
        case "location" -> put(json, p, "location", location(contact));
        case "detail" ->
            put(
                json,
                p,
                contact.attribute("name") == null ? "detail" : contact.attribute("name"),
                detail(contact));
        case "profile" -> {
          if (profiles.isEmpty()) {
            json.putNull("profiles");
          }
          profiles.add(contact);
        }
        default -> {}
      }
    }
    if (profiles.isEmpty()) {
      put(json, p, "profiles", (JsonNode) null);
    } else {
      json.set("profiles", array(p + "/profiles", profiles, this::profile));
    }
    for (String key : List.of("email", "phone", "url", "location")) {
      if (!json.has(key)) {
        put(json, p, key, (JsonNode) null);
      }
    }
    put(json, p, "summary", paragraphs(child(basics, "summary")));
    return json;
  }

  private ObjectNode location(XdmNode location) {
    String p = "/basics/location";
    ObjectNode json = NODES.objectNode();
    for (String key : List.of("address", "postalCode", "city", "countryCode", "region")) {
      put(json, p, key, text(location, key));
    }
    return json;
  }

  private JsonNode profile(XdmNode profile, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "network", text(profile, "network"));
    put(json, p, "username", text(profile, "username"));
    put(json, p, "url", text(profile, "url"));
    return json;
  }

  // ===== Items =====

  private JsonNode position(XdmNode position, String p, String organizationKey) {
    ObjectNode json = NODES.objectNode();
    put(json, p, organizationKey, text(position, "organization"));
    put(json, p, "location", text(position, "location"));
    put(json, p, "description", text(position, "description"));
    put(json, p, "position", text(position, "role"));
    put(json, p, "url", text(position, "url"));
    put(json, p, "startDate", text(position, "start"));
    put(json, p, "endDate", text(position, "end"));
    put(json, p, "summary", paragraphs(child(position, "summary")));
    put(json, p, "highlights", bullets(p + "/highlights", child(position, "highlights")));
    put(json, p, "advisors", strings(p + "/advisors", position, "advisor"));
    details(json, p, position);
    return json;
  }

  private JsonNode study(XdmNode study, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "institution", text(study, "institution"));
    put(json, p, "url", text(study, "url"));
    put(json, p, "area", text(study, "area"));
    put(json, p, "studyType", text(study, "studyType"));
    put(json, p, "startDate", text(study, "start"));
    put(json, p, "endDate", text(study, "end"));
    XdmNode score = child(study, "score");
    if (score != null
        && score.attribute("label") != null
        && !score.attribute("label").equals("GPA")) {
      warn(
          score,
          "label \"" + score.attribute("label") + "\" left out: JSON Resume's score has none");
    }
    put(json, p, "score", score == null ? null : string(score));
    if (score != null && "GPA".equals(score.attribute("label"))) {
      // A GPA says so under the older schema's name as well: read back, it is a GPA again.
      put(json, p, "gpa", string(score));
    }
    put(json, p, "courses", strings(p + "/courses", child(study, "courses"), "course"));
    put(json, p, "location", text(study, "location"));
    put(json, p, "rank", text(study, "rank"));
    put(json, p, "thesis", text(study, "thesis"));
    put(json, p, "description", paragraphs(child(study, "summary")));
    put(json, p, "highlights", bullets(p + "/highlights", child(study, "highlights")));
    details(json, p, study);
    return json;
  }

  private JsonNode award(XdmNode award, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "title", text(award, "title"));
    put(json, p, "date", text(award, "date"));
    put(json, p, "awarder", text(award, "awarder"));
    put(json, p, "url", text(award, "url"));
    put(json, p, "summary", paragraphs(child(award, "summary")));
    details(json, p, award);
    return json;
  }

  private JsonNode certificate(XdmNode certificate, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(certificate, "name"));
    put(json, p, "date", text(certificate, "date"));
    put(json, p, "url", text(certificate, "url"));
    put(json, p, "issuer", text(certificate, "issuer"));
    details(json, p, certificate);
    return json;
  }

  private JsonNode publication(XdmNode publication, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(publication, "title"));
    put(json, p, "publisher", text(publication, "publisher"));
    put(json, p, "releaseDate", text(publication, "date"));
    put(json, p, "url", text(publication, "url"));
    put(json, p, "summary", paragraphs(child(publication, "summary")));
    XdmNode authors = child(publication, "authors");
    put(
        json,
        p,
        "authors",
        authors == null ? null : array(p + "/authors", children(authors, "author"), this::author));
    details(json, p, publication);
    return json;
  }

  private JsonNode author(XdmNode author, String p) {
    boolean self = isTrue(author.attribute("self"));
    boolean equal = isTrue(author.attribute("equal"));
    if (!self && !equal) {
      return NODES.textNode(string(author));
    }
    ObjectNode json = NODES.objectNode();
    json.put("name", string(author));
    if (self) {
      json.put("self", true);
    }
    if (equal) {
      json.put("equal", true);
    }
    return json;
  }

  private JsonNode skill(XdmNode skill, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(skill, "name"));
    put(json, p, "level", text(skill, "level"));
    put(json, p, "keywords", strings(p + "/keywords", child(skill, "keywords"), "keyword"));
    details(json, p, skill);
    return json;
  }

  private JsonNode language(XdmNode language, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "language", text(language, "name"));
    put(json, p, "fluency", text(language, "fluency"));
    details(json, p, language);
    return json;
  }

  private JsonNode interest(XdmNode interest, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(interest, "name"));
    put(json, p, "keywords", strings(p + "/keywords", child(interest, "keywords"), "keyword"));
    details(json, p, interest);
    return json;
  }

  private JsonNode reference(XdmNode reference, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(reference, "name"));
    put(json, p, "reference", markdown(child(reference, "text")));
    put(json, p, "contact", text(reference, "contact"));
    details(json, p, reference);
    return json;
  }

  private JsonNode project(XdmNode project, String p) {
    ObjectNode json = NODES.objectNode();
    put(json, p, "name", text(project, "name"));
    put(json, p, "description", markdown(child(project, "description")));
    put(json, p, "highlights", bullets(p + "/highlights", child(project, "highlights")));
    put(json, p, "keywords", strings(p + "/keywords", child(project, "keywords"), "keyword"));
    put(json, p, "startDate", text(project, "start"));
    put(json, p, "endDate", text(project, "end"));
    put(json, p, "url", text(project, "url"));
    put(json, p, "roles", strings(p + "/roles", project, "role"));
    put(json, p, "entity", text(project, "entity"));
    put(json, p, "type", text(project, "type"));
    put(json, p, "location", text(project, "location"));
    put(json, p, "summary", paragraphs(child(project, "summary")));
    details(json, p, project);
    return json;
  }

  // ===== Details: members outside JSON Resume's schema =====

  /** An item's generic details, back as the members they came from. */
  private void details(ObjectNode json, String p, XdmNode parent) {
    for (XdmNode detail : children(parent, "detail")) {
      String name = detail.attribute("name");
      if (name == null) {
        warn(detail, "left out: a detail without a name has no member name in JSON Resume");
      } else {
        put(json, p, name, detail(detail));
      }
    }
  }

  /** A detail as JSON: a text; a list (unnamed parts); an object (named parts). */
  private JsonNode detail(XdmNode detail) {
    List<XdmNode> parts = children(detail, "detail");
    return parts.isEmpty() ? NODES.textNode(string(detail)) : details(null, parts);
  }

  /**
   * Parts as a list when none is named, else as an object. A section's one unnamed detail (as
   * import writes a member outside the schema) is that member's value itself.
   */
  private JsonNode details(String pointer, List<XdmNode> parts) {
    if (parts.stream().allMatch(d -> d.attribute("name") == null)) {
      if (pointer != null && parts.size() == 1) {
        return detail(parts.get(0));
      }
      ArrayNode array = NODES.arrayNode();
      parts.forEach(part -> array.add(detail(part)));
      return array;
    }
    ObjectNode object = NODES.objectNode();
    for (XdmNode part : parts) {
      String name =
          part.attribute("name") == null ? String.valueOf(object.size()) : part.attribute("name");
      object.set(name, detail(part));
    }
    return object;
  }

  // ===== Placing values and kept values =====

  /** Sets key to value; without a value, to the value kept for that place, if any. */
  private void put(ObjectNode object, String pointer, String key, JsonNode value) {
    JsonNode chosen = value != null ? value : kept.remove(pointer + "/" + JsonValue.escape(key));
    if (chosen != null) {
      object.set(key, chosen);
    }
  }

  private void put(ObjectNode object, String pointer, String key, String value) {
    put(object, pointer, key, value == null ? null : NODES.textNode(value));
  }

  /**
   * The items at their original indices: the kept (empty) items of the JSON take their old places
   * again, and the others' pointers are the ones their kept members were saved under.
   */
  private ArrayNode array(
      String pointer, List<XdmNode> nodes, BiFunction<XdmNode, String, JsonNode> item) {
    TreeMap<Integer, JsonNode> keptItems = new TreeMap<>();
    for (String key : List.copyOf(kept.keySet())) {
      if (key.startsWith(pointer + "/") && key.substring(pointer.length() + 1).matches("\\d+")) {
        keptItems.put(Integer.parseInt(key.substring(pointer.length() + 1)), kept.remove(key));
      }
    }
    ArrayNode array = NODES.arrayNode();
    int index = 0;
    for (XdmNode node : nodes) {
      while (keptItems.containsKey(index)) {
        array.add(keptItems.remove(index++));
      }
      array.add(item.apply(node, pointer + "/" + index++));
    }
    keptItems.values().forEach(array::add);
    return array.isEmpty() ? null : array;
  }

  private ArrayNode strings(String pointer, XdmNode parent, String name) {
    return parent == null
        ? null
        : array(pointer, children(parent, name), (node, p) -> NODES.textNode(string(node)));
  }

  /** Puts a kept value back at its pointer, making the objects on the way. */
  private static void restore(ObjectNode root, String pointer, JsonNode value) {
    String[] steps = pointer.substring(1).split("/", -1);
    JsonNode node = root;
    for (int i = 0; i < steps.length; i++) {
      String step = steps[i].replace("~1", "/").replace("~0", "~");
      boolean last = i == steps.length - 1;
      if (node instanceof ArrayNode array && step.matches("\\d+")) {
        int index = Math.min(Integer.parseInt(step), array.size());
        if (last) {
          array.insert(index, value);
          return;
        }
        node = index < array.size() ? array.get(index) : array.addObject();
      } else if (node instanceof ObjectNode object) {
        if (last) {
          object.set(step, value);
          return;
        }
        node = object.has(step) ? object.get(step) : object.putObject(step);
      } else {
        return;
      }
    }
  }

  // ===== Reading the XML =====

  /** An element in another language than the résumé's (a text's alternative). */
  private static boolean isTranslation(XdmNode element) {
    String lang = element.getAttributeValue(XML_LANG);
    if (lang == null) {
      return false;
    }
    XdmNode root = element;
    while (root.getParent() != null && root.getParent().getNodeKind() == XdmNodeKind.ELEMENT) {
      root = root.getParent();
    }
    return !lang.equalsIgnoreCase(String.valueOf(root.getAttributeValue(XML_LANG)));
  }

  private static List<XdmNode> elements(XdmNode parent) {
    List<XdmNode> elements = new ArrayList<>();
    for (XdmNode child : parent.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT && !isTranslation(child)) {
        elements.add(child);
      }
    }
    return elements;
  }

  private static List<XdmNode> children(XdmNode parent, String name) {
    QName qname = new QName(NS, name);
    return elements(parent).stream().filter(c -> c.getNodeName().equals(qname)).toList();
  }

  private static XdmNode child(XdmNode parent, String name) {
    List<XdmNode> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** A child's text, or null when there is no such child. */
  private String text(XdmNode parent, String name) {
    XdmNode child = child(parent, name);
    return child == null ? null : string(child);
  }

  /**
   * The text of an element; inline markup, which JSON Resume lacks, is flattened with a warning.
   */
  private String string(XdmNode element) {
    if (!elements(element).isEmpty()) {
      warn(
          element,
          "markup ("
              + String.join(
                  ", ",
                  elements(element).stream()
                      .map(e -> e.getNodeName().getLocalName())
                      .distinct()
                      .toList())
              + ") flattened to plain text");
    }
    return LAYOUT.matcher(element.getStringValue()).replaceAll(" ").strip();
  }

  /** A summary's paragraphs and lists, as Markdown. */
  private JsonNode paragraphs(XdmNode paragraphs) {
    return paragraphs == null ? null : markdown(paragraphs, richText.blocks(paragraphs));
  }

  /** One text (a project's description, a reference) as Markdown. */
  private JsonNode markdown(XdmNode text) {
    return text == null ? null : markdown(text, richText.paragraphs(text));
  }

  /** Each bullet as the Markdown of one highlight: its text, then what it holds. */
  private ArrayNode bullets(String pointer, XdmNode highlights) {
    return highlights == null
        ? null
        : array(
            pointer,
            children(highlights, "item"),
            (item, p) -> {
              RichText.Item bullet = richText.item(item);
              List<RichText.Block> blocks = new ArrayList<>();
              blocks.add(new RichText.Paragraph(bullet.content()));
              blocks.addAll(bullet.blocks());
              return markdown(item, blocks);
            });
  }

  /**
   * Rich text as the Markdown JSON Resume themes read: what Markdown cannot say (a superscript) is
   * a warning at the element.
   */
  private JsonNode markdown(XdmNode element, List<RichText.Block> blocks) {
    MarkdownWriter.Result written = MarkdownWriter.write(blocks);
    written.notes().forEach(note -> warn(element, note));
    return written.markdown().isEmpty() ? null : NODES.textNode(written.markdown());
  }

  private static boolean isTrue(String attribute) {
    return "true".equals(attribute) || "1".equals(attribute);
  }

  private void warn(XdmNode node, String message) {
    warnings.add(path(node) + ": " + message);
  }

  /** Where an element is, as an XPath a reader can follow: /resume/awards/award[3]/title. */
  static String path(XdmNode node) {
    StringBuilder path = new StringBuilder();
    for (XdmNode at = node;
        at != null && at.getNodeKind() == XdmNodeKind.ELEMENT;
        at = at.getParent()) {
      String name = at.getNodeName().getLocalName();
      XdmNode parent = at.getParent();
      String step = name;
      if (parent != null) {
        QName qname = at.getNodeName();
        List<XdmNode> same = new ArrayList<>();
        parent
            .children()
            .forEach(
                c -> {
                  if (c.getNodeKind() == XdmNodeKind.ELEMENT && c.getNodeName().equals(qname)) {
                    same.add(c);
                  }
                });
        if (same.size() > 1) {
          step += "[" + (same.indexOf(at) + 1) + "]";
        }
      }
      path.insert(0, "/" + step);
    }
    return path.toString();
  }
}
