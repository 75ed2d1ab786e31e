package io.resume.render.pdf.filters;

import static io.resume.render.pdf.filters.ArabicShaperTest.codePoints;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The filter shapes the text FOP lays out, in whole runs, and passes everything else on as it came.
 */
class ArabicShapingFilterTest {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";
  private static final String LAYLA = "\u0644\u064A\u0644\u0649";

  /**
   * What reaches FOP: element starts and ends as "<name>" and "</name>", each text as one entry.
   */
  private final List<String> received = new ArrayList<>();

  private final ArabicShapingFilter filter =
      new ArabicShapingFilter(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
              received.add("<" + localName + ">");
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
              received.add("</" + localName + ">");
            }

            @Override
            public void characters(char[] ch, int start, int length) {
              received.add(new String(ch, start, length));
            }
          });

  @Test
  void textOfThePagesIsShapedAndTheRestIsNot() throws SAXException {
    filter.startDocument();
    start("root");
    start("declarations");
    text(LAYLA); // the document's title in the metadata: programs read it as text
    end("declarations");
    start("page-sequence");
    start("block");
    text(LAYLA);
    end("block");
    end("page-sequence");
    start("bookmark-tree");
    text(LAYLA);
    end("bookmark-tree");
    end("root");
    filter.endDocument();

    assertEquals(
        List.of(
            "<root>",
            "<declarations>",
            LAYLA,
            "</declarations>",
            "<page-sequence>",
            "<block>",
            "\uFEDF\uFEF4\uFEE0\uFEF0",
            "</block>",
            "</page-sequence>",
            "<bookmark-tree>",
            LAYLA,
            "</bookmark-tree>",
            "</root>"),
        received);
  }

  @Test
  void aTextSplitIntoSeveralEventsIsShapedWhole() throws SAXException {
    start("page-sequence");
    start("block");
    text(LAYLA.substring(0, 2));
    text(LAYLA.substring(2));
    end("block");
    end("page-sequence");
    // Shaped apart, the halves would end and start words: FEDF FEF2 FEDF FEF0 (yeh final, lam
    // initial).
    assertEquals("FEDF FEF4 FEE0 FEF0", codePoints(received.get(2)));
    assertEquals(5, received.size(), received::toString);
  }

  @Test
  void anElementEndsTheRun() throws SAXException {
    start("page-sequence");
    text("\u0644");
    start("inline");
    text("\u0627");
    end("inline");
    end("page-sequence");
    // Not a lam-alef ligature across the element: each letter alone, isolated.
    assertEquals(
        List.of("<page-sequence>", "\uFEDD", "<inline>", "\uFE8D", "</inline>", "</page-sequence>"),
        received);
  }

  private void start(String name) throws SAXException {
    filter.startElement(FO, name, "fo:" + name, new AttributesImpl());
  }

  private void end(String name) throws SAXException {
    filter.endElement(FO, name, "fo:" + name);
  }

  private void text(String text) throws SAXException {
    filter.characters(text.toCharArray(), 0, text.length());
  }
}
