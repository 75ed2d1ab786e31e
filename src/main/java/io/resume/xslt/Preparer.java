package io.resume.xslt;

import io.resume.render.Warnings;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import java.util.Map;

/** Runs the prepare step (xsl/common/prepare.xsl): canonical résumé → prepared résumé. */
public final class Preparer {
  private static final QName LANG = new QName("lang");
  private final Stylesheets stylesheets;

  public Preparer(Stylesheets stylesheets) {
    this.stylesheets = stylesheets;
  }

  /**
   * @param lang the labels' language, or empty for the résumé's own
   */
  public XdmNode prepare(XdmNode source, String lang, Warnings warnings) {
    Xslt30Transformer transformer = stylesheets.load("common/prepare.xsl", warnings);
    XdmDestination result = new XdmDestination();
    try {
      transformer.setStylesheetParameters(Map.of(LANG, new XdmAtomicValue(lang == null ? "" : lang)));
      transformer.setGlobalContextItem(source);
      transformer.applyTemplates(source, result);
    } catch (SaxonApiException e) {
      throw new StylesheetException("prepare step failed: " + e.getMessage(), e);
    }
    return result.getXdmNode();
  }
}
