package io.resume.model;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stops parsing at an element nested deeper than {@link InputLimits#MAX_DEPTH}: the schema allows
 * {@code <em>} inside {@code <em>} without end, and every later step (checks, stylesheets,
 * renderers) would recurse once per level, so a hostile file could exhaust the stack.
 */
final class NestingLimit extends XMLFilterImpl {
  private final ProblemCollector problems;
  private Locator locator;
  private int depth;

  NestingLimit(ProblemCollector problems) {
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
    if (++depth > InputLimits.MAX_DEPTH) {
      problems.fatalError(
          new SAXParseException(
              "<"
                  + localName
                  + "> is nested "
                  + depth
                  + " elements deep, more than the "
                  + InputLimits.MAX_DEPTH
                  + " a résumé may use",
              locator));
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    depth--;
    super.endElement(uri, localName, qName);
  }
}
