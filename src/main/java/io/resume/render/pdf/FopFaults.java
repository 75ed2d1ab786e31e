package io.resume.render.pdf;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits in front of FOP's SAX handler and turns the faults FOP reports unchecked (a link that is no
 * URI, a rule of PDF/A it cannot keep) into {@link SAXException}s. Saxon, which pushes the FO into
 * FOP, prints the stack trace of any unchecked exception a template's output throws before it wraps
 * it; a SAXException it reports as the transformation's error, and the render fails with one line.
 */
final class FopFaults extends XMLFilterImpl {
  /** One call into FOP's handler. */
  @FunctionalInterface
  private interface Call {
    void run() throws SAXException;
  }

  FopFaults(ContentHandler fop) {
    setContentHandler(fop);
  }

  private static void checked(Call call) throws SAXException {
    try {
      call.run();
    } catch (RuntimeException e) {
      throw new SAXException(e);
    }
  }

  @Override
  public void startDocument() throws SAXException {
    checked(super::startDocument);
  }

  @Override
  public void endDocument() throws SAXException {
    checked(super::endDocument);
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    checked(() -> super.startPrefixMapping(prefix, uri));
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    checked(() -> super.endPrefixMapping(prefix));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    checked(() -> super.startElement(uri, localName, qName, atts));
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    checked(() -> super.endElement(uri, localName, qName));
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    checked(() -> super.characters(ch, start, length));
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    checked(() -> super.ignorableWhitespace(ch, start, length));
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    checked(() -> super.processingInstruction(target, data));
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    checked(() -> super.skippedEntity(name));
  }
}
