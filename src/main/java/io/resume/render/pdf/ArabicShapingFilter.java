package io.resume.render.pdf;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the FO stylesheet and FOP and joins the Arabic letters of the text FOP lays out
 * ({@link ArabicShaper}). A filter on the SAX stream rather than a function the stylesheets call:
 * it reaches every text, those of a user's own stylesheets too, and only the PDF's; the HTML and
 * DOCX are shaped by the browser or word processor, and the prepared résumé keeps plain letters.
 *
 * <p>Only text inside {@code fo:page-sequence} is shaped: the metadata and bookmarks are read by
 * programs that shape for themselves, or search. Adjacent character events are joined first, as a
 * parser or Saxon may split a text anywhere; a word split by an element (a bold part) is not
 * joined across it.
 */
final class ArabicShapingFilter extends XMLFilterImpl {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";
  private static final String PAGE_SEQUENCE = "page-sequence";

  private final StringBuilder text = new StringBuilder();
  private int pageSequences;

  ArabicShapingFilter(ContentHandler next) {
    setContentHandler(next);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (pageSequences == 0) {
      super.characters(ch, start, length);
    } else {
      text.append(ch, start, length);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    flush();
    if (FO.equals(uri) && PAGE_SEQUENCE.equals(localName)) {
      pageSequences++;
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    flush();
    if (FO.equals(uri) && PAGE_SEQUENCE.equals(localName)) {
      pageSequences--;
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
    String shaped = ArabicShaper.shape(text.toString());
    text.setLength(0);
    super.characters(shaped.toCharArray(), 0, shaped.length());
  }
}
