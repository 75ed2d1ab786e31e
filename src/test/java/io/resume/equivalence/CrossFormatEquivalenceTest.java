package io.resume.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The heart of the product: PDF, HTML, DOCX, plain text and Markdown of one résumé hold the same
 * content. Every text item of the prepared résumé must appear in each format's extracted text, in
 * the same order, and each format must link to exactly the same external targets.
 */
class CrossFormatEquivalenceTest {
  private static final String DROPPED = "Two papers are pending review.";

  private static Pipeline pipeline;
  private static PreparedResume resume;
  private static List<String> items;
  private static Set<String> links;
  private static final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void renderTheRepositoryResume() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, warnings::add);
    items = ReaderItems.textItems(resume.view());
    links = ReaderItems.links(resume.view());
  }

  @Test
  void theOracleCoversTheWholeResume() {
    // A sanity floor, so that an oracle that lost its items cannot make every format "pass".
    assertTrue(items.size() > 40, () -> "only " + items.size() + " items: " + items);
    assertTrue(items.contains(DROPPED), items::toString);
    assertEquals(
        Set.of(
            "mailto:aetiurf@gmail.com",
            "https://github.com/chenzhuofu",
            "https://chenzhuofu.github.io/"),
        links);
  }

  @Test
  void thePdfHoldsEveryItemInOrder() throws IOException {
    byte[] pdf = render(resume, Format.PDF);
    assertEquals(List.of(), InOrder.problems(items, Extract.pdfText(pdf)));
    assertEquals(links, Extract.pdfLinks(pdf));
  }

  @Test
  void theHtmlHoldsEveryItemInOrder() throws IOException {
    String html = new String(render(resume, Format.HTML), StandardCharsets.UTF_8);
    assertEquals(List.of(), InOrder.problems(items, Extract.htmlText(html)));
    assertEquals(links, Extract.htmlLinks(html));
  }

  @Test
  void theDocxHoldsEveryItemInOrder() throws IOException {
    byte[] docx = render(resume, Format.DOCX);
    assertEquals(List.of(), InOrder.problems(items, Extract.docxText(docx)));
    assertEquals(links, Extract.docxLinks(docx));
  }

  /** Plain text cannot link, so every address must be shown: emails as themselves, URLs in full. */
  @Test
  void thePlainTextHoldsEveryItemInOrder() throws IOException {
    String text = new String(render(resume, Format.TXT), StandardCharsets.UTF_8);
    assertEquals(List.of(), InOrder.problems(items, Extract.textWithoutAddresses(text, links)));
    assertEquals(links, Extract.textLinks(text));
  }

  /** Markdown is read as a CommonMark site shows it, so escaping mistakes count as lost words. */
  @Test
  void theMarkdownHoldsEveryItemInOrder() throws IOException {
    String markdown = new String(render(resume, Format.MD), StandardCharsets.UTF_8);
    assertEquals(List.of(), InOrder.problems(items, Extract.markdownText(markdown)));
    assertEquals(links, Extract.markdownLinks(markdown));
  }

  @Test
  void renderingIsSilentForTheRepositoryResume() throws IOException {
    for (Format format : Format.values()) {
      pipeline.renderer(format).render(resume, new ByteArrayOutputStream(), warnings::add);
    }
    assertEquals(List.of(), warnings);
  }

  /** Keeps the check honest: a format that lost one bullet must fail it, in every format. */
  @Test
  void aDroppedItemIsDetectedInEveryFormat() throws Exception {
    PreparedResume broken = mutate("<item>" + DROPPED + "</item>", "");
    List<String> expected = List.of("missing: " + DROPPED);
    assertEquals(expected, InOrder.problems(items, Extract.pdfText(render(broken, Format.PDF))));
    assertEquals(
        expected,
        InOrder.problems(
            items,
            Extract.htmlText(new String(render(broken, Format.HTML), StandardCharsets.UTF_8))));
    assertEquals(expected, InOrder.problems(items, Extract.docxText(render(broken, Format.DOCX))));
    assertEquals(
        expected,
        InOrder.problems(items, new String(render(broken, Format.TXT), StandardCharsets.UTF_8)));
    assertEquals(
        expected,
        InOrder.problems(
            items,
            Extract.markdownText(new String(render(broken, Format.MD), StandardCharsets.UTF_8))));
  }

  /** And one whose entries came out in another order must fail too. */
  @Test
  void swappedItemsAreDetected() throws Exception {
    String first = "<item>Two papers are pending review.</item>";
    String second = "<item>One paper is pending review.</item>";
    String view = serialize(resume.view());
    String swapped = view.replace(first, "\u0000").replace(second, first).replace("\u0000", second);
    assertNotEquals(view, swapped);
    PreparedResume broken = new PreparedResume("swapped", parse(swapped));
    String html = new String(render(broken, Format.HTML), StandardCharsets.UTF_8);
    assertTrue(
        InOrder.problems(items, Extract.htmlText(html)).stream()
            .anyMatch(p -> p.startsWith("out of order")),
        () -> InOrder.problems(items, Extract.htmlText(html)).toString());
  }

  /** A link that a format fails to make is a difference in the link sets. */
  @Test
  void aLostLinkIsDetected() throws Exception {
    PreparedResume broken = mutate(" href=\"https://chenzhuofu.github.io/\"", "");
    assertNotEquals(links, Extract.pdfLinks(render(broken, Format.PDF)));
    assertNotEquals(links, Extract.docxLinks(render(broken, Format.DOCX)));
    assertNotEquals(
        links, Extract.htmlLinks(new String(render(broken, Format.HTML), StandardCharsets.UTF_8)));
    assertNotEquals(
        links,
        Extract.markdownLinks(new String(render(broken, Format.MD), StandardCharsets.UTF_8)));
  }

  private static byte[] render(PreparedResume prepared, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(format).render(prepared, out, warnings::add);
    return out.toByteArray();
  }

  private static PreparedResume mutate(String from, String to) throws SaxonApiException {
    String view = serialize(resume.view());
    assertTrue(view.contains(from), () -> "the mutation must apply: " + from);
    return new PreparedResume("mutated", parse(view.replace(from, to)));
  }

  private static String serialize(XdmNode node) {
    return node.toString();
  }

  private static XdmNode parse(String xml) throws SaxonApiException {
    return resume
        .view()
        .getProcessor()
        .newDocumentBuilder()
        .build(new StreamSource(new StringReader(xml)));
  }
}
