package io.resume.render.pdf.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Long runs get places to break, between an address's parts and then every few characters; nothing
 * else changes.
 */
class BreakOpportunitiesTest {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";
  private static final String Z = "\u200B";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Implemented a novel position-persistent mechanism, achieving 20% improvement.",
        "https://chenzhuofu.github.io/", // 29 characters: any line holds it
        "Softwareentwicklungsingenieur",
        "构建系统基础设施，为真实世界的应用带来更好的性能、可扩展性和可用性。构建系统基础设施，为真实世界的应用带来更好的性能。",
        ""
      })
  void textAnyLineHoldsIsLeftAsItIs(String text) {
    assertSame(text, BreakOpportunities.insert(text));
  }

  @Test
  void aLongAddressBreaksBetweenItsParts() {
    String address = "https://example.org/download/file.tar.gz?token=abc&user=ana#top";
    assertEquals(
        "https://"
            + Z
            + "example"
            + Z
            + ".org/"
            + Z
            + "download/"
            + Z
            + "file"
            + Z
            + ".tar"
            + Z
            + ".gz?"
            + Z
            + "token="
            + Z
            + "abc&"
            + Z
            + "user="
            + Z
            + "ana#"
            + Z
            + "top",
        BreakOpportunities.insert(address));
  }

  @Test
  void aLongWordBreaksEveryFewCharacters() {
    String word = "W" + "x".repeat(98) + "Z";
    String broken = BreakOpportunities.insert("A " + word + " here.");
    assertEquals("A " + word + " here.", broken.replace(Z, ""));
    for (String piece : broken.split("[ " + Z + "]")) {
      assertTrue(piece.length() <= BreakOpportunities.CHUNK, piece);
    }
  }

  @Test
  void neverInsideACharacterMadeOfSeveral() {
    // Letters with combining accents, an emoji with a skin tone, letters outside the BMP.
    String run =
        "e\u0301".repeat(20) + "\uD83D\uDC4D\uD83C\uDFFD".repeat(10) + "\uD835\uDC00".repeat(20);
    String broken = BreakOpportunities.insert(run);
    assertEquals(run, broken.replace(Z, ""));
    for (int i = broken.indexOf(Z); i >= 0; i = broken.indexOf(Z, i + 1)) {
      char after = broken.charAt(i + 1);
      assertTrue(
          after != '\u0301' && !Character.isLowSurrogate(after) && after != '\uD83C',
          "break at " + i);
    }
  }

  @Test
  void theFilterChangesOnlyTheTextOfTheFlowAndNotGraphics() throws SAXException {
    List<String> received = new ArrayList<>();
    BreakOpportunityFilter filter =
        new BreakOpportunityFilter(
            new DefaultHandler() {
              @Override
              public void characters(char[] ch, int start, int length) {
                received.add(new String(ch, start, length));
              }
            });
    String run = "y".repeat(45);
    filter.startDocument();
    start(filter, "root");
    start(filter, "declarations");
    text(filter, run);
    end(filter, "declarations");
    start(filter, "flow");
    text(filter, run.substring(0, 20));
    text(filter, run.substring(20));
    start(filter, "instream-foreign-object");
    text(filter, run);
    end(filter, "instream-foreign-object");
    end(filter, "flow");
    end(filter, "root");
    filter.endDocument();
    assertEquals(List.of(run, "y".repeat(20) + Z + "y".repeat(20) + Z + "yyyyy", run), received);
  }

  private static void start(BreakOpportunityFilter filter, String name) throws SAXException {
    filter.startElement(FO, name, "fo:" + name, new AttributesImpl());
  }

  private static void end(BreakOpportunityFilter filter, String name) throws SAXException {
    filter.endElement(FO, name, "fo:" + name);
  }

  private static void text(BreakOpportunityFilter filter, String text) throws SAXException {
    filter.characters(text.toCharArray(), 0, text.length());
  }
}
