package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.transform.Source;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/**
 * XMLUnit over the page's DOM: each section of the source, in order, has its section element,
 * heading, entries, rows and list items, compared with the prepared résumé rather than a golden
 * file.
 */
class HtmlStructureTest {
  private static XdmNode view;
  private static Source page;
  private static final XPathEngine XPATH = new JAXPXPathEngine();

  @BeforeAll
  static void render() throws Exception {
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    view = resume.view();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.HTML).render(resume, out, Warnings.IGNORE);
    org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(out.toString(StandardCharsets.UTF_8)));
    page = Input.fromDocument(dom).build();
    XPATH.setNamespaceContext(Map.of("h", "http://www.w3.org/1999/xhtml"));
  }

  @Test
  void eachSectionHasItsHeadingEntriesAndItems() throws Exception {
    XPathCompiler compiler = view.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", "urn:resume:view:1");
    int index = 0;
    for (XdmItem item : compiler.evaluate("/v:document/v:section", view)) {
      index++;
      XdmNode section = (XdmNode) item;
      String at = "(//h:main/h:section)[" + index + "]";
      assertEquals(section.attribute("id"), XPATH.evaluate(at + "/@id", page));
      assertEquals(
          text(compiler, section, "v:heading"),
          XPATH.evaluate("normalize-space(" + at + "/h:h2)", page));
      assertEquals(
          count(compiler, section, "v:entry"),
          XPATH.evaluate("count(" + at + "/h:article)", page),
          at);
      assertEquals(
          count(compiler, section, ".//v:item"),
          XPATH.evaluate("count(" + at + "//h:li)", page),
          at);
      assertEquals(
          count(compiler, section, ".//v:row[@role = 'title']"),
          XPATH.evaluate("count(" + at + "//h:h3)", page),
          at);
      assertEquals(
          count(compiler, section, "v:para"), XPATH.evaluate("count(" + at + "/h:p)", page), at);
    }
    assertEquals(String.valueOf(index), XPATH.evaluate("count(//h:main/h:section)", page));
  }

  @Test
  void theHeaderHasTheNameAndOneListItemPerContact() throws Exception {
    XPathCompiler compiler = view.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", "urn:resume:view:1");
    assertEquals(
        text(compiler, view, "/v:document/v:header/v:name"),
        XPATH.evaluate("normalize-space(//h:header/h:h1)", page));
    assertEquals(
        count(compiler, view, "/v:document/v:header/v:contact"),
        XPATH.evaluate("count(//h:header//h:li)", page));
  }

  private static String text(XPathCompiler compiler, XdmNode context, String xpath)
      throws Exception {
    return compiler.evaluateSingle("normalize-space(" + xpath + ")", context).getStringValue();
  }

  private static String count(XPathCompiler compiler, XdmNode context, String xpath)
      throws Exception {
    return compiler.evaluateSingle("count(" + xpath + ")", context).getStringValue();
  }
}
