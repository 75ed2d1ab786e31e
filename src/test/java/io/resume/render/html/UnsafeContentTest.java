package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.render.PreparedResume;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What a hostile or careless résumé cannot do to the page: run script through links or data. */
class UnsafeContentTest {
  private final Processor processor = new Processor(false);
  private final HtmlRenderer renderer = new HtmlRenderer(Stylesheets.bundled(processor));
  private final List<String> warnings = new ArrayList<>();

  @Test
  void javascriptLinkIsRenderedAsPlainText() throws Exception {
    Document page = render(resume("Ada Lovelace", """
        <para>See <link href="javascript:alert(1)">my project</link>,
          <link href=" JavaScript:alert(2)">the demo</link>,
          <link href="data:text/html,hi">the data</link>
          and <link href="https://example.org/x?a=1&amp;b=2">the paper</link>.</para>"""));

    assertEquals(List.of("https://example.org/x?a=1&b=2"), page.select("a[href]").eachAttr("href"));
    for (Element element : page.getAllElements()) {
      element.attributes().forEach(attribute ->
          assertFalse(attribute.getValue().toLowerCase().contains("javascript:"), element.toString()));
    }
    String text = page.body().text();
    assertTrue(text.contains("See my project, the demo, the data and the paper."), text);
    assertEquals(3, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("javascript:alert(1)"), warnings.get(0));
  }

  @Test
  void javascriptContactIsNotALink() throws Exception {
    Document page = render("""
        <document xmlns="urn:resume:view:1" xml:lang="de">
          <meta><title>Ada — Lebenslauf</title><author>Ada</author></meta>
          <header>
            <name>Ada</name>
            <contact kind="website" label="Website" href="javascript:alert(1)">ada.example</contact>
          </header>
        </document>""");

    assertTrue(page.select("a").isEmpty(), page.body().html());
    assertEquals("de", page.selectFirst("html").attr("lang"));
    assertTrue(page.selectFirst(".contacts").text().contains("ada.example"));
    assertFalse(page.selectFirst("script").data().contains("javascript"), "no unsafe url in the JSON-LD");
    assertEquals(1, warnings.size());
  }

  @Test
  void textCannotCloseTheJsonLdScript() throws Exception {
    String name = "Ada </script><script>alert(1)</script> Lovelace";
    Document page = render(resume(name.replace("<", "&lt;"), "<para>Hello.</para>"));

    assertEquals(1, page.select("script").size(), page.head().html());
    assertEquals(name, page.selectFirst("h1").text());
    String json = page.selectFirst("script").data();
    assertFalse(json.contains("<"), json);
    assertTrue(json.contains("\\u003c"), json);
  }

  private static String resume(String name, String body) {
    return """
        <document xmlns="urn:resume:view:1" xml:lang="en">
          <meta><title>%1$s</title><author>%1$s</author></meta>
          <header><name>%1$s</name></header>
          <section kind="projects" id="projects"><heading>Projects</heading>%2$s</section>
        </document>""".formatted(name, body);
  }

  private Document render(String prepared) throws Exception {
    XdmNode view = processor.newDocumentBuilder().build(new StreamSource(new StringReader(prepared)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(new PreparedResume("test.xml", view), out, warnings::add);
    return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
  }
}
