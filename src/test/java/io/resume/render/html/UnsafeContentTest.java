package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.text.StylesheetRenderer;
import io.resume.xslt.Preparer;
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

/**
 * What a hostile or careless résumé cannot do to the page: run script through links or data. The
 * résumés here skip the reader (whose schema refuses such links first): the prepare step links only
 * what {@code io.resume.model.Links} allows, and the page links only what it is given.
 */
class UnsafeContentTest {
  private final Processor processor = new Processor(false);
  private final Stylesheets stylesheets = Stylesheets.bundled(processor);
  private final StylesheetRenderer renderer = new StylesheetRenderer(stylesheets, Format.HTML);
  private final List<String> warnings = new ArrayList<>();

  @Test
  void javascriptLinkIsRenderedAsPlainText() throws Exception {
    Document page =
        render(
            resume(
                "Ada Lovelace",
                """
        <p>See <link href="javascript:alert(1)">my project</link>,
          <link href=" JavaScript:alert(2)">the demo</link>,
          <link href="data:text/html,hi">the data</link>
          and <link href="https://example.org/x?a=1&amp;b=2">the paper</link>.</p>"""));

    assertEquals(List.of("https://example.org/x?a=1&b=2"), page.select("a[href]").eachAttr("href"));
    for (Element element : page.getAllElements()) {
      element
          .attributes()
          .forEach(
              attribute ->
                  assertFalse(
                      attribute.getValue().toLowerCase().contains("javascript:"),
                      element.toString()));
    }
    String text = page.body().text();
    assertTrue(text.contains("See my project, the demo, the data and the paper."), text);
    assertEquals(3, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("javascript:alert(1)"), warnings.get(0));
  }

  @Test
  void javascriptContactIsNotALink() throws Exception {
    Document page =
        render(
            """
        <resume xmlns="urn:resume:1" xml:lang="de">
          <basics><name>Ada</name><url>javascript:alert(1)</url></basics>
        </resume>""");

    assertTrue(page.select("a").isEmpty(), page.body().html());
    assertEquals("de", page.selectFirst("html").attr("lang"));
    assertTrue(page.selectFirst(".contacts").text().contains("javascript:alert(1)"));
    assertFalse(
        page.selectFirst("script").data().contains("javascript"), "no unsafe url in the JSON-LD");
    assertEquals(1, warnings.size());
  }

  @Test
  void textCannotCloseTheJsonLdScript() throws Exception {
    String name = "Ada </script><script>alert(1)</script> Lovelace";
    Document page = render(resume(name.replace("<", "&lt;"), "<p>Hello.</p>"));

    assertEquals(1, page.select("script").size(), page.head().html());
    assertEquals(name, page.selectFirst("h1").text());
    String json = page.selectFirst("script").data();
    assertFalse(json.contains("<"), json);
    assertTrue(json.contains("\\u003c"), json);
  }

  private static String resume(String name, String body) {
    return """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>%1$s</name></basics>
          <summary>%2$s</summary>
        </resume>"""
        .formatted(name, body);
  }

  private Document render(String resume) throws Exception {
    XdmNode source =
        processor.newDocumentBuilder().build(new StreamSource(new StringReader(resume)));
    XdmNode view = new Preparer(stylesheets).prepare(source, null, warnings::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(
        new PreparedResume("test.xml", view), RenderOptions.defaults(), out, warnings::add);
    return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
  }
}
