package io.resume.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.xslt.Preparer;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown, read as a CommonMark site reads it (commonmark-java → HTML → jsoup): structure
 * where the résumé has structure, literal words where its text looks like Markdown.
 */
class MarkdownTest {
  private static String markdown;
  private static Document page;

  @BeforeAll
  static void render() throws Exception {
    markdown = TextFixtures.render(TextFixtures.repositoryResume(), Format.MD);
    page = Jsoup.parse(Extract.markdownHtml(markdown));
  }

  @Test
  void headingsMarkTheNameAndTheSections() {
    assertEquals(List.of("Zhuofu Chen"), page.select("h1").eachText());
    assertEquals(Seed.HEADINGS, page.select("h2").eachText());
  }

  @Test
  void contactsAreLinksWithTheirLabels() {
    Element contacts = page.selectFirst("h1 + p");
    assertEquals(
        "Email aetiurf@gmail.com · GitHub github.com/chenzhuofu · Website https://chenzhuofu.github.io/",
        contacts.text());
    assertEquals(
        List.of(
            "mailto:aetiurf@gmail.com",
            "https://github.com/chenzhuofu",
            "https://chenzhuofu.github.io/"),
        contacts.select("a").eachAttr("href"));
    assertEquals(
        List.of("aetiurf@gmail.com", "github.com/chenzhuofu", "https://chenzhuofu.github.io/"),
        contacts.select("a").eachText());
  }

  @Test
  void entriesHaveABoldTitleAnItalicSubtitleAndTheirAsides() {
    Element education = page.selectFirst("h2:containsOwn(Education) + p");
    assertEquals("Tongji University", education.selectFirst("strong").text());
    assertEquals(
        "B.S. in Computer Science and Technology (Elite Class)",
        education.selectFirst("em").text());
    assertEquals(1, education.select("br").size(), "two rows, one paragraph");
    assertTrue(education.text().contains("Shanghai, China"), education::text);
    assertEquals(
        "GPA: 4.87/5.00 · Ranking: 3/20", education.nextElementSibling().select("li").text());
  }

  @Test
  void bulletsAreListsAndAwardsOneList() {
    assertEquals(
        1 + 4 + 4 + 3 + 3 + 3, page.select("li").size() - 7, "bullets, plus the seven awards");
    Element awards = page.selectFirst("h2:containsOwn(Selected Awards) + ul");
    assertEquals(7, awards.select("li").size());
    assertEquals(
        "National 1st Prize (0.55%) in Contemporary Undergraduate Mathematical Contest in Modeling — 2023",
        awards.child(2).text());
    assertEquals("st", awards.child(2).selectFirst("sup").text());
    assertTrue(page.select("ol").isEmpty(), "no numbering of Markdown's own");
  }

  @Test
  void numberedItemsKeepTheirLabelAndTheOwnerIsBold() {
    List<String> publications = new ArrayList<>();
    for (Element p : page.select("h2:containsOwn(Publications) ~ p")) {
      if (p.text().matches("\\[\\d+\\] .*")) {
        publications.add(p.text().substring(0, 4) + p.selectFirst("strong").text());
      }
    }
    assertEquals(List.of("[1] Zhuofu Chen*", "[2] Zhuofu Chen*", "[3] Zhuofu Chen"), publications);
    assertTrue(page.select("p").eachText().contains("(* indicates equal contribution)"));
  }

  @Test
  void emphasisIsEmphasis() {
    assertEquals(
        List.of(
            "performance, scalability",
            "usability",
            "real-world applications",
            "redesign next-generation datacenter systems",
            "AI inference and training"),
        page.selectFirst("h2:containsOwn(Research Interests) + p").select("em").eachText());
  }

