package io.resume.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Entries written twice: an entry of a section (a position, an award…) whose text is the same as an
 * earlier entry's of the same kind of section. {@link ResumeChecks} reports them in XML; JSON
 * Resume import shows such an entry once.
 */
public final class Repeats {
  private Repeats() {}

  /** Each repeating entry of the résumé, with the earlier entry it repeats, in document order. */
  public static Map<XdmNode, XdmNode> in(XdmNode resume) {
    XdmNode root = resume.getNodeKind() == XdmNodeKind.DOCUMENT ? firstElement(resume) : resume;
    Map<String, XdmNode> seen = new HashMap<>();
    Map<XdmNode, XdmNode> repeats = new LinkedHashMap<>();
    for (XdmNode section : root.children()) {
      if (section.getNodeKind() != XdmNodeKind.ELEMENT || isNotASection(section)) {
        continue;
      }
      for (XdmNode entry : section.children()) {
        if (entry.getNodeKind() == XdmNodeKind.ELEMENT) {
          XdmNode first = seen.putIfAbsent(key(entry), entry);
          if (first != null) {
            repeats.put(entry, first);
          }
        }
      }
    }
    return repeats;
  }

  /** What makes two entries the same: the kind of section and the text, spaces folded. */
  static String key(XdmNode entry) {
    return entry.getParent().getNodeName().getLocalName()
        + "\u0000"
        + entry.getStringValue().replaceAll("\\s+", " ").strip();
  }

  private static boolean isNotASection(XdmNode element) {
    String name = element.getNodeName().getLocalName();
    return name.equals("basics") || name.equals("extensions");
  }

  private static XdmNode firstElement(XdmNode document) {
    for (XdmNode child : document.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        return child;
      }
    }
    return document;
  }
}
