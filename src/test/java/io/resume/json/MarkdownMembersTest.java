package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.resume.model.Problem;
import io.resume.model.ResumeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text members JSON Resume themes read as Markdown (summaries, highlights, a project's
 * description, a reference) become the canonical résumé's rich text, and export writes that back as
 * Markdown that means the same.
 */
class MarkdownMembersTest {
  private static final Path FILE = Path.of("src/test/resources/io/resume/markdown/markdown.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Processor processor;
  private static JsonResume json;
  private static JsonResume.Imported imported;
  private static XPathCompiler xpath;

  @BeforeAll
  static void importTheFixture() throws Exception {
    processor = new Processor(false);
    json = new JsonResume(new ResumeReader(processor));
    imported = json.read(FILE);
    xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "urn:resume:1");
  }

  private static String eval(XdmNode resume, String expression) throws Exception {
    return xpath.evaluate(expression, resume).stream()
        .map(item -> item.getStringValue())
        .reduce((a, b) -> a + "|" + b)
        .orElse("");
  }

  @Test
  void aSummaryBecomesParagraphsAndLists() throws Exception {
    XdmNode resume = imported.resume();
    assertEquals("p|p|p|list|list|p", eval(resume, "/resume/basics/summary/*/local-name()"));
    assertEquals(
        "sturdy pipelines|Strong with inner emphasis inside",
        eval(resume, "/resume/basics/summary/p/strong"));
    assertEquals("careful tools", eval(resume, "/resume/basics/summary/p[1]/em"));
    assertEquals("inner emphasis", eval(resume, "/resume/basics/summary/p/strong/em"));
    assertEquals("kubectl apply", eval(resume, "/resume/basics/summary/p/code"));
    assertEquals("https://example.org/site", eval(resume, "/resume/basics/summary/p/link/@href"));
    assertEquals("1", eval(resume, "count(/resume/basics/summary/p[1]/br)"));
    assertEquals(
        "Mentoring juniors|Reading specs",
        eval(resume, "/resume/basics/summary/list[1]/item/text()[normalize-space()]"));
    assertEquals(
        "nested CommonMark", eval(resume, "/resume/basics/summary/list[1]/item[2]/list/item"));
    assertEquals(
        "true|Plan the work|Ship the work",
        eval(resume, "/resume/basics/summary/list[2]/(@numbered, item)"));
    assertEquals(
        "Raw <b>bold tag</b> stays text.",
        eval(resume, "normalize-space(/resume/basics/summary/p[last()]/text()[1])"));
    assertTrue(
        eval(resume, "/resume/basics/summary/p[last()]").endsWith("5 * 3 and _underscores_."));
  }

  /**
   * The link is refused as resume.xsd refuses it: its text stays, and one warning names the member.
   */
  @Test
  void aRefusedLinkKeepsItsTextAndIsWarnedAboutAtItsMember() throws Exception {
    assertEquals(
        "Types kubectl apply daily. See Project Site or my blog.",
        eval(imported.resume(), "normalize-space(/resume/basics/summary/p[2])"));
    assertEquals(
        List.of(
            new Problem(
                FILE.toString(),
                6,
                16,
                "/basics/summary: \"/blog\" is not a link a résumé makes (http, https, mailto or tel with a host): its text is kept, unlinked")),
        imported.warnings());
  }

  @Test
  void highlightsHoldTheirOwnLists() throws Exception {
    XdmNode resume = imported.resume();
    assertEquals("ccache|40%", eval(resume, "/resume/work/position/highlights/item[1]/(code, em)"));
    assertEquals(
        "Migrations:",
        eval(resume, "normalize-space(/resume/work/position/highlights/item[3]/text()[1])"));
    assertEquals(
        "Postgres 12 to 16|Kafka to Redpanda",
        eval(resume, "/resume/work/position/highlights/item[3]/list/item"));
  }

  /** Where the schema holds one text, paragraphs are apart by an empty line (two line breaks). */
  @Test
  void aDescriptionAndAReferenceAreOneTextWithLineBreaks() throws Exception {
    XdmNode resume = imported.resume();
    assertEquals(
        "tiny|Rust|2",
        eval(
            resume,
            "/resume/projects/project/description/(string(strong), string(code), count(br))"));
    assertEquals(
        "always|1", eval(resume, "/resume/references/reference/text/(string(em), count(br))"));
  }

  /**
   * A highlight written as a list item is a bullet already; "2019. …" is more likely a year than a
   * list.
   */
  @Test
  void aHighlightThatIsAListItemIsTheBullet(@TempDir Path dir) throws Exception {
    XdmNode resume =
        read(
            dir,
            """
        {"basics": {"name": "Ann Example"}, "work": [{"name": "Acme", "highlights": [
          "- Led the team", "2019. Moved to Berlin", "* one\\n* two", "Results:\\n1. faster\\n2. cheaper"]}]}
        """);
    assertEquals(
        "Led the team|2019. Moved to Berlin|one|two|Results:",
        eval(
            resume,
            "/resume/work/position/highlights/item/normalize-space(string-join(text(), ''))"));
    assertEquals(
        "true|faster|cheaper",
        eval(resume, "/resume/work/position/highlights/item[5]/list/(@numbered, item)"));
  }

