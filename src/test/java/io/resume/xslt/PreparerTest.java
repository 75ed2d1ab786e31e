package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.equivalence.ReaderItems;
import io.resume.model.ResumeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prepare step keeps every word of the source and decides the words it adds. */
class PreparerTest {
  private static final Processor PROCESSOR = new Processor(false);
  private static XdmNode source;
  private static XdmNode view;

  @BeforeAll
  static void prepare() throws Exception {
    source = new ResumeReader(PROCESSOR).read(Seed.PATH);
    view =
        new Preparer(Stylesheets.bundled(PROCESSOR))
            .prepare(
                source,
                "",
                message -> {
                  throw new AssertionError("unexpected warning: " + message);
                });
  }

  @Test
  void everySourceTextReachesThePreparedResume() throws SaxonApiException {
    String prepared = ReaderItems.normalize(String.join(" ", ReaderItems.textItems(view)));
    List<String> lost = new ArrayList<>();
    // Leaf texts of the source; dates are formatted, so they are checked separately below, and a
    // profile's network names its icon (the contact's label) rather than being shown as text.
    for (XdmItem text :
        select(
            source,
            "//r:*[not(*)][not(self::r:start | self::r:end | self::r:date | self::r:network)]/text()[normalize-space()]")) {
      if (!prepared.contains(ReaderItems.normalize(text.getStringValue()))) {
        lost.add(text.getStringValue());
      }
    }
    assertEquals(List.of(), lost);
    assertEquals("GitHub", single("/v:document/v:header/v:contact[@kind = 'profile']/@label"));
  }

  @Test
  void everySourceDateIsShownAsATime() throws SaxonApiException {
    TreeSet<String> sourceDates = new TreeSet<>();
    select(source, "//(r:start | r:end | r:date)")
        .forEach(d -> sourceDates.add(d.getStringValue()));
    TreeSet<String> shown = new TreeSet<>();
    select(view, "//v:time/@datetime").forEach(d -> shown.add(d.getStringValue()));
    assertEquals(sourceDates, shown);
  }

  @Test
  void datesAndLabelsAreWordedOnceHere() throws SaxonApiException {
    List<String> asides = new ArrayList<>();
    select(view, "//v:section[@kind = 'education']//v:aside")
        .forEach(a -> asides.add(a.getStringValue()));
    assertEquals(List.of("Shanghai, China", "Sep 2021\u2009–\u2009Present"), asides);
    assertEquals(
        "(* indicates equal contribution)", single("//v:section[@kind = 'publications']/v:para"));
    assertEquals("[3]", single("(//v:item[@label])[3]/@label"));
    assertEquals(
        "Research Intern advised by Xingda Wei and Rong Chen",
        single("(//v:row[@role = 'subtitle'])[3]/v:text"));
    assertEquals("Zhuofu Chen — Résumé", single("/v:document/v:meta/v:title"));
  }

  @Test
  void theOwnerIsHighlightedAndEqualContributionMarked() throws SaxonApiException {
    assertEquals("Zhuofu Chen*", single("(//v:item[@label = '[1]']/v:strong)[1]"));
    assertEquals("Zhuofu Chen", single("(//v:item[@label = '[3]']/v:strong)[1]"));
  }

  @Test
  void aResumeWithOnlyANameHasNoSections(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("minimal.xml");
    Files.writeString(
        file, "<resume xmlns='urn:resume:1'><basics><name>Ada Lovelace</name></basics></resume>");
    XdmNode minimal =
        new Preparer(Stylesheets.bundled(PROCESSOR))
            .prepare(new ResumeReader(PROCESSOR).read(file), "", m -> {});
    assertEquals(List.of("Ada Lovelace"), ReaderItems.textItems(minimal));
    assertEquals("0", evaluate(minimal, "string(count(//v:section))"));
  }

  /**
   * Whitespace in rich text folds as a browser folds it: tabs and line breaks are spaces, runs are
   * one.
   */
  @Test
  void whitespaceInRichTextIsFolded(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("spaces.xml");
    Files.writeString(
        file,
        "<resume xmlns='urn:resume:1'><basics><name>Ada Lovelace</name></basics>"
            + "<summary><p>\n\t  Built\t\tthe<em> very \r\n fast </em>\n parser,<em>\t</em>twice. \n</p></summary></resume>");
    XdmNode prepared =
        new Preparer(Stylesheets.bundled(PROCESSOR))
            .prepare(new ResumeReader(PROCESSOR).read(file), "", m -> {});
    assertEquals(
        "Built the| very fast | parser,| |twice.",
        evaluate(prepared, "string-join(//v:section//v:para/node() ! string(), '|')"));
  }

  @Test
  void anUnknownLanguageFallsBackToEnglishWithAWarning(@TempDir Path dir)
      throws IOException, Exception {
    List<String> warnings = new ArrayList<>();
    XdmNode prepared =
        new Preparer(Stylesheets.bundled(PROCESSOR)).prepare(source, "xx", warnings::add);
    assertTrue(warnings.stream().anyMatch(w -> w.contains("'xx'")), warnings::toString);
    assertEquals("Education", evaluate(prepared, "string(//v:section[1]/v:heading)"));
  }

  @Test
  void chineseLabelsAndDates() throws SaxonApiException {
    XdmNode chinese =
        new Preparer(Stylesheets.bundled(PROCESSOR))
            .prepare(
                source,
                "zh",
                m -> {
                  throw new AssertionError("unexpected warning: " + m);
                });
    assertEquals(
        "2024年5月 – 至今", evaluate(chinese, "string((//v:section[@kind = 'work']//v:aside)[1])"));
    assertEquals("教育背景", evaluate(chinese, "string(//v:section[@kind = 'education']/v:heading)"));
    assertEquals("zh", evaluate(chinese, "string(/v:document/@xml:lang)"));
  }

  private static String single(String xpath) throws SaxonApiException {
    return evaluate(view, "string(" + xpath + ")");
  }

  private static String evaluate(XdmNode node, String xpath) throws SaxonApiException {
    return compiler().evaluateSingle(xpath, node).getStringValue();
  }

  private static Iterable<XdmItem> select(XdmNode node, String xpath) throws SaxonApiException {
    return compiler().evaluate(xpath, node);
  }

  private static XPathCompiler compiler() {
    XPathCompiler compiler = PROCESSOR.newXPathCompiler();
    compiler.declareNamespace("r", "urn:resume:1");
    compiler.declareNamespace("v", "urn:resume:view:1");
    return compiler;
  }
}
