package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.ResumeReader;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.xslt.Preparer;
import io.resume.xslt.StylesheetException;
import io.resume.xslt.Stylesheets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/**
 * The XSL-FO made from the real résumé: every section, entry and link there, laid out with the
 * agreed keeps and no tables.
 */
class PdfFormattingObjectsTest {
  private static final Map<String, String> NAMESPACES =
      Map.of(
          "fo", "http://www.w3.org/1999/XSL/Format",
          "fox", "http://xmlgraphics.apache.org/fop/extensions",
          "v", "urn:resume:view:1",
          "dc", "http://purl.org/dc/elements/1.1/");

  private static Pipeline pipeline;
  private static PdfRenderer renderer;
  private static XdmNode view;
  private static String fo;
  private static final List<String> warnings = new ArrayList<>();
  private final XPathEngine xpath = xpath();

  @BeforeAll
  static void render() throws Exception {
    pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, warnings::add);
    view = resume.view();
    renderer = (PdfRenderer) pipeline.renderer(Format.PDF);
    fo = renderer.formattingObjects(resume, RenderOptions.defaults(), warnings::add).toString();
  }

  private static XPathEngine xpath() {
    JAXPXPathEngine engine = new JAXPXPathEngine();
    engine.setNamespaceContext(NAMESPACES);
    return engine;
  }

  private List<String> foStrings(String path) {
    return strings(xpath.selectNodes(path, Input.fromString(fo).build()));
  }

  private List<String> viewStrings(String path) {
    return strings(xpath.selectNodes(path, Input.fromString(view.toString()).build()));
  }

  private static List<String> strings(Iterable<Node> nodes) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(node -> node.getTextContent().replaceAll("\\s+", " ").trim())
        .toList();
  }

  private String foValue(String path) {
    return xpath.evaluate(path, Input.fromString(fo).build());
  }

  @Test
  void eachSectionHasItsHeadingInOrderAndKeptWithWhatFollows() {
    List<String> headings = viewStrings("/v:document/v:section/v:heading");
    assertEquals(Seed.HEADINGS, headings);
    assertEquals(headings, foStrings("//fo:flow//fo:block[@role = 'H2']"));
    assertEquals(
        "0",
        foValue("count(//fo:block[@role = 'H2'][not(@keep-with-next.within-page = 'always')])"));
    assertEquals(headings, foStrings("//fo:bookmark-tree/fo:bookmark/fo:bookmark-title"));
  }

  @Test
  void everyTextOfTheResumeAppearsInReadingOrder() {
    String flow = foStrings("//fo:flow").get(0);
    List<String> texts =
        viewStrings(
            "//v:header/v:name | //v:contact | //v:heading | //v:text | //v:aside | //v:para | //v:item");
    assertTrue(texts.size() > 40, "the seed has many texts: " + texts.size());
    int from = 0;
    for (String text : texts) {
      int at = flow.indexOf(text, from);
      assertTrue(at >= 0, () -> "missing or out of order in the FO: " + text);
      from = at + text.length();
    }
  }

  @Test
  void numberedItemsShowTheirOwnLabels() {
    assertEquals(
        viewStrings("//v:item/@label"),
        foStrings("//fo:list-item-label[starts-with(normalize-space(), '[')]"));
    assertEquals(List.of("[1]", "[2]", "[3]"), viewStrings("//v:item/@label"));
  }

  @Test
  void everyLinkIsABasicLinkToTheSameTarget() {
    List<String> hrefs = viewStrings("//v:link/@href | //v:contact/@href");
    assertFalse(hrefs.isEmpty());
    List<String> targets = foStrings("//fo:basic-link/@external-destination");
    assertEquals(hrefs.stream().map(href -> "url('" + href + "')").toList(), targets);
    assertTrue(targets.contains("url('mailto:aetiurf@gmail.com')"));
  }

  /**
   * Entries and list items are kept together with an integer strength, which FOP gives up when one
   * is longer than a page; "always" only where the kept thing is always short: a heading with what
   * follows, a row with the next row of its entry (never an entry's last row, whose keep would
   * chain every one-row entry of a section to the next).
   */
  @Test
  void eachEntryIsKeptTogetherWhereItCanBe() {
    List<String> entries = viewStrings("//v:entry/v:row[1]/v:text");
    List<String> kept = foStrings("//fo:flow//fo:block[@keep-together.within-page = '1']");
    assertEquals(entries.size(), kept.size());
    for (int i = 0; i < entries.size(); i++) {
      assertTrue(
          kept.get(i).startsWith(entries.get(i)),
          kept.get(i) + " should start with " + entries.get(i));
    }
    assertEquals(
        foValue("count(//fo:list-item)"),
        foValue("count(//fo:list-item[@keep-together.within-page = '2'])"));
    assertEquals(
        "0",
        foValue(
            "count(//fo:flow//*[@keep-together.within-page = 'always' or @keep-together = 'always'])"));
    List<String> rows = viewStrings("//v:entry/v:row[following-sibling::*]/v:text");
    List<String> keptWithNext =
        foStrings(
            "//fo:flow//fo:block[@keep-together.within-page = '1']//fo:block[@keep-with-next.within-page = 'always']");
    assertEquals(rows.size(), keptWithNext.size(), keptWithNext::toString);
    for (int i = 0; i < rows.size(); i++) {
      assertTrue(
          keptWithNext.get(i).startsWith(rows.get(i)),
          keptWithNext.get(i) + " should start with " + rows.get(i));
    }
  }

  @Test
  void theLayoutHasNoTables() {
    assertEquals("0", foValue("count(//fo:table | //fo:table-and-caption | //fo:table-body)"));
  }

  @Test
  void rowsPushTheirAsideToTheEndOfTheLine() {
    assertEquals(
        viewStrings("//v:aside").size(),
        foStrings("//fo:block[@text-align-last = 'justify']/fo:leader").size());
    assertEquals("0", foValue("count(//fo:leader[not(@leader-pattern = 'space')])"));
  }

  @Test
  void graphicsAreNamedForReadersWhoCannotSeeThem() {
    assertEquals(
        viewStrings("//v:contact/@label"), foStrings("//fo:instream-foreign-object/@fox:alt-text"));
  }

  @Test
  void documentPropertiesAndLanguageComeFromThePreparedResume() {
    assertEquals("Zhuofu Chen — Résumé", foValue("normalize-space(//fo:declarations//dc:title)"));
    assertEquals("Zhuofu Chen", foValue("normalize-space(//fo:declarations//dc:creator)"));
    assertEquals("en", foValue("/fo:root/@xml:lang"));
    assertEquals("Zhuofu Chen", foValue("normalize-space(//fo:block[@role = 'H1'])"));
  }

  @Test
  void paperIsA4UnlessLetterIsAsked() throws Exception {
    assertEquals("210mm", foValue("//fo:simple-page-master/@page-width"));
    Processor processor = new Processor(false);
    Stylesheets stylesheets = Stylesheets.bundled(processor);
    XdmNode prepared =
        new Preparer(stylesheets)
            .prepare(new ResumeReader(processor).read(Seed.PATH), null, warnings::add);
    PdfRenderer letter = new PdfRenderer(stylesheets);
    String letterFo =
        letter
            .formattingObjects(
                new PreparedResume("resume.xml", prepared),
                RenderOptions.defaults().withPaper(Paper.LETTER),
                warnings::add)
            .toString();
    assertEquals(
        "8.5in",
        xpath.evaluate("//fo:simple-page-master/@page-width", Input.fromString(letterFo).build()));
  }

  @Test
  void aCanonicalResumeIsRefusedWithWhatToDo() throws Exception {
    XdmNode canonical = pipeline.read(Seed.PATH, Warnings.IGNORE);
    List<String> told = new ArrayList<>();
    StylesheetException refused =
        assertThrows(
            StylesheetException.class,
            () ->
                renderer.formattingObjects(
                    new PreparedResume("resume.xml", canonical),
                    RenderOptions.defaults(),
                    told::add));
    assertEquals(
        List.of(
            "error: this stylesheet renders a prepared résumé (urn:resume:view:1), not {urn:resume:1}resume;"
                + " run xsl/common/prepare.xsl on it first"),
        told,
        refused.getMessage());
  }

  @Test
  void theSeedNeedsNoWarning() {
    assertEquals(List.of(), warnings);
  }
}
