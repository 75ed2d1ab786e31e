package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that looks like markup or like a template is the résumé's text, shown as written in every
 * format, never interpreted: HTML tags, the end of a CDATA section, an entity reference, a property
 * placeholder, an XSLT attribute value template, a format specifier. (A bidirectional override,
 * U+202E, is refused by the reader instead: see {@link BadInputTest}.)
 */
class LiteralTextTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String CDATA_END = "]]>";
  private static final String ENTITY = "&e;";
  private static final String PLACEHOLDER = "${user.home}";
  private static final String TEMPLATE = "{1+1}";
  private static final String FORMAT = "%s";
  private static final List<String> LITERALS =
      List.of(SCRIPT, CDATA_END, ENTITY, PLACEHOLDER, TEMPLATE, FORMAT);

  private static final Map<Format, String> texts = new EnumMap<>(Format.class);
  private static final List<String> warnings = new ArrayList<>();
  private static String html;
  private static List<String> items;

  @BeforeAll
  static void render(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("hostile.xml");
    Files.writeString(
        input,
        """
        <resume xmlns="urn:resume:1">
          <basics>
            <name>Eve %1$s Mallory</name>
            <label>Tester of %2$s and %3$s</label>
            <url>https://example.org/eve</url>
          </basics>
          <summary title="About %4$s">
            <p>Writes %5$s and %6$s, and <em>%1$s</em> in <link href="https://example.org/p?a=1&amp;b=2">a %2$s link</link>.</p>
          </summary>
          <work title="Work %5$s">
            <position>
              <organization>Acme %3$s Corp</organization>
              <role>Engineer %6$s</role>
              <start>2020-01</start>
              <highlights>
                <item>Escaped %1$s everywhere.</item>
                <item>Closed %2$s sections, expanded no %3$s, %4$s nor %5$s, formatted no %6$s.</item>
              </highlights>
            </position>
          </work>
        </resume>
        """
            .formatted(
                escape(SCRIPT),
                escape(CDATA_END),
                escape(ENTITY),
                escape(PLACEHOLDER),
                escape(TEMPLATE),
                escape(FORMAT)));
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(input, null, warnings::add);
    items = ReaderItems.textItems(resume.view());
    Map<Format, byte[]> bytes = new EnumMap<>(Format.class);
    for (Format format : Format.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pipeline.renderer(format).render(resume, RenderOptions.defaults(), out, warnings::add);
      bytes.put(format, out.toByteArray());
    }
    html = new String(bytes.get(Format.HTML), StandardCharsets.UTF_8);
    texts.put(Format.PDF, Extract.pdfText(bytes.get(Format.PDF)));
    texts.put(Format.HTML, Extract.htmlText(html));
    texts.put(Format.DOCX, Extract.docxText(bytes.get(Format.DOCX)));
    texts.put(Format.TXT, new String(bytes.get(Format.TXT), StandardCharsets.UTF_8));
    texts.put(
        Format.MD, Extract.markdownText(new String(bytes.get(Format.MD), StandardCharsets.UTF_8)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void everyLiteralIsShownAsWrittenInEveryFormat() {
    for (Format format : Format.values()) {
      String text = texts.get(format);
      for (String literal : LITERALS) {
        assertTrue(
            text.contains(literal), () -> format + " lost or changed " + literal + ":\n" + text);
      }
      assertTrue(text.contains("Eve " + SCRIPT + " Mallory"), () -> format + ":\n" + text);
    }
  }

  /** And the whole résumé, item by item, as the cross-format check reads it. */
  @Test
  void everyItemIsInOrderInEveryFormat() {
    assertTrue(items.contains("Eve " + SCRIPT + " Mallory"), items::toString);
    for (Format format : Format.values()) {
      String text =
          format == Format.TXT
              ? Extract.textWithoutAddresses(
                  texts.get(format), Extract.textLinks(texts.get(format)))
              : texts.get(format);
      assertEquals(List.of(), InOrder.problems(items, text), format::toString);
    }
  }

  /**
   * The page runs no script of the résumé: its only script is the JSON-LD data, still valid JSON.
   */
  @Test
  void theHtmlHasNoScriptButTheJsonLd() throws IOException {
    Document page = Jsoup.parse(html);
    List<Element> scripts = page.select("script");
    assertEquals(1, scripts.size(), () -> scripts.toString());
    assertEquals("application/ld+json", scripts.get(0).attr("type"));
    JsonNode data = new ObjectMapper().readTree(scripts.get(0).data());
    assertEquals("Eve " + SCRIPT + " Mallory", data.get("name").asText());
    assertTrue(
        page.select("*").stream()
            .noneMatch(
                e ->
                    e.attributes().asList().stream()
                        .anyMatch(a -> a.getKey().toLowerCase().startsWith("on"))),
        "no event handler attribute");
    assertEquals(
        page.select("a[href]").eachAttr("href").stream().filter(h -> !h.startsWith("#")).toList(),
        List.of("https://example.org/eve", "https://example.org/p?a=1&b=2"));
  }

  /** Neither Java, the stylesheets nor a renderer expanded the placeholder. */
  @Test
  void thePlaceholderWasNotExpanded() {
    String home = System.getProperty("user.home");
    for (Format format : Format.values()) {
      assertFalse(
          texts.get(format).contains(home),
          () -> format + " expanded " + PLACEHOLDER + " to " + home);
    }
    assertFalse(html.contains(home), "the home folder appears in the HTML");
  }

  @Test
  void renderingIsSilent() {
    assertEquals(List.of(), warnings);
  }

  /** The check can fail: the text formats without the literal are caught. */
  @Test
  void aLostLiteralWouldBeCaught() {
    String mangled = texts.get(Format.HTML).replace(TEMPLATE, "2");
    assertFalse(mangled.contains(TEMPLATE));
    assertFalse(InOrder.problems(items, mangled).isEmpty());
  }
}
