package io.resume.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Markdown in a JSON Resume (src/test/resources/io/resume/markdown/markdown.json), construct by
 * construct, as a reader sees it in every format (see {@link RichTextReading} for how each is
 * read). Each construct is also broken on purpose in the prepared résumé (as a renderer that
 * dropped it would draw it), and the same check must then fail.
 */
class MarkdownInEveryFormatTest {
  static final Path FILE = Path.of("src/test/resources/io/resume/markdown/markdown.json");
  private static final Set<Format> STYLED =
      EnumSet.of(Format.PDF, Format.HTML, Format.DOCX, Format.MD);

  private static Pipeline pipeline;
  private static PreparedResume resume;
  private static final Map<Format, RichTextReading> readings = new EnumMap<>(Format.class);
  private static final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void render() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(FILE, null, warnings::add);
    for (Format format : Format.values()) {
      readings.put(format, RichTextReading.of(format, render(resume, format)));
    }
  }

  private static void inEveryFormat(String what, Predicate<RichTextReading> check) {
    inFormats(EnumSet.allOf(Format.class), what, check);
  }

  /** Where styles are seen (plain text has none, so "not in italics" means nothing there). */
  private static void inStyledFormats(String what, Predicate<RichTextReading> check) {
    inFormats(STYLED, what, check);
  }

  private static void inFormats(
      Set<Format> formats, String what, Predicate<RichTextReading> check) {
    for (Format format : formats) {
      assertTrue(check.test(readings.get(format)), () -> format + " does not show " + what);
    }
  }

  @Test
  void emphasis() {
    inEveryFormat("*careful tools* in italics", r -> r.italic("careful tools"));
    inStyledFormats("*careful tools* not in bold", r -> !r.bold("careful tools"));
  }

  @Test
  void strong() {
    inEveryFormat("**sturdy pipelines** in bold", r -> r.bold("sturdy pipelines"));
    inStyledFormats("**sturdy pipelines** not in italics", r -> !r.italic("sturdy pipelines"));
  }

  @Test
  void code() {
    inEveryFormat("`kubectl apply` as code", r -> r.code("kubectl apply"));
    inEveryFormat("`ccache` in a highlight as code", r -> r.code("ccache"));
  }

  @Test
  void link() {
    inEveryFormat(
        "[Project Site](https://example.org/site) as a link",
        r -> r.linked("Project Site", "https://example.org/site"));
    inEveryFormat(
        "a highlight's [runbook] as a link",
        r -> r.linked("runbook", "https://example.org/runbook"));
  }

  /**
   * A link to a page of the author's own site (not http, https, mailto or tel): its text, unlinked.
   */
  @Test
  void refusedLink() {
    inEveryFormat("[my blog](/blog) as plain text", r -> r.unlinked("my blog", "/blog"));
    assertTrue(
        warnings.stream().anyMatch(w -> w.contains("/basics/summary") && w.contains("\"/blog\"")),
        warnings::toString);
  }

  /** A single line break ("\n") in a JSON string: the next words start a line. */
  @Test
  void lineBreak() {
    inEveryFormat(
        "the summary's second line on a line of its own",
        r -> r.startsLine("Second line of the summary."));
    inEveryFormat(
        "the reference's second line on a line of its own",
        r -> r.startsLine("Highly recommended."));
  }

  @Test
  void bulletList() {
    inEveryFormat(
        "\"- Mentoring juniors\" as a bullet",
        r -> r.bullet("Mentoring juniors") && r.bullet("Reading specs"));
    inEveryFormat(
        "a highlight's own list inside its bullet",
        r -> r.nested("Migrations:", "Postgres 12 to 16"));
    inEveryFormat(
        "the indented \"- nested CommonMark\" inside its item",
        r -> r.nested("Reading specs", "nested CommonMark"));
  }

  @Test
  void numberedList() {
    inEveryFormat(
        "\"1. Plan the work\" numbered",
        r -> r.numbered("1.", "Plan the work") && r.numbered("2.", "Ship the work"));
  }

  /** HTML in Markdown is shown as written, never interpreted. */
  @Test
  void rawHtml() {
    inEveryFormat("<b>bold tag</b> literally", r -> r.shows("<b>bold tag</b>"));
    inStyledFormats("<b>bold tag</b> not in bold", r -> !r.bold("bold tag"));
  }

  @Test
  void nestedEmphasis() {
    inEveryFormat(
        "*inner emphasis* inside **…** in bold italics", r -> r.boldItalic("inner emphasis"));
    inEveryFormat("the rest of the strong text in bold", r -> r.bold("Strong with"));
    inStyledFormats("the rest of the strong text not in italics", r -> !r.italic("Strong with"));
  }

  /** Backslash escapes: the characters, not markup. */
  @Test
  void escaping() {
    inEveryFormat(
        "\"5 \\* 3 and \\_underscores\\_\" literally", r -> r.shows("5 * 3 and _underscores_"));
    inStyledFormats("the escaped underscores not in italics", r -> !r.italic("underscores"));
  }

  /** And the whole résumé, item by item, in order, as the cross-format check reads it. */
  @Test
  void everyItemIsInOrderInEveryFormat() throws IOException {
    List<String> items = ReaderItems.textItems(resume.view());
    Set<String> links = ReaderItems.links(resume.view());
    assertTrue(items.contains("nested CommonMark"), items::toString);
    for (Format format : Format.values()) {
      byte[] output = render(resume, format);
      assertEquals(
          List.of(),
          InOrder.problems(items, Extract.text(format, output, links)),
          format::toString);
      assertEquals(links, Extract.links(format, output), format::toString);
    }
  }

  @Test
  void onlyTheRefusedLinkIsWarnedAbout() {
    assertEquals(1, warnings.size(), warnings::toString);
  }

  // ===== Broken on purpose: each check must catch a renderer that loses its construct =====

  @Test
  void codeDrawnAsPlainTextIsCaught() throws Exception {
    Map<Format, RichTextReading> broken = mutate("<code>kubectl apply</code>", "kubectl apply");
    for (Format format : STYLED) {
      assertFalse(broken.get(format).code("kubectl apply"), format::toString);
    }
  }

  @Test
  void droppedCodeIsCaught() throws Exception {
    Map<Format, RichTextReading> broken = mutate("<code>kubectl apply</code>", "");
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).code("kubectl apply"), format::toString);
    }
  }

  @Test
  void joinedLinesAreCaught() throws Exception {
    Map<Format, RichTextReading> broken = mutate("<br/>Second line", " Second line");
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).startsLine("Second line of the summary."), format::toString);
    }
  }

  @Test
  void lostStrongIsCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate("<strong>sturdy pipelines</strong>", "sturdy pipelines");
    for (Format format : STYLED) {
      assertFalse(broken.get(format).bold("sturdy pipelines"), format::toString);
    }
  }

  @Test
  void lostEmphasisIsCaught() throws Exception {
    Map<Format, RichTextReading> broken = mutate("<em>careful tools</em>", "careful tools");
    for (Format format : STYLED) {
      assertFalse(broken.get(format).italic("careful tools"), format::toString);
    }
  }

  @Test
  void lostLinkIsCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate("<link href=\"https://example.org/site\">Project Site</link>", "Project Site");
    for (Format format : Format.values()) {
      assertFalse(
          broken.get(format).linked("Project Site", "https://example.org/site"), format::toString);
    }
  }

  @Test
  void aLinkMadeOfTheRefusedAddressIsCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate("or my blog.", "or <link href=\"https://example.org/blog\">my blog</link>.");
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).unlinked("my blog", "/blog"), format::toString);
    }
  }

  @Test
  void flattenedNestedListIsCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate(
            "<item>Reading specs<list style=\"bullet\"><item>nested CommonMark</item></list></item>",
            "<item>Reading specs</item><item>nested CommonMark</item>");
    for (Format format : Format.values()) {
      assertFalse(
          broken.get(format).nested("Reading specs", "nested CommonMark"), format::toString);
    }
  }

  @Test
  void bulletsDrawnAsParagraphsAreCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate(
            "<list style=\"bullet\"><item>Mentoring juniors</item>",
            "<para>Mentoring juniors</para><list style=\"bullet\">");
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).bullet("Mentoring juniors"), format::toString);
    }
  }

  @Test
  void lostNumbersAreCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate("<item label=\"1.\">Plan the work</item>", "<item>Plan the work</item>");
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).numbered("1.", "Plan the work"), format::toString);
    }
  }

  @Test
  void interpretedHtmlIsCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate("Raw &lt;b&gt;bold tag&lt;/b&gt;", "Raw <strong>bold tag</strong>");
    for (Format format : STYLED) {
      assertFalse(!broken.get(format).bold("bold tag"), format::toString);
    }
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).shows("<b>bold tag</b>"), format::toString);
    }
  }

  @Test
  void escapedCharactersReadAsMarkupAreCaught() throws Exception {
    Map<Format, RichTextReading> broken =
        mutate("5 * 3 and _underscores_", "5 * 3 and <em>underscores</em>");
    for (Format format : Format.values()) {
      assertFalse(broken.get(format).shows("5 * 3 and _underscores_"), format::toString);
    }
  }

  @Test
  void lostNestedEmphasisIsCaught() throws Exception {
    Map<Format, RichTextReading> broken = mutate("<em>inner emphasis</em>", "inner emphasis");
    for (Format format : STYLED) {
      assertFalse(broken.get(format).boldItalic("inner emphasis"), format::toString);
    }
  }

  private static Map<Format, RichTextReading> mutate(String from, String to)
      throws SaxonApiException, IOException {
    StringWriter serialized = new StringWriter();
    Serializer serializer = resume.view().getProcessor().newSerializer(serialized);
    serializer.setOutputProperty(Serializer.Property.INDENT, "no");
    serializer.serializeNode(resume.view());
    String view = serialized.toString();
    assertTrue(view.contains(from), () -> "the mutation must apply: " + from + "\n" + view);
    PreparedResume broken =
        new PreparedResume(
            "mutated",
            resume
                .view()
                .getProcessor()
                .newDocumentBuilder()
                .build(new StreamSource(new StringReader(view.replace(from, to)))));
    Map<Format, RichTextReading> readings = new EnumMap<>(Format.class);
    for (Format format : Format.values()) {
      readings.put(format, RichTextReading.of(format, render(broken, format)));
    }
    return readings;
  }

  private static byte[] render(PreparedResume prepared, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(format).render(prepared, out, message -> {});
    return out.toByteArray();
  }
}
