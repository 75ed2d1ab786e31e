package io.resume.render.pdf.font;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.fo.FOEventHandler;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontMetrics;
import org.apache.fop.fonts.FontTriplet;

/**
 * FOP's font table for one render, remembering which fonts a family list resolves to. FOP looks the
 * list up again for every block and inline of the document (a new key string for each family, style
 * and weight, and for every fallback it tries), which took a tenth of a PDF's time with our
 * four-family lists. The answer only changes when fonts are added, and then the memory is cleared.
 * Not thread-safe, like FOP's own: each render has its own.
 */
public final class LookupCachingFontInfo extends FontInfo {
  private record Lookup(List<String> families, String style, int weight) {}

  private final Map<Lookup, FontTriplet[]> lookups = new HashMap<>();

  /** FOP's handler of a PDF's formatting objects, with this font table in place of FOP's own. */
  public static FOEventHandler pdfHandler(FOUserAgent agent, OutputStream out) throws FOPException {
    return new AreaTreeHandler(agent, MimeConstants.MIME_PDF, out) {
      @Override
      protected void setupModel(FOUserAgent userAgent, String outputFormat, OutputStream stream)
          throws FOPException {
        // Called by AreaTreeHandler's constructor, before anything has read the font table.
        fontInfo = new LookupCachingFontInfo();
        fontInfo.setEventListener(new GlyphEvents(userAgent.getEventBroadcaster()));
        super.setupModel(userAgent, outputFormat, stream);
      }
    };
  }

  @Override
  public FontTriplet[] fontLookup(String[] families, String style, int weight) {
    Lookup lookup = new Lookup(List.of(families), style, weight);
    FontTriplet[] found = lookups.get(lookup);
    if (found == null) {
      found = super.fontLookup(families, style, weight);
      lookups.put(lookup, found);
    }
    return found.clone();
  }

  @Override
  public void addFontProperties(String internalFontKey, FontTriplet triplet) {
    lookups.clear();
    super.addFontProperties(internalFontKey, triplet);
  }

  @Override
  public void addMetrics(String internalFontKey, FontMetrics metrics) {
    lookups.clear();
    super.addMetrics(internalFontKey, metrics);
  }
}
