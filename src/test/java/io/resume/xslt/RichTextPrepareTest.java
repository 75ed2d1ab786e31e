package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.model.InvalidResumeException;
import io.resume.model.ResumeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rich text as an XML author writes it: code, line breaks, and lists where paragraphs go (a
 * summary), or inside a bullet. The prepare step carries it into the prepared résumé, and the
 * variants (languages, targets) treat a list's items as they treat highlights.
 */
class RichTextPrepareTest {
  private static final Processor PROCESSOR = new Processor(false);
  private static ResumeReader reader;
  private static Preparer preparer;

  @BeforeAll
  static void build() {
    reader = new ResumeReader(PROCESSOR);
    preparer = new Preparer(Stylesheets.bundled(PROCESSOR));
  }

  private static XdmNode read(String body) throws InvalidResumeException {
    String xml =
        "<resume xmlns=\"urn:resume:1\" xml:lang=\"en\"><basics><name>Ann Example</name></basics>"
            + body
            + "</resume>";
    return reader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        "rich.xml",
        "file:///rich.xml");
  }

  private static XdmNode prepare(XdmNode source, Variant variant) {
    return preparer.prepareVariant(
        source,
        variant,
        message -> {
          throw new AssertionError("unexpected warning: " + message);
        });
  }

  private static String eval(XdmNode view, String expression) throws SaxonApiException {
    XPathCompiler xpath = PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("", "urn:resume:view:1");
    return xpath.evaluate(expression, view).stream()
        .map(item -> item.getStringValue())
        .reduce((a, b) -> a + "|" + b)
        .orElse("");
  }

  @Test
  void codeLineBreaksAndListsAreCarriedIntoThePreparedResume() throws Exception {
    XdmNode view =
        prepare(
            read(
                """
        <summary>
          <p>Runs <code>make   test</code> nightly,
             then reads the logs <br/>
             line by line.</p>
          <list numbered="true" start="3">
            <item>third <p>about the third</p> <list><item>inside</item></list></item>
            <item>fourth</item>
          </list>
        </summary>"""),
            Variant.DEFAULT);
    assertEquals("make test", eval(view, "//section[@kind = 'summary']/para/code"));
    // A line starts and ends without the spaces of the XML's layout around the break.
    assertEquals(
        "Runs |make test| nightly, then reads the logs|br|line by line.",
        eval(
            view,
            "//section[@kind = 'summary']/para/node()/(if (. instance of element()) then (if (self::br) then 'br' else string()) else string())"));
    assertEquals(
        "numbered|3.|4.", eval(view, "//section[@kind = 'summary']/list/(@style, item/@label)"));
    assertEquals(
        "third|about the third|inside",
        eval(
            view,
            "//section[@kind = 'summary']/list/item[1]/(normalize-space(text()[1]), string(para), string(list/item))"));
  }

  @Test
  void aPositionSummaryAndABulletHoldLists() throws Exception {
    XdmNode view =
        prepare(
            read(
                """
        <work><position><organization>Acme</organization>
          <summary><p>Led:</p><list><item>a team</item></list></summary>
          <highlights><item>Migrated <list><item>Postgres</item></list></item></highlights>
        </position></work>"""),
            Variant.DEFAULT);
    assertEquals("para|list|list", eval(view, "//entry/(para | list)/local-name()"));
    assertEquals("a team", eval(view, "//entry/list[1]/item"));
    assertEquals(
        "Migrated|Postgres",
        eval(view, "//entry/list[2]/item/(normalize-space(text()[1]), string(list/item))"));
  }

  @Test
  void aPublicationsSummaryListGoesUnderItsCitation() throws Exception {
    XdmNode view =
        prepare(
            read(
                """
        <publications><publication><title>Paper</title>
          <summary><p>Shows that</p><list><item>one</item><item>two</item></list><p>and more.</p></summary>
        </publication></publications>"""),
            Variant.DEFAULT);
    assertEquals(
        "[1]|one|two|and more.",
        eval(view, "//section[@kind = 'publications']/list/item/(@label, list/item, para)"));
    assertTrue(
        eval(view, "//section[@kind = 'publications']/list/item/text()[last()]")
            .contains("Shows that"));
  }

  /**
   * A list's items are alternatives like highlights: a translation right after the text it
   * translates.
   */
  @Test
  void listItemsHaveTranslations() throws Exception {
    XdmNode source =
        read(
            """
        <summary><list><item>Java</item><item xml:lang="zh">爪哇</item><item>Rust</item></list></summary>""");
    assertEquals("爪哇|Rust", eval(prepare(source, Variant.lang("zh")), "//list/item"));
    assertEquals("Java|Rust", eval(prepare(source, Variant.DEFAULT), "//list/item"));
    List<XdmNode> missing = preparer.untranslated(source, "zh");
    assertEquals(
        List.of("Ann Example", "Rust"),
        missing.stream().map(XdmNode::getStringValue).toList(),
        "the name, and the item without a translation");
  }

  @Test
  void listItemsHaveTargetsAndAnEmptiedListGoes() throws Exception {
    XdmNode source =
        read(
            """
        <summary><p>Intro</p><list><item targets="academic">papers</item></list>
          <list><item targets="industry">products</item><item>both</item></list></summary>""");
    XdmNode industry = prepare(source, new Variant(null, "industry", false));
    assertEquals("Intro|products|both", eval(industry, "//section/(para, list/item)"));
    assertEquals("1", eval(industry, "string(count(//section/list))"));
    XdmNode academic = prepare(source, new Variant(null, "academic", false));
    assertEquals("Intro|papers|both", eval(academic, "//section/(para, list/item)"));
  }

  @Test
  void theSchemaSaysWhatRichTextMayHold() {
    for (String wrong :
        List.of(
            "<summary><p>x <code><em>no markup in code</em></code></p></summary>",
            "<summary><p>a <br>no text in a break</br></p></summary>",
            "<summary><list/></summary>",
            "<summary><list numbered=\"yes\"><item>x</item></list></summary>",
            "<summary><p>a <list><item>no list inside a paragraph</item></list></p></summary>",
            "<work><position><organization>A</organization><highlights><item><list><item>x</item></list> no markup after a list <em>x</em></item></highlights></position></work>")) {
      InvalidResumeException e =
          assertThrows(InvalidResumeException.class, () -> read(wrong), wrong);
      assertTrue(e.problems().stream().allMatch(p -> p.line() > 0), e.problems()::toString);
    }
  }
}
