package io.resume.render.pdf.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * CJK runs that touch other characters get an inline of their own; everything else passes as it
 * came.
 */
class ScriptRunFilterTest {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";

  /**
   * What reaches the next handler: element starts and ends as "<name>" and "</name>", each text as
   * one entry.
   */
  private final List<String> received = new ArrayList<>();

  private final ScriptRunFilter filter =
      new ScriptRunFilter(
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
  void cjkRunsInsideAWordGetAnInline() throws SAXException {
    inBlock("Research Intern（导师：Zhihao Jia）");
    assertEquals(
        List.of(
            "<page-sequence>",
            "<block>",
            "Research Intern",
            "<inline>",
            "（导师：",
            "</inline>",
            "Zhihao Jia",
            "<inline>",
            "）",
            "</inline>",
            "</block>",
            "</page-sequence>"),
        received);
  }

  @Test
  void digitsAndLatinStayOutsideAndSpacesGoWithTheRunBeforeThem() throws SAXException {
    inBlock("Wang*、Chen 2024年");
    assertEquals(
        List.of(
            "<page-sequence>",
            "<block>",
            "Wang*",
            "<inline>",
            "、",
            "</inline>",
            "Chen 2024",
            "<inline>",
            "年",
            "</inline>",
            "</block>",
            "</page-sequence>"),
        received);
  }

  @Test
  void textOfOneKindIsNotCut() throws SAXException {
    inBlock("研究实习生（导师：贾志豪）");
    inBlock("Разработчик Python, Μηχανικός, מפתח Java, مطور Java");
    assertEquals(
        List.of(
            "<page-sequence>",
            "<block>",
            "研究实习生（导师：贾志豪）",
            "</block>",
            "</page-sequence>",
            "<page-sequence>",
            "<block>",
            "Разработчик Python, Μηχανικός, מפתח Java, مطور Java",
            "</block>",
            "</page-sequence>"),
        received);
  }

  /**
   * Combining marks stay with their letter; text where an inline may not stand (an SVG's) is left
   * alone.
   */
  @Test
  void marksJoinTheirRunAndForeignTextIsLeftAlone() throws SAXException {
    inBlock("Café\u0301漢");
    filter.startElement(FO, "page-sequence", "fo:page-sequence", new AttributesImpl());
    filter.startElement("http://www.w3.org/2000/svg", "title", "svg:title", new AttributesImpl());
    text("Mail 邮件");
    filter.endElement("http://www.w3.org/2000/svg", "title", "svg:title");
    filter.endElement(FO, "page-sequence", "fo:page-sequence");
    assertEquals(
        List.of(
            "<page-sequence>",
            "<block>",
            "Café\u0301",
            "<inline>",
            "漢",
            "</inline>",
            "</block>",
            "</page-sequence>",
            "<page-sequence>",
            "<title>",
            "Mail 邮件",
            "</title>",
            "</page-sequence>"),
        received);
  }

  private void inBlock(String value) throws SAXException {
    filter.startElement(FO, "page-sequence", "fo:page-sequence", new AttributesImpl());
    filter.startElement(FO, "block", "fo:block", new AttributesImpl());
    // Split in two events, as a parser or Saxon may: the filter joins them first.
    int half = value.length() / 2;
    text(value.substring(0, half));
    text(value.substring(half));
    filter.endElement(FO, "block", "fo:block");
    filter.endElement(FO, "page-sequence", "fo:page-sequence");
  }

  private void text(String value) throws SAXException {
    filter.characters(value.toCharArray(), 0, value.length());
  }
}
