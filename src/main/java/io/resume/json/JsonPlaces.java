package io.resume.json;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Where in the JSON an element of the converted XML came from: its entry's JSON value (the XML's
 * sections are the recorded ones, in order; their entries the recorded items), basics, or the
 * document. A user never sees a line of XML they did not write.
 */
final class JsonPlaces {
  private final XdmNode resume;
  private final Conversion conversion;
  private final JsonValue root;
  private final JsonValue basics;

  JsonPlaces(XdmNode document, Conversion conversion, JsonValue root, JsonValue basics) {
    this.resume = elements(document).get(0);
    this.conversion = conversion;
    this.root = root;
    this.basics = basics;
  }

  XdmNode document() {
    return resume.getParent();
  }

  /** The JSON value an entry element of the XML came from, or null when it is no entry. */
  JsonValue entry(XdmNode entry) {
    int[] at = indices(entry);
    if (at[0] < 0 || at[0] >= conversion.sections().size()) {
      return null;
    }
    List<JsonValue> items = conversion.sections().get(at[0]).items();
    return at[1] >= 0 && at[1] < items.size() ? items.get(at[1]) : null;
  }

  /** The section and entry an entry element is, as indices into the recorded sections. */
  int[] indices(XdmNode entry) {
    int k = sections().indexOf(entry.getParent());
    return new int[] {k, k < 0 ? -1 : elements(entry.getParent()).indexOf(entry)};
  }

  /** The JSON value whose XML holds this line: an entry, basics, else the document. */
  JsonValue at(int line) {
    JsonValue found = root;
    for (XdmNode child : elements(resume)) {
      if (child.getLineNumber() > line) {
        break;
      }
      String name = child.getNodeName().getLocalName();
      if (name.equals("basics")) {
        found = basics == null ? root : basics;
      } else if (!name.equals("extensions")) {
        int k = sections().indexOf(child);
        found = k < conversion.sections().size() ? conversion.sections().get(k).section() : root;
        for (XdmNode entry : elements(child)) {
          if (entry.getLineNumber() > line) {
            break;
          }
          JsonValue item = entry(entry);
          found = item == null ? found : item;
        }
      }
    }
    return found;
  }

  /** The sections of the XML, in order (basics and extensions are none). */
  List<XdmNode> sections() {
    List<XdmNode> sections = new ArrayList<>();
    for (XdmNode child : elements(resume)) {
      String name = child.getNodeName().getLocalName();
      if (!name.equals("basics") && !name.equals("extensions")) {
        sections.add(child);
      }
    }
    return sections;
  }

  static List<XdmNode> elements(XdmNode parent) {
    List<XdmNode> elements = new ArrayList<>();
    for (XdmNode child : parent.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        elements.add(child);
      }
    }
    return elements;
  }
}