  /** Text that looks like Markdown or HTML comes out as the same words, and makes no element. */
  @Test
  void textThatLooksLikeMarkdownStaysText(@TempDir Path dir) throws Exception {
    PreparedResume resume =
        TextFixtures.canonical(
            dir,
            """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Ada *Lovelace* [x]</name><email>ada_l@example.org</email></basics>
          <summary title="# Not *a* heading">
            <p>Stars * and **bold** and _under_ and [x] and [y](https://evil.example/) and &lt;script&gt;alert(1)&lt;/script&gt;.</p>
            <p># not a heading</p>
            <p>- not a list</p>
            <p>1. not a list either</p>
            <p>&gt; not a quote</p>
            <p>`not code` and back\\slash and &amp;copy; and ~~not struck~~ and a | b</p>
            <p>C++/CUDA and (* indicates equal contribution) and Zhuofu Chen*</p>
            <p>x<em>(y)</em>z, <strong>Zhuofu Chen*</strong>, <em> spaced </em>and <link href="https://example.org/a_(b)?q=1&amp;r=2">see [this]</link></p>
          </summary>
          <work>
            <position>
              <organization>*Acme* &amp; _Co_</organization>
              <role>1. Engineer</role>
              <start>2020-01</start>
              <highlights><item>+ plus</item><item>=====</item><item>***</item></highlights>
            </position>
          </work>
        </resume>""");
    String md = TextFixtures.render(resume, Format.MD);
    Document html = Jsoup.parse(Extract.markdownHtml(md));
    assertEquals(
        List.of(), InOrder.problems(ReaderItems.textItems(resume.view()), html.body().text()), md);
    assertTrue(html.select("script").isEmpty(), md);
    assertTrue(
        html.select("code, ol, blockquote, hr, h3, img, del").isEmpty(),
        () -> "no made-up structure:\n" + md);
    assertEquals(List.of("Ada *Lovelace* [x]"), html.select("h1").eachText());
    assertEquals(List.of("# Not *a* heading", "Work Experience"), html.select("h2").eachText());
    assertEquals(3, html.select("li").size(), md);
    assertEquals(
        List.of("mailto:ada_l@example.org", "https://example.org/a_(b)?q=1&r=2"),
        html.select("a").eachAttr("href"));
    assertEquals(ReaderItems.links(resume.view()), Extract.markdownLinks(md));
    // The résumé's own emphasis survives next to the escapes.
    assertEquals(List.of("(y)", "spaced", "1. Engineer"), html.select("p em").eachText(), md);
    assertEquals(
        List.of("Email", "Zhuofu Chen*", "*Acme* & _Co_"), html.select("strong").eachText(), md);
    assertTrue(html.text().contains("spaced and"), "spaces stay outside the markers");
  }

  /**
   * The prepare step links only web, mail and phone addresses (the reader's schema refuses others
   * first; this résumé skips it): a javascript: link's text stays, unlinked, warned about once.
   */
  @Test
  void onlyWebMailAndPhoneLinksAreMade() throws Exception {
    Processor processor = new Processor(false);
    Stylesheets stylesheets = Stylesheets.bundled(processor);
    XdmNode source =
        processor
            .newDocumentBuilder()
            .build(
                new StreamSource(
                    new StringReader(
                        """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>A</name><phone>+44 1234 567</phone></basics>
          <summary><p>A <link href="javascript:alert(1)">trap</link> and a <link href="https://example.org/">site</link>.</p></summary>
        </resume>""")));
    List<String> warnings = new ArrayList<>();
    PreparedResume resume =
        new PreparedResume(
            "unchecked.xml", new Preparer(stylesheets).prepare(source, null, warnings::add));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StylesheetRenderer(stylesheets, Format.MD).render(resume, out, warnings::add);
    String md = out.toString(StandardCharsets.UTF_8);
    assertEquals(
        List.of("tel:+441234567", "https://example.org/"),
        List.copyOf(Extract.markdownLinks(md)),
        md);
    assertTrue(Extract.markdownText(md).contains("A trap and a site."), md);
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains("javascript:alert(1)"), warnings::toString);
    assertFalse(md.contains("javascript:"), md);
  }
}
