package io.resume.render.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Puts the children of every w:rPr in the order of the schema (ECMA-376 CT_RPr). POI's schema
 * classes append run properties in the order they are set (bold, then fonts, then size...), but the
 * schema Word validates against is a sequence, and LibreOffice is lenient where Word is not:
 * properties out of order may be dropped or make Word call the file damaged.
 */
final class RunPropertyOrder {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final List<String> ORDER =
      List.of(
          "rStyle",
          "rFonts",
          "b",
          "bCs",
          "i",
          "iCs",
          "caps",
          "smallCaps",
          "strike",
          "dstrike",
          "outline",
          "shadow",
          "emboss",
          "imprint",
          "noProof",
          "snapToGrid",
          "vanish",
          "webHidden",
          "color",
          "spacing",
          "w",
          "kern",
          "position",
          "sz",
          "szCs",
          "highlight",
          "u",
          "effect",
          "bdr",
          "shd",
          "fitText",
          "vertAlign",
          "rtl",
          "cs",
          "em",
          "lang",
          "eastAsianLayout",
          "specVanish",
          "oMath",
          "rPrChange");
  private static final String ALL_RUN_PROPERTIES = "declare namespace w='" + W + "' .//w:rPr";

  private RunPropertyOrder() {}

  /** Orders the run properties of the body, the styles and the numbering. */
  static void apply(XWPFDocument doc) {
    order(doc.getDocument());
    if (doc.getStyles() != null) {
      order(doc.getStyles().getCtStyles());
    }
    if (doc.getNumbering() != null) {
      doc.getNumbering().getAbstractNums().forEach(n -> order(n.getCTAbstractNum()));
    }
  }

  private static void order(XmlObject root) {
    for (XmlObject properties : root.selectPath(ALL_RUN_PROPERTIES)) {
      sort(properties);
    }
  }

  /** Moves the known children, in schema order, to the end: what is left in front is unknown. */
  private static void sort(XmlObject properties) {
    List<Child> known = new ArrayList<>();
    try (XmlCursor child = properties.newCursor()) {
      if (!child.toFirstChild()) {
        return;
      }
      do {
        QName name = child.getName();
        int rank = W.equals(name.getNamespaceURI()) ? ORDER.indexOf(name.getLocalPart()) : -1;
        if (rank >= 0) {
          known.add(new Child(rank, child.getObject()));
        }
      } while (child.toNextSibling());
    }
    known.sort(Comparator.comparingInt(Child::rank)); // stable: repeated elements keep their order
    for (Child element : known) {
      try (XmlCursor from = element.object().newCursor();
          XmlCursor end = properties.newCursor()) {
        end.toEndToken();
        from.moveXml(end);
      }
    }
  }

  private record Child(int rank, XmlObject object) {}
}
