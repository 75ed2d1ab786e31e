package io.resume.xslt;

import io.resume.model.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Runs the prepare step (xsl/common/prepare.xsl): canonical résumé → prepared résumé, for one
 * {@link Variant}. Also gives the variant's canonical résumé (xsl/common/filter.xsl), the one an
 * output may embed, and the texts that lack a language.
 */
public final class Preparer {
  private static final QName LANG = new QName("lang");
  private static final QName TARGET = new QName("target");
  private static final QName INCLUDE_PRIVATE = new QName("include-private");
  private static final QName DAYS = new QName("days");
  private static final QName UNTRANSLATED = new QName("urn:resume:functions", "untranslated");
  private static final QName SELECT_VERSION = new QName("urn:resume:functions", "select-version");
  private static final String STYLESHEET = "common/prepare.xsl";
  private final Stylesheets stylesheets;

  public Preparer(Stylesheets stylesheets) {
    this.stylesheets = stylesheets;
  }

  /**
   * @param lang the labels' language, or empty for the résumé's own
   */
  public XdmNode prepare(XdmNode source, String lang, Warnings warnings) {
    return prepareVariant(source, Variant.lang(lang), warnings);
  }

  /** Compiles the prepare stylesheet now, if it is not yet: every render needs it. */
  public void compile() {
    stylesheets.get(STYLESHEET);
  }

  public XdmNode prepareVariant(XdmNode source, Variant variant, Warnings warnings) {
    Xslt30Transformer transformer = stylesheets.load(STYLESHEET, warnings);
    return run(
        transformer,
        source,
        Map.of(
            LANG, new XdmAtomicValue(variant.lang() == null ? "" : variant.lang()),
            TARGET, new XdmAtomicValue(variant.target() == null ? "" : variant.target()),
            INCLUDE_PRIVATE, new XdmAtomicValue(variant.includePrivate()),
            DAYS, new XdmAtomicValue(variant.days())),
        "prepare step");
  }

  /**
   * The canonical résumé with only this variant's items (every language kept): still valid against
   * resume.xsd, and without the private items unless they are included. The source itself when the
   * variant leaves nothing out. The prepare stylesheet's own {@code f:select-version} (filter.xsl,
   * which it imports): compiled already, and the one place that knows what a version leaves out.
   */
  public XdmNode selectVersion(XdmNode source, Variant variant) {
    Xslt30Transformer transformer = stylesheets.transformer(STYLESHEET);
    try {
      return (XdmNode)
          transformer.callFunction(
              SELECT_VERSION,
              new XdmValue[] {
                source,
                new XdmAtomicValue(variant.target() == null ? "" : variant.target()),
                new XdmAtomicValue(variant.includePrivate())
              });
    } catch (SaxonApiException e) {
      throw new StylesheetException("version filter failed: " + e.getMessage(), e);
    }
  }

  /**
   * The texts (or sections, for their title) that have no alternative in {@code lang}, in document
   * order.
   */
  public List<XdmNode> untranslated(XdmNode source, String lang) {
    Xslt30Transformer transformer = stylesheets.transformer("common/filter.xsl");
    try {
      XdmValue found =
          transformer.callFunction(UNTRANSLATED, new XdmValue[] {source, new XdmAtomicValue(lang)});
      List<XdmNode> nodes = new ArrayList<>();
      for (XdmItem item : found) {
        nodes.add((XdmNode) item);
      }
      return nodes;
    } catch (SaxonApiException e) {
      throw new StylesheetException("language check failed: " + e.getMessage(), e);
    }
  }

  private static XdmNode run(
      Xslt30Transformer transformer, XdmNode source, Map<QName, XdmValue> parameters, String what) {
    XdmDestination result = new XdmDestination();
    try {
      transformer.setStylesheetParameters(parameters);
      transformer.setGlobalContextItem(source);
      transformer.applyTemplates(source, result);
    } catch (SaxonApiException e) {
      throw new StylesheetException(what + " failed: " + e.getMessage(), e);
    }
    return result.getXdmNode();
  }
}
