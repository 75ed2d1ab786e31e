package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/** A small hand-written prepared résumé that uses what the real one does not. */
class DocxFixtureTest {
  private static final String VIEW =
      """
      <document xmlns="urn:resume:view:1" xml:lang="de" dir="ltr">
        <meta><title>T</title><author>A</author><subject>S</subject><keywords>k1, k2</keywords></meta>
        <header>
          <name>Ana   Example</name>
          <headline>Engineer</headline>
          <contact kind="phone" label="Phone" href="tel:+4912345">+49 12345</contact>
          <contact kind="profile" label="GitHub" label-visible="true" href="https://github.com/ana">ana</contact>
        </header>
        <section kind="work" id="work">
          <heading>Work</heading>
          <para>
            Plain <em>italic <strong>both</strong></em> H<sub>2</sub>O 1<sup>st</sup>
            <link href="https://example.org/a">a <em>link</em></link> and
            bad.
          </para>
          <list style="numbered"><item label="[7]">Cited <link href="https://example.org/a">again</link></item></list>
        </section>
      </document>
      """;

  private final List<String> warnings = new ArrayList<>();

  /**
   * The fixture keeps the contract the prepare step keeps (view.xsd): which text links where, and
   * which label is shown, are decided there. A link to javascript: breaks it.
   */
  @Test
  void theFixtureIsAPreparedResumeAsViewXsdDescribesIt() throws Exception {
    javax.xml.validation.Validator validator =
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(DocxFixtureTest.class.getResource("/io/resume/schema/view.xsd"))
            .newValidator();
    validator.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(VIEW)));
    String unsafe = VIEW.replace("bad.", "<link href=\"javascript:alert(1)\">bad</link>.");
    assertThrows(
        org.xml.sax.SAXException.class,
        () ->
            validator.validate(
                new javax.xml.transform.stream.StreamSource(new java.io.StringReader(unsafe))));
  }

  @Test
  void inlineMarkupBecomesRunProperties() throws Exception {
    try (XWPFDocument doc = render(new DocxRenderer())) {
      XWPFParagraph para = paragraph(doc, "BodyText");
      assertEquals(
          "Plain italic both H2O 1st a link and bad.", para.getText(), "whitespace collapsed");
      assertTrue(run(para, "italic ").isItalic());
      assertFalse(run(para, "italic ").isBold());
      assertTrue(run(para, "both").isItalic() && run(para, "both").isBold());
      assertEquals("subscript", run(para, "2").getVerticalAlignment().toString());
      assertEquals("superscript", run(para, "st").getVerticalAlignment().toString());
    }
  }

  @Test
  void oneHyperlinkHoldsTheRunsOfOneLink() throws Exception {
    try (XWPFDocument doc = render(new DocxRenderer())) {
      XWPFParagraph para = paragraph(doc, "BodyText");
      List<CTHyperlink> links = para.getCTP().getHyperlinkList();
      assertEquals(1, links.size());
      assertEquals(
          2, links.get(0).sizeOfRArray(), "\"a \" and the italic \"link\" in one hyperlink");
      assertEquals(
          "https://example.org/a",
          doc.getPackagePart().getRelationship(links.get(0).getId()).getTargetURI().toString());
      assertFalse(run(para, " and bad.") instanceof XWPFHyperlinkRun);
      assertEquals(List.of(), warnings);

      Set<String> targets = new HashSet<>();
      doc.getPackagePart()
          .getRelationshipsByType(XWPFRelation.HYPERLINK.getRelation())
          .forEach(r -> targets.add(r.getTargetURI().toString()));
      // the repeated https://example.org/a shares one relationship
      assertEquals(
          Set.of("tel:+4912345", "https://github.com/ana", "https://example.org/a"), targets);
      assertEquals(
          3,
          doc.getPackagePart().getRelationshipsByType(XWPFRelation.HYPERLINK.getRelation()).size());
    }
  }

  @Test
  void headerHasNameHeadlineAndLabelledProfile() throws Exception {
    try (XWPFDocument doc = render(new DocxRenderer())) {
      assertEquals("Ana Example", paragraph(doc, "Heading1").getText());
      assertEquals("Engineer", paragraph(doc, "Subtitle").getText());
      assertEquals("+49 12345 \u00b7 GitHub ana", paragraph(doc, "ContactLine").getText());
      assertEquals("[7]\tCited again", paragraph(doc, "ListParagraph").getText());
      assertNull(
          paragraph(doc, "ListParagraph").getNumID(), "the label is text, not Word numbering");
    }
  }

  @Test
  void propertiesAndLanguage() throws Exception {
    try (XWPFDocument doc = render(new DocxRenderer())) {
      var core = doc.getProperties().getCoreProperties();
      assertEquals("S", core.getSubject());
      assertEquals("k1, k2", core.getKeywords());
      assertEquals("de", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
      try (var styles = doc.getStyles().getPackagePart().getInputStream()) {
        String xml = new String(styles.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(
            xml.contains("<w:lang w:val=\"de\"/>"), "spelling language in the default run style");
      }
    }
  }

  @Test
  void letterPaperMovesTheRightTabStop() throws Exception {
    try (XWPFDocument doc =
        render(new DocxRenderer(), RenderOptions.defaults().withPaper(Paper.LETTER))) {
      var size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertEquals(BigInteger.valueOf(12240), size.getW());
      assertEquals(BigInteger.valueOf(15840), size.getH());
      assertEquals(
          BigInteger.valueOf(12240 - 2 * 964),
          doc.getStyles()
              .getStyle("EntryTitle")
              .getCTStyle()
              .getPPr()
              .getTabs()
              .getTabArray(0)
              .getPos());
    }
  }

  @Test
  void oneRendererServesSeveralThreads() throws Exception {
    DocxRenderer shared = new DocxRenderer();
    PreparedResume resume = prepared();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        texts.add(
            pool.submit(
                () -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  shared.render(resume, out, message -> {});
                  try (XWPFWordExtractor extractor =
                      new XWPFWordExtractor(
                          new XWPFDocument(new ByteArrayInputStream(out.toByteArray())))) {
                    return extractor.getText();
                  }
                }));
      }
      String first = texts.get(0).get();
      assertTrue(first.contains("Cited again"));
      for (Future<String> text : texts) {
        assertEquals(first, text.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void writingLeavesTheThreadsClassLoaderAsItWas() throws Exception {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    render(new DocxRenderer()).close();
    assertTrue(before == Thread.currentThread().getContextClassLoader());
  }

  private XWPFDocument render(DocxRenderer renderer) throws Exception {
    return render(renderer, RenderOptions.defaults());
  }

  private XWPFDocument render(DocxRenderer renderer, RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(prepared(), options, out, warnings::add);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  private static PreparedResume prepared() throws Exception {
    Processor processor = new Processor(false);
    return new PreparedResume(
        "fixture", processor.newDocumentBuilder().build(new StreamSource(new StringReader(VIEW))));
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyleID()))
        .findFirst()
        .orElseThrow();
  }

  private static XWPFRun run(XWPFParagraph paragraph, String text) {
    return paragraph.getRuns().stream()
        .filter(r -> text.equals(r.text()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no run \"" + text + "\" in " + paragraph.getRuns()));
  }
}
