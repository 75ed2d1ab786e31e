package io.resume.xslt;

import io.resume.model.Links;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmValue;

/**
 * {@link Links}, the one rule of which addresses a résumé links to, as an XPath function for the
 * prepare step ({@code xsl/common/links.xsl}): {@code links:refusal($address as xs:string) as
 * xs:string?}, why the address is no link, or nothing when it is one.
 */
final class LinkRefusal implements ExtensionFunction {
  static final String NAMESPACE = "urn:resume:links";

  @Override
  public QName getName() {
    return new QName(NAMESPACE, "refusal");
  }

  @Override
  public SequenceType getResultType() {
    return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ZERO_OR_ONE);
  }

  @Override
  public SequenceType[] getArgumentTypes() {
    return new SequenceType[] {
      SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE)
    };
  }

  @Override
  public XdmValue call(XdmValue[] arguments) {
    String refusal = Links.refusal(arguments[0].itemAt(0).getStringValue());
    return refusal == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(refusal);
  }
}
