package io.resume.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.functions.IntegratedFunctionLibrary;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.trans.SymbolicName;
import org.junit.jupiter.api.Test;

/**
 * The language of a node: its own xml:lang, else its nearest ancestor's, lower-cased; '' when none.
 */
class TextLanguageTest {
  private static final Processor PROCESSOR = new Processor(false);

  static {
    TextLanguage.register(PROCESSOR);
  }

  private static final XdmNode RESUME =
      parse(
          """
          <resume xmlns="urn:resume:1" xml:lang="en">
            <basics><name>Ada</name><name xml:lang="zh">艾达</name></basics>
            <work title="Erfahrung" xml:lang="DE-at">
              <position><role>Praktikantin</role><role xml:lang="FR">Stagiaire</role></position>
            </work>
          </resume>
          """);

  @Test
  void itsOwn() {
    assertEquals("zh", TextLanguage.of(node("/r:resume/r:basics/r:name[2]")));
  }

  @Test
  void inheritedFromTheNearestAncestor() {
    assertEquals("de-at", TextLanguage.of(node("//r:role[1]")), "the section's, not the root's");
    assertEquals(
        "de-at", TextLanguage.of(node("//r:role[1]/text()")), "a text node's is its element's");
    assertEquals(
        "de-at",
        TextLanguage.of(node("/r:resume/r:work/@title")),
        "an attribute's is its element's");
  }

  @Test
  void inheritedFromTheRoot() {
    assertEquals("en", TextLanguage.of(node("/r:resume/r:basics/r:name[1]")));
    assertEquals("en", TextLanguage.of(node("/r:resume")));
  }

  @Test
  void noneIsEmpty() {
    XdmNode none = parse("<resume xmlns='urn:resume:1'><basics><name>Ada</name></basics></resume>");
    assertEquals("", TextLanguage.of(select(none, "//r:name").get(0)));
    assertEquals("", TextLanguage.of(none), "the document node");
    assertEquals(
        "",
        TextLanguage.of(select(parse("<a xml:lang=''><b/></a>"), "//*:b").get(0)),
        "xml:lang='' says no language, and is the nearest");
  }

  @Test
  void upperCaseIsLowered() {
    assertEquals("fr", TextLanguage.of(node("//r:role[2]")));
  }

  /** language:of, the XPath function the stylesheets and the checks call, is the same rule. */
  @Test
  void theXPathFunctionIsTheSameRule() throws SaxonApiException {
    XPathCompiler xpath = compiler();
    List<String> java = new ArrayList<>();
    List<String> function = new ArrayList<>();
    for (XdmItem item : select(RESUME, "//node() | //@*")) {
      java.add(TextLanguage.of((XdmNode) item));
    }
    for (XdmItem item : xpath.evaluate("(//node() | //@*) ! language:of(.)", RESUME)) {
      function.add(item.getStringValue());
    }
    assertEquals(java, function);
    assertEquals(List.of("en", "zh", "de-at", "fr"), java.stream().distinct().toList());
  }

  private static XdmNode node(String path) {
    List<XdmNode> found = select(RESUME, path);
    assertEquals(1, found.size(), path);
    return found.get(0);
  }

  private static List<XdmNode> select(XdmNode context, String path) {
    try {
      List<XdmNode> nodes = new ArrayList<>();
      for (XdmItem item : compiler().evaluate(path, context)) {
        nodes.add((XdmNode) item);
      }
      return nodes;
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }

  private static XPathCompiler compiler() {
    XPathCompiler xpath = PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("r", "urn:resume:1");
    xpath.declareNamespace("language", TextLanguage.NAMESPACE);
    return xpath;
  }

  private static XdmNode parse(String xml) {
    try {
      return PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Registering where the function is known already writes nothing (another thread may be compiling
   * on the processor): the check it relies on sees the function once registered.
   */
  @Test
  void theFunctionIsRegisteredOnlyWhereItIsNotKnown() {
    Processor processor = new Processor(false);
    IntegratedFunctionLibrary library =
        processor.getUnderlyingConfiguration().getIntegratedFunctionLibrary();
    SymbolicName.F name =
        new SymbolicName.F(new StructuredQName("language", TextLanguage.NAMESPACE, "of"), 1);
    assertFalse(library.isAvailable(name, 31));
    TextLanguage.register(processor);
    assertTrue(library.isAvailable(name, 31));
  }
}
