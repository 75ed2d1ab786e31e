package io.resume.render.pdf.filters;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Sits between the FO stylesheet and FOP and gives the long runs of the text FOP lays out places to
 * break ({@link BreakOpportunities}). Only the PDF's: the HTML and DOCX wrap long words themselves.
 *
 * <p>Only text inside {@code fo:flow} is changed, not inside a graphic ({@code
 * fo:instream-foreign-object}). A run split by an element (a bold part) is measured in its parts.
 */
public final class BreakOpportunityFilter extends FoTextFilter {
  private int flows;
  private int graphics;

  public BreakOpportunityFilter(ContentHandler next) {
    super(next);
  }

  @Override
  boolean inScope() {
    return flows > 0 && graphics == 0;
  }

  @Override
  void element(String uri, String localName, boolean start) {
    if (FO.equals(uri) && "flow".equals(localName)) {
      flows += start ? 1 : -1;
    } else if (FO.equals(uri) && "instream-foreign-object".equals(localName)) {
      graphics += start ? 1 : -1;
    }
  }

  @Override
  void text(String value) throws SAXException {
    pass(BreakOpportunities.insert(value));
  }
}
