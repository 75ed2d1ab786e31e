package io.resume.render.pdf;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the FO stylesheet and FOP and gives the long runs of the text FOP lays out places
 * to break ({@link BreakOpportunities}). A filter on the SAX stream, like
 * {@link ArabicShapingFilter}: it reaches every text of the page body, those of a user's own
 * stylesheets too, and only the PDF's (the HTML and DOCX wrap long words themselves).
 *
 * <p>Only text inside {@code fo:flow} is changed, not inside a graphic
 * ({@code fo:instream-foreign-object}). Adjacent character events are joined first, as Saxon may
 * split a text anywhere; a run split by an element (a bold part) is measured in its parts.
 */
final class BreakOpportunityFilter extends XMLFilterImpl {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";

  private final StringBuilder text = new StringBuilder();
  private int flows;
  private int graphics;

  BreakOpportunityFilter(ContentHandler next) {
    setContentHandler(next);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (flows == 0 || graphics > 0) {
      super.characters(ch, start, length);
    } else {
      text.append(ch, start, length);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    flush();
    if (FO.equals(uri) && "flow".equals(localName)) {
      flows++;
    } else if (FO.equals(uri) && "instream-foreign-object".equals(localName)) {
      graphics++;
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    flush();
    if (FO.equals(uri) && "flow".equals(localName)) {
      flows--;
    } else if (FO.equals(uri) && "instream-foreign-object".equals(localName)) {
      graphics--;
    }
    super.endElement(uri, localName, qName);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    flush();
    super.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    flush();
    super.processingInstruction(target, data);
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    flush();
    super.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    flush();
    super.endPrefixMapping(prefix);
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    flush();
    super.skippedEntity(name);
  }

  @Override
  public void endDocument() throws SAXException {
    flush();
    super.endDocument();
  }

  private void flush() throws SAXException {
    if (text.isEmpty()) {
      return;
    }
    String broken = BreakOpportunities.insert(text.toString());
    text.setLength(0);
    super.characters(broken.toCharArray(), 0, broken.length());
  }
}
