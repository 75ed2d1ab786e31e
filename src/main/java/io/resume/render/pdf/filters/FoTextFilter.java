package io.resume.render.pdf.filters;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A filter between the FO stylesheet and FOP that changes the text FOP lays out. A filter on the
 * SAX stream rather than a function the stylesheets call: it reaches every text, those of a user's
 * own stylesheets too, and only the PDF's. Adjacent character events are joined first, as a parser
 * or Saxon may split a text anywhere, and handed to {@link #text} whole: a text ends at any other
 * event, so a word split by an element (a bold part) reaches it in its parts.
 */
abstract class FoTextFilter extends XMLFilterImpl {
  static final String FO = "http://www.w3.org/1999/XSL/Format";

  private final StringBuilder text = new StringBuilder();

  FoTextFilter(ContentHandler next) {
    setContentHandler(next);
  }

  /** Whether the text at this point of the document is this filter's to change. */
  abstract boolean inScope();

  /** An element starts or ends: the text before it has been handed on. */
  abstract void element(String uri, String localName, boolean start);

  /** One whole text in scope, to be passed on ({@link #pass}) as this filter changes it. */
  abstract void text(String value) throws SAXException;

  /** Text to the next handler as it is. */
  final void pass(String value) throws SAXException {
    super.characters(value.toCharArray(), 0, value.length());
  }

  /** Text to the next handler in an {@code fo:inline} of its own. */
  final void passInline(String value) throws SAXException {
    super.startElement(FO, "inline", "fo:inline", new AttributesImpl());
    pass(value);
    super.endElement(FO, "inline", "fo:inline");
  }

  @Override
  public final void characters(char[] ch, int start, int length) throws SAXException {
    if (inScope()) {
      text.append(ch, start, length);
    } else {
      super.characters(ch, start, length);
    }
  }

  @Override
  public final void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    flush();
    element(uri, localName, true);
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public final void endElement(String uri, String localName, String qName) throws SAXException {
    flush();
    element(uri, localName, false);
    super.endElement(uri, localName, qName);
  }

  @Override
  public final void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    flush();
    super.ignorableWhitespace(ch, start, length);
  }

  @Override
  public final void processingInstruction(String target, String data) throws SAXException {
    flush();
    super.processingInstruction(target, data);
  }

  @Override
  public final void startPrefixMapping(String prefix, String uri) throws SAXException {
    flush();
    super.startPrefixMapping(prefix, uri);
  }

  @Override
  public final void endPrefixMapping(String prefix) throws SAXException {
    flush();
    super.endPrefixMapping(prefix);
  }

  @Override
  public final void skippedEntity(String name) throws SAXException {
    flush();
    super.skippedEntity(name);
  }

  @Override
  public final void endDocument() throws SAXException {
    flush();
    super.endDocument();
  }

  private void flush() throws SAXException {
    if (text.isEmpty()) {
      return;
    }
    String value = text.toString();
    text.setLength(0);
    text(value);
  }
}
