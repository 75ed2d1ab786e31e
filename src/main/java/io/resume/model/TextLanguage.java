package io.resume.model;

import java.util.Locale;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.trans.SymbolicName;

/**
 * Which language a node of a canonical résumé is written in: its own {@code xml:lang}, else its
 * nearest ancestor's, lower-cased; '' when none has one. The one rule: {@link ResumeChecks} refuses
 * a second text in one language by it, and the stylesheets choose a text's alternative by it
 * ({@code xsl/common/filter.xsl}'s {@code f:language}, which calls {@code language:of}). It is Java
 * so that the reader's checks and the stylesheets cannot come to disagree.
 */
public final class TextLanguage {
  /** The namespace of the XPath function {@code language:of($node as node()) as xs:string}. */
  public static final String NAMESPACE = "urn:resume:language";

  private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");

  private TextLanguage() {}

  /** The node's language; an attribute's or a text's is its element's. */
  public static String of(XdmNode node) {
    XdmNode element = node.getNodeKind() == XdmNodeKind.ELEMENT ? node : node.getParent();
    for (XdmNode at = element;
        at != null && at.getNodeKind() == XdmNodeKind.ELEMENT;
        at = at.getParent()) {
      String lang = at.getAttributeValue(XML_LANG);
      if (lang != null) {
        return lang.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * Makes {@code language:of} known to every stylesheet and XPath expression the processor compiles
   * from now on (every {@code Stylesheets} and {@link ResumeChecks} call it). Only when it is not
   * known yet: a pipeline's reader is built while other threads compile stylesheets on the same
   * processor, and Saxon's table of functions is a plain map, safe to read at once but not to
   * write.
   */
  public static void register(Processor processor) {
    SymbolicName.F name = new SymbolicName.F(new StructuredQName("language", NAMESPACE, "of"), 1);
    if (!processor
        .getUnderlyingConfiguration()
        .getIntegratedFunctionLibrary()
        .isAvailable(name, 31)) {
      processor.registerExtensionFunction(new Function());
    }
  }

  /** {@link #of} as the XPath function {@code language:of($node as node()) as xs:string}. */
  private static final class Function implements ExtensionFunction {
    @Override
    public QName getName() {
      return new QName(NAMESPACE, "of");
    }

    @Override
    public SequenceType getResultType() {
      return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);
    }

    @Override
    public SequenceType[] getArgumentTypes() {
      return new SequenceType[] {
        SequenceType.makeSequenceType(ItemType.ANY_NODE, OccurrenceIndicator.ONE)
      };
    }

    @Override
    public XdmValue call(XdmValue[] arguments) {
      return new XdmAtomicValue(of((XdmNode) arguments[0].itemAt(0)));
    }
  }
}
