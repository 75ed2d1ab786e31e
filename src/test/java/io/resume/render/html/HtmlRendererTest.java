package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page made from the project's own résumé, compared with its prepared résumé: the page must say
 * exactly what the prepared résumé says, in its order, with its links.
 */
class HtmlRendererTest {
  private static Processor xpathProcessor;
  private static XdmNode prepared;
  private static Document page;
  private static final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void render() throws Exception {
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.HTML).render(resume, out, warnings::add);
    prepared = resume.view();
    // XPath over the prepared nodes needs their own configuration.
    xpathProcessor = new Processor(prepared.getUnderlyingNode().getConfiguration());
    page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rendersWithoutWarnings() {
    assertEquals(List.of(), warnings);
  }

  @Test
  void headHoldsLanguageTitleAndAuthor() {
    assertEquals(string("/v:document/@xml:lang"), page.selectFirst("html").attr("lang"));
    assertEquals(1, page.select("head meta[charset]").size(), "exactly one charset declaration");
    assertEquals("UTF-8", page.selectFirst("head meta[charset]").attr("charset").toUpperCase());
    assertFalse(page.select("head meta[name=viewport]").isEmpty());
    assertEquals(string("/v:document/v:meta/v:title"), page.title());
    assertEquals(
        string("/v:document/v:meta/v:author"),
        page.selectFirst("head meta[name=author]").attr("content"));
  }

  @Test
  void headerShowsNameAndEveryContact() {
    assertEquals(string("/v:document/v:header/v:name"), page.selectFirst("body header h1").text());
    List<String> contacts = strings("/v:document/v:header/v:contact ! normalize-space()");
    Elements items = page.select("header .contacts > li");
    assertEquals(contacts.size(), items.size());
    List<String> labels = strings("/v:document/v:header/v:contact/@label ! string()");
    for (int i = 0; i < items.size(); i++) {
      Element item = items.get(i);
      assertTrue(item.text().endsWith(contacts.get(i)), item.text());
      // The icon is decoration; its meaning is read out from a hidden label, or shown (a profile's
      // network).
      assertEquals("true", item.selectFirst("svg").attr("aria-hidden"));
      Element label = item.selectFirst(".visually-hidden, .network");
      assertTrue(label.text().startsWith(labels.get(i)), item.html());
    }
  }

  @Test
  void oneSectionPerPreparedSectionWithItsHeadingAndId() {
    XdmValue sections = values("/v:document/v:section");
    Elements htmlSections = page.select("main > section");
    assertEquals(sections.size(), htmlSections.size());
    for (int i = 0; i < sections.size(); i++) {
      XdmItem section = sections.itemAt(i);
      Element htmlSection = htmlSections.get(i);
      assertEquals(string(section, "string(@id)"), htmlSection.id());
      Element heading = htmlSection.child(0);
      assertEquals("h2", heading.tagName());
      assertEquals(string(section, "normalize-space(v:heading)"), heading.text());
      assertEquals(heading.id(), htmlSection.attr("aria-labelledby"));
    }
  }

  @Test
  void entriesShowTheirRowsAndItems() {
    XdmValue entries = values("//v:entry");
    Elements articles = page.select("main article.entry");
    assertEquals(entries.size(), articles.size());
    for (int i = 0; i < entries.size(); i++) {
      XdmItem entry = entries.itemAt(i);
      Element article = articles.get(i);
      assertEquals(
          string(entry, "string(ancestor::v:section/@id)"), article.closest("section").id());
      assertEquals(
          strings(entry, "v:row[@role eq 'title']/v:text ! normalize-space()"),
          texts(article.select("h3")));
      assertEquals(
          strings(entry, "v:row[@role eq 'subtitle']/v:text ! normalize-space()"),
          texts(article.select(".row-subtitle .row-text")));
      assertEquals(
          strings(entry, "v:row/v:aside ! normalize-space()"), texts(article.select(".row-aside")));
      assertEquals(
          strings(entry, "v:para ! normalize-space()"),
          texts(
              article.children().stream()
                  .filter(child -> child.nameIs("p"))
                  .collect(Elements::new, Elements::add, Elements::addAll)));
      assertEquals(strings(entry, ".//v:item ! normalize-space()"), texts(article.select("li")));
    }
  }

  @Test
  void listsKeepTheirKindAndItemCount() {
    XdmValue lists = values("//v:list");
    Elements htmlLists = page.select("main ul, main ol");
    assertEquals(lists.size(), htmlLists.size());
    for (int i = 0; i < lists.size(); i++) {
      XdmItem list = lists.itemAt(i);
      Element htmlList = htmlLists.get(i);
      assertEquals(
          string(list, "if (@style eq 'numbered') then 'ol' else 'ul'"), htmlList.tagName());
      assertEquals(
          Integer.parseInt(string(list, "string(count(v:item))")), htmlList.children().size());
    }
  }

