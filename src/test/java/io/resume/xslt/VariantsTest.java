package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.equivalence.ReaderItems;
import io.resume.model.ResumeReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One source, several variants: languages of the texts and tailored versions (targets). */
class VariantsTest {
  private static final Processor PROCESSOR = new Processor(false);
  private static final Path MULTILINGUAL =
      Path.of("src/test/resources/io/resume/xslt/resume-zh.xml");
  private static Preparer preparer;
  private static XdmNode seed;
  private static XdmNode multilingual;

  @BeforeAll
  static void read() throws Exception {
    ResumeReader reader = new ResumeReader(PROCESSOR);
    preparer = new Preparer(Stylesheets.bundled(PROCESSOR));
    seed = reader.read(Seed.PATH);
    multilingual = reader.read(MULTILINGUAL);
  }

  // ===== Languages =====

  @Test
  void chineseAlternativesAreChosenWithChineseLabels() throws SaxonApiException {
    XdmNode chinese = prepare(multilingual, new Variant("zh", null, false));
    assertEquals("研究兴趣", evaluate(chinese, "string(//v:section[@kind = 'summary']/v:heading)"));
    assertEquals("研究经历", evaluate(chinese, "string(//v:section[@kind = 'work']/v:heading)"));
    assertEquals(
        "教育背景",
        evaluate(chinese, "string(//v:section[@kind = 'education']/v:heading)"),
        "a label where the résumé gives no title");
    assertEquals(
        "卡内基梅隆大学 Catalyst 研究组",
        evaluate(
            chinese, "string((//v:section[@kind = 'work']//v:row[@role = 'title']/v:text)[1])"));
    assertEquals(
        "2024年5月 – 至今", evaluate(chinese, "string((//v:section[@kind = 'work']//v:aside)[1])"));
    assertEquals(
        "同济大学", evaluate(chinese, "string((//v:section[@kind = 'education']//v:row/v:text)[1])"));
    List<String> items = ReaderItems.textItems(chinese);
    assertTrue(items.stream().anyMatch(i -> i.startsWith("研究实习生")), items::toString);
    assertFalse(
        items.stream()
            .anyMatch(i -> i.contains("Research Intern") || i.contains("Tongji University")),
        "an English text whose Chinese alternative exists is not shown: " + items);
    // Texts with no Chinese alternative fall back to the main language, never to nothing.
    assertTrue(
        items.contains(
            "Built a profiling-based tool that allows users to derive network requirements for any AI applications."),
        items::toString);
    assertTrue(items.stream().anyMatch(i -> i.contains("TidalDecode")), items::toString);
  }

  @Test
  void theSameNumberOfItemsInEachLanguage() throws SaxonApiException {
    XdmNode english = prepare(multilingual, Variant.DEFAULT);
    XdmNode chinese = prepare(multilingual, Variant.lang("zh"));
    assertEquals(ReaderItems.textItems(english).size(), ReaderItems.textItems(chinese).size());
  }

  @Test
  void alternativesDoNotChangeTheMainLanguageRendering() throws SaxonApiException {
    // The fixture is resume.xml plus Chinese alternatives: in English both prepare alike.
    XdmNode plain = prepare(seed, Variant.DEFAULT);
    assertEquals(
        ReaderItems.textItems(plain),
        ReaderItems.textItems(prepare(multilingual, Variant.DEFAULT)));
    // German labels, but no German text: every text is the main language's (English) one.
    List<String> german = ReaderItems.textItems(prepare(multilingual, Variant.lang("de")));
    assertTrue(german.stream().anyMatch(i -> i.startsWith("Research Intern")), german::toString);
    assertFalse(german.stream().anyMatch(i -> i.matches(".*\\p{IsHan}.*")), german::toString);
  }

  @Test
  void aRegionalLanguageFindsItsPrimaryAlternatives() throws SaxonApiException {
    XdmNode chinese = prepare(multilingual, Variant.lang("zh-CN"));
    assertEquals("研究经历", evaluate(chinese, "string(//v:section[@kind = 'work']/v:heading)"));
  }

