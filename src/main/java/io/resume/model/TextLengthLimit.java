package io.resume.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stops parsing at an attribute longer than {@link InputLimits#MAX_TEXT}, or a text twice that,
 * before the schema sees it: the schema's patterns take time that grows with the square of a
 * value's length (an e-mail address of 200,000 characters took 23 seconds to refuse, one of 500,000
 * minutes). {@link ResumeChecks} measures every block to the character, whatever inline markup
 * splits its text, and tells by how much it is over. The {@code <extensions>} of a résumé (JSON
 * kept verbatim, never shown) are left to the file's limit.
 */
final class TextLengthLimit extends XMLFilterImpl {
  private static final String NAMESPACE = "urn:resume:1";
  private final ProblemCollector problems;
  private final Deque<String> elements = new ArrayDeque<>();
  private Locator locator;
  private int run; // characters since the last tag
  private int extensionsDepth = -1; // the depth of <extensions>, or -1 outside them
  private int line;
  private int column;

  TextLengthLimit(ProblemCollector problems) {
    this.problems = problems;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    super.setDocumentLocator(locator);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    run = 0;
    if (elements.size() == 1 && NAMESPACE.equals(uri) && localName.equals("extensions")) {
      extensionsDepth = 1;
    }
    line = locator == null ? 0 : locator.getLineNumber();
    column = locator == null ? 0 : locator.getColumnNumber();
    if (extensionsDepth < 0) {
      for (int i = 0; i < atts.getLength(); i++) {
        if (atts.getValue(i).length() > InputLimits.MAX_TEXT) {
          problems.fatalError(
              new SAXParseException(
                  String.format(
                      Locale.ROOT,
                      "the attribute %s of <%s> holds %,d characters, more than the %,d one text of a résumé may have: shorten it",
                      atts.getLocalName(i),
                      localName,
                      atts.getValue(i).length(),
                      InputLimits.MAX_TEXT),
                  locator));
        }
      }
    }
    elements.push(localName);
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    run += length;
    if (run > 2 * InputLimits.MAX_TEXT && extensionsDepth < 0) {
      problems.fatalError(
          new SAXParseException(
              String.format(
                  Locale.ROOT,
                  "<%s> holds more than the %,d characters one text of a résumé may have (refused without reading the rest):"
                      + " shorten or split it",
                  elements.isEmpty() ? "resume" : elements.peek(),
                  InputLimits.MAX_TEXT),
              null,
              null,
              line,
              column));
    }
    super.characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    run = 0;
    elements.pop();
    if (elements.size() < extensionsDepth) {
      extensionsDepth = -1;
    }
    super.endElement(uri, localName, qName);
  }
}