  @Test
  void numberedItemsShowTheirLabelAsText() {
    List<String> labels =
        strings("//v:item[@label] ! (string(@label) || ' ' || normalize-space())");
    assertFalse(labels.isEmpty(), "the résumé has publications");
    assertEquals(labels, texts(page.select("main ol > li")));
    assertEquals(
        strings("//v:item/@label ! string()"), texts(page.select("main ol > li > .label")));
  }

  @Test
  void everyPreparedTextAppearsInOrder() {
    String body = normalize(page.body().text());
    int from = 0;
    for (String text :
        strings(
            "/v:document/(v:header, v:section)//text()[normalize-space()] ! normalize-space()")) {
      int at = body.indexOf(text, from);
      assertTrue(at >= 0, () -> "missing or out of order: " + text);
      from = at + text.length();
    }
  }

  @Test
  void inlineMarkupKeepsItsMeaning() {
    for (String name : List.of("em", "strong", "sup", "sub")) {
      assertEquals(
          strings("//v:" + name + " ! normalize-space()"),
          texts(page.select("main " + name)),
          name);
    }
    assertEquals(
        strings("//v:time/@datetime ! string()"), page.select("main time").eachAttr("datetime"));
  }

  @Test
  void linksAreThePreparedLinks() {
    List<String> hrefs =
        strings("(/v:document/v:header/v:contact/@href, //v:link/@href) ! string()");
    assertFalse(hrefs.isEmpty());
    assertEquals(hrefs, page.body().select("a").eachAttr("href"));
  }

  @Test
  void fetchesNothingFromElsewhere() {
    assertTrue(page.select("[src]").isEmpty(), "no element loads a source");
    assertTrue(page.select("link, img, iframe, object, embed").isEmpty());
    for (Element script : page.select("script")) {
      assertEquals("application/ld+json", script.attr("type"), "only data, no code");
    }
    String css = page.select("style").html();
    assertFalse(css.isBlank());
    assertFalse(css.contains("url(") || css.contains("@import"), "CSS loads nothing");
    for (Element element : page.select("[href]")) {
      assertEquals("a", element.tagName(), "only links have an href: " + element);
    }
  }

  @Test
  void jsonLdDescribesThePerson() throws SaxonApiException {
    Elements scripts = page.select("script[type=application/ld+json]");
    assertEquals(1, scripts.size());
    XPathCompiler xpath = xpathProcessor.newXPathCompiler();
    xpath.declareVariable(new net.sf.saxon.s9api.QName("json"));
    var selector = xpath.compile("parse-json($json)").load();
    selector.setVariable(
        new net.sf.saxon.s9api.QName("json"), new XdmAtomicValue(scripts.get(0).data()));
    XdmValue person = selector.evaluate();
    assertEquals("Person", lookup(person, "?('@type')"));
    assertEquals("https://schema.org", lookup(person, "?('@context')"));
    assertEquals(string("/v:document/v:header/v:name"), lookup(person, "?name"));
    assertEquals(
        string("/v:document/v:header/v:contact[@kind eq 'email']"), lookup(person, "?email"));
    assertEquals(
        string(
            "(//v:section[@kind eq 'education']/v:entry/v:row[@role eq 'title']/v:text)[1] ! normalize-space()"),
        lookup(person, "?alumniOf?1?name"));
  }

  // ===== helpers =====

  private static String lookup(XdmValue map, String expression) throws SaxonApiException {
    XPathCompiler xpath = xpathProcessor.newXPathCompiler();
    var selector = xpath.compile("string(." + expression + ")").load();
    selector.setContextItem((XdmItem) map);
    return selector.evaluate().itemAt(0).getStringValue();
  }

  private static XdmValue values(String expression) {
    return evaluate(prepared, expression);
  }

  private static String string(String expression) {
    return string(prepared, expression);
  }

  private static String string(XdmItem context, String expression) {
    return evaluate(context, "string((" + expression + ")[1])").itemAt(0).getStringValue();
  }

  private static List<String> strings(String expression) {
    return strings(prepared, expression);
  }

  private static List<String> strings(XdmItem context, String expression) {
    List<String> strings = new ArrayList<>();
    for (XdmItem item : evaluate(context, expression)) {
      strings.add(item.getStringValue());
    }
    return strings;
  }

  private static XdmValue evaluate(XdmItem context, String expression) {
    try {
      XPathCompiler xpath = xpathProcessor.newXPathCompiler();
      xpath.declareNamespace("v", "urn:resume:view:1");
      var selector = xpath.compile(expression).load();
      selector.setContextItem(context);
      return selector.evaluate();
    } catch (SaxonApiException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  private static List<String> texts(Elements elements) {
    return elements.stream().map(element -> normalize(element.text())).toList();
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
