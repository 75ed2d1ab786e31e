package io.resume.equivalence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * What a reader must see, derived from the prepared résumé: every text item (name, contact,
 * heading, row, aside, paragraph, list item with its label) in reading order, and every link. A
 * list item's paragraphs and lists (a list inside a list) are items of their own.
 */
public final class ReaderItems {
  private static final String ITEMS =
      String.join(
          " | ",
          "/v:document/v:header/(v:name | v:headline | v:contact)",
          "/v:document/v:section/v:heading",
          "//v:row/(v:text | v:aside)",
          "//v:para",
          "//v:item");
  private static final String LINKS = "//v:link/@href | //v:contact/@href";

  private ReaderItems() {}

  /** The text items in document order; a numbered item keeps its label ("[1] …"). */
  public static List<String> textItems(XdmNode view) {
    List<String> items = new ArrayList<>();
    for (XdmItem item : select(view, "(" + ITEMS + ")")) {
      XdmNode node = (XdmNode) item;
      // A numbered item's label ("[1]") is part of what the reader sees, and so is a profile's
      // network ("GitHub", before the handle: each format sets it off its own way); the label of
      // another contact (an address) only names its icon.
      if ("profile".equals(node.attribute("kind"))) {
        items.add(node.attribute("label"));
      }
      boolean listItem = "item".equals(node.getNodeName().getLocalName());
      String label = listItem ? node.attribute("label") : null;
      // An item's own text: the paragraphs and lists it holds are items of their own, after it.
      String text =
          (label == null ? "" : label + " ") + (listItem ? ownText(node) : node.getStringValue());
      if (!normalize(text).isEmpty()) {
        items.add(text.strip().replaceAll("\\s+", " "));
      }
    }
    return items;
  }

  private static String ownText(XdmNode item) {
    StringBuilder text = new StringBuilder();
    for (XdmNode child : item.children()) {
      String name = child.getNodeName() == null ? "" : child.getNodeName().getLocalName();
      if (!name.equals("para") && !name.equals("list")) {
        text.append(child.getStringValue());
      }
    }
    return text.toString();
  }

  /** Every external link target of the résumé. */
  public static Set<String> links(XdmNode view) {
    Set<String> links = new LinkedHashSet<>();
    for (XdmItem item : select(view, LINKS)) {
      links.add(item.getStringValue());
    }
    return links;
  }

  /**
   * The form in which texts are compared: NFKC (FOP writes ligatures such as "ﬁ") and no white
   * space at all, since each format breaks lines, and spaces around superscripts, its own way; nor
   * the invisible direction marks (U+200E, U+200F), which a PDF's text need not keep.
   */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u00A0\\u200B\\u200E\\u200F]+", "");
  }

  private static Iterable<XdmItem> select(XdmNode view, String xpath) {
    XPathCompiler compiler = view.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", "urn:resume:view:1");
    try {
      return compiler.evaluate(xpath, view);
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }
}
