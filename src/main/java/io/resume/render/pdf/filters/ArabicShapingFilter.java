package io.resume.render.pdf.filters;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Sits between the FO stylesheet and FOP and joins the Arabic letters of the text FOP lays out
 * ({@link ArabicShaper}). Only the PDF's: the HTML and DOCX are shaped by the browser or word
 * processor, and the prepared résumé keeps plain letters.
 *
 * <p>Only text inside {@code fo:page-sequence} is shaped: the metadata and bookmarks are read by
 * programs that shape for themselves, or search. A word split by an element (a bold part) is not
 * joined across it.
 */
public final class ArabicShapingFilter extends FoTextFilter {
  private int pageSequences;

  public ArabicShapingFilter(ContentHandler next) {
    super(next);
  }

  @Override
  boolean inScope() {
    return pageSequences > 0;
  }

  @Override
  void element(String uri, String localName, boolean start) {
    if (FO.equals(uri) && "page-sequence".equals(localName)) {
      pageSequences += start ? 1 : -1;
    }
  }

  @Override
  void text(String value) throws SAXException {
    pass(ArabicShaper.shape(value));
  }
}