  /** What a person writes in plain text is not mangled by being read as Markdown. */
  @Test
  void plainTextStaysAsWritten(@TempDir Path dir) throws Exception {
    String text =
        "Built C# and C++ tools: 40% faster, 2x cheaper (see below) & more - snake_case, 5 * 3, <3 users!";
    XdmNode resume =
        read(
            dir,
            "{\"basics\": {\"name\": \"Ann Example\", \"summary\": "
                + MAPPER.writeValueAsString(text)
                + "}}");
    assertEquals(text, eval(resume, "/resume/basics/summary/p"));
  }

  /** Import, export, import again: the same résumé (the Markdown may be written otherwise). */
  @Test
  void markdownRoundTripsToTheSameMeaning(@TempDir Path dir) throws Exception {
    JsonResume.Exported exported = JsonResume.write(imported.resume());
    assertEquals(List.of(), exported.warnings());
    Path again = dir.resolve("again.json");
    Files.writeString(again, exported.json());
    JsonResume.Imported reimported = json.read(again);
    assertEquals(canonical(imported.xml()), canonical(reimported.xml()));
    // What was written plainly comes back byte for byte.
    JsonNode back = MAPPER.readTree(exported.json());
    JsonNode original = MAPPER.readTree(FILE.toFile());
    assertEquals(original.at("/work/0/summary"), back.at("/work/0/summary"));
    assertEquals(original.at("/work/0/highlights"), back.at("/work/0/highlights"));
    assertEquals(original.at("/projects/0/description"), back.at("/projects/0/description"));
    assertEquals(original.at("/references/0/reference"), back.at("/references/0/reference"));
  }

  /** Keeps the round trip honest: a change of meaning in the exported Markdown is seen. */
  @Test
  void aChangedMeaningIsCaught(@TempDir Path dir) throws Exception {
    String changed =
        JsonResume.write(imported.resume())
            .json()
            .replace("**sturdy pipelines**", "sturdy pipelines");
    Path again = dir.resolve("changed.json");
    Files.writeString(again, changed);
    assertTrue(!canonical(imported.xml()).equals(canonical(json.read(again).xml())));
  }

  /**
   * Rich text written in the XML (an XML author's) exports as Markdown that imports as the same.
   */
  @Test
  void xmlRichTextExportsAsMarkdown(@TempDir Path dir) throws Exception {
    String xml =
        """
        <resume xmlns="urn:resume:1"><basics><name>Ann Example</name>
          <summary>
            <p>Uses <code>a*b</code> and <em>C# </em>*daily*,
               says <link href="https://example.org">hi</link>.<br/>Line two: 1. not a list</p>
            <list numbered="true" start="4"><item>four <strong>bold</strong><p>more under four</p></item><item>five</item></list>
          </summary></basics>
          <projects><project><name>P</name><description>Para one.<br/><br/>Para two: # not a heading</description></project></projects>
        </resume>""";
    XdmNode source =
        new ResumeReader(processor)
            .read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "a.xml",
                "file:///a.xml");
    JsonResume.Exported exported = JsonResume.write(source);
    assertEquals(List.of(), exported.warnings());
    JsonNode written = MAPPER.readTree(exported.json());
    assertEquals(
        "Uses `a*b` and *C#* \\*daily\\*, says [hi](https://example.org).\nLine two: 1. not a list\n\n"
            + "4. four **bold**\n\n   more under four\n5. five",
        written.at("/basics/summary").asText());
    assertEquals(
        "Para one.\n\nPara two: # not a heading", written.at("/projects/0/description").asText());
    Path again = dir.resolve("again.json");
    Files.writeString(again, exported.json());
    XdmNode back = json.read(again).resume();
    assertEquals(
        eval(source, "normalize-space(/resume/basics/summary)"),
        eval(back, "normalize-space(/resume/basics/summary)"));
    assertEquals("a*b|C#|bold", eval(back, "/resume/basics/summary//(code, em, strong)"));
    assertEquals(
        "4|more under four", eval(back, "/resume/basics/summary/list/(@start, item[1]/p)"));
  }

  /** Markdown has no superscript: its text is exported, and a warning says so. */
  @Test
  void aSuperscriptIsExportedAsTextWithAWarning() throws Exception {
    String xml =
        "<resume xmlns=\"urn:resume:1\"><basics><name>Ann</name><summary><p>E = mc<sup>2</sup></p></summary></basics></resume>";
    XdmNode source =
        new ResumeReader(processor)
            .read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "a.xml",
                "file:///a.xml");
    JsonResume.Exported exported = JsonResume.write(source);
    assertEquals("E = mc2", MAPPER.readTree(exported.json()).at("/basics/summary").asText());
    assertEquals(1, exported.warnings().size(), exported.warnings()::toString);
    assertTrue(
        exported.warnings().get(0).startsWith("/resume/basics/summary: superscript \"2\""),
        exported.warnings()::toString);
  }

  private static XdmNode read(Path dir, String content) throws Exception {
    Path file = dir.resolve("resume.json");
    Files.writeString(file, content);
    return json.read(file).resume();
  }

  /** The XML without the layout of its lines. */
  private static String canonical(String xml) {
    return xml.replaceAll(">\\s+<", "><").strip();
  }
}