  @Test
  void untranslatedTextsAreNamedOnce() {
    List<String> missing = new ArrayList<>();
    for (XdmNode node : preparer.untranslated(multilingual, "zh")) {
      missing.add(node.getNodeName().getLocalName() + ": " + node.getStringValue().strip());
    }
    assertEquals(
        List.of(
            "item: Built a profiling-based tool that allows users to derive network requirements for any AI applications.",
            "item: 10k lines of code in C++/CUDA."),
        missing);
    // Without a single Chinese text, every text that needs one is named (names excepted by
    // translate="no").
    List<XdmNode> seedMissing = preparer.untranslated(seed, "zh");
    assertTrue(seedMissing.size() > 30, "only " + seedMissing.size());
    assertTrue(
        seedMissing.stream().anyMatch(n -> n.getNodeName().getLocalName().equals("work")),
        "the work section's title");
    assertEquals(
        List.of(), preparer.untranslated(multilingual, "en"), "the main language is complete");
  }

  // ===== Versions =====

  @Test
  void withoutATargetEverythingIsKept() throws SaxonApiException {
    XdmNode all = prepare(seed, Variant.DEFAULT);
    assertEquals("education summary work publications projects awards", sectionKinds(all));
    assertEquals("3", evaluate(all, "string(count(//v:section[@kind = 'publications']//v:item))"));
    assertTrue(ReaderItems.textItems(all).contains("Two papers are pending review."));
  }

  @Test
  void theAcademicVersionKeepsResearchItems() throws SaxonApiException {
    XdmNode academic = prepare(seed, new Variant(null, "academic", false));
    assertEquals(
        ReaderItems.textItems(prepare(seed, Variant.DEFAULT)),
        ReaderItems.textItems(academic),
        "resume.xml marks nothing that is not academic");
  }

  @Test
  void theIndustryVersionLeavesResearchItemsOut() throws SaxonApiException {
    XdmNode industry = prepare(seed, new Variant(null, "industry", false));
    assertEquals("education work projects awards", sectionKinds(industry));
    List<String> items = ReaderItems.textItems(industry);
    assertFalse(items.stream().anyMatch(i -> i.contains("pending review")), items::toString);
    assertTrue(
        items.contains("Implemented an OCI shim to bridge orchestration tools and runtime."),
        "untargeted items stay");
    // A translation goes with the text it translates, though it repeats no target.
    List<String> chinese =
        ReaderItems.textItems(prepare(multilingual, new Variant("zh", "industry", false)));
    assertFalse(
        chinese.stream().anyMatch(i -> i.contains("在审") || i.contains("pending review")),
        chinese::toString);
  }

  private static String sectionKinds(XdmNode view) throws SaxonApiException {
    return evaluate(view, "string-join(//v:section/@kind, ' ')");
  }

  /**
   * A résumé with nothing to choose between is prepared from the source as it is (the filter's
   * shortcut); two headings in the résumé's language (which the reader refuses, but the stylesheet
   * may be given) still make one.
   */
  @Test
  void twoHeadingsInOneLanguageShowTheFirst() throws Exception {
    XdmNode source =
        PROCESSOR
            .newDocumentBuilder()
            .build(
                new StreamSource(
                    new StringReader(
                        "<resume xmlns='urn:resume:1' xml:lang='en'><basics><name>Ada Lovelace</name></basics>"
                            + "<interests title='Pastimes'><title>Hobbies</title><interest><name>Chess</name></interest></interests></resume>")));
    XdmNode prepared = prepare(source, Variant.DEFAULT);
    assertEquals("Pastimes", evaluate(prepared, "string-join(//v:section/v:heading, '|')"));
  }

  private static XdmNode prepare(XdmNode source, Variant variant) {
    return preparer.prepareVariant(
        source,
        variant,
        message -> {
          throw new AssertionError("unexpected warning: " + message);
        });
  }

  static String evaluate(XdmNode node, String xpath) throws SaxonApiException {
    XPathCompiler compiler = PROCESSOR.newXPathCompiler();
    compiler.declareNamespace("r", "urn:resume:1");
    compiler.declareNamespace("v", "urn:resume:view:1");
    XdmItem item = compiler.evaluateSingle(xpath, node);
    return item == null ? "" : item.getStringValue();
  }
}
