package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every résumé has a title, a subject and, when it names a role, a skill, a field or a language,
 * keywords in its document properties, decided once in the prepared résumé's meta: the DOCX's core
 * properties, the PDF's XMP and the HTML's meta tags say the same. A résumé with no headline and no
 * skills (the seed) gets its latest role as subject; one with only a name gets "Résumé".
 */
class DocumentPropertiesTest {
  private static final Path RESOURCES = Path.of("src/test/resources/io/resume");
  @TempDir static Path dir;
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() throws Exception {
    pipeline = SharedPipeline.bundled();
    Files.writeString(
        dir.resolve("minimal.xml"),
        "<resume xmlns=\"urn:resume:1\" xml:lang=\"en\"><basics><name>Ada Lovelace</name></basics></resume>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"seed", "json/roundtrip/jsonresume-sample.json", "scripts/arabic.xml", "minimal"})
  void everyFormatSaysTheMetaOfThePreparedResume(String input) throws Exception {
    Path file =
        switch (input) {
          case "seed" -> Seed.PATH;
          case "minimal" -> dir.resolve("minimal.xml");
          default -> RESOURCES.resolve(input);
        };
    PreparedResume resume = pipeline.prepare(file, null, Warnings.IGNORE);
    String title = meta(resume, "title");
    String subject = meta(resume, "subject");
    String keywords = meta(resume, "keywords");
    assertFalse(title.isBlank());
    assertFalse(subject.isBlank(), "every résumé has a subject");
    if (!input.equals("minimal")) {
      assertFalse(keywords.isBlank(), "a résumé with roles has keywords");
    }

    try (XWPFDocument docx =
        new XWPFDocument(new ByteArrayInputStream(render(resume, Format.DOCX)))) {
      POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
      assertEquals(title, core.getTitle());
      assertEquals(subject, core.getSubject());
      assertEquals(keywords.isEmpty() ? null : keywords, core.getKeywords());
    }
    try (PDDocument pdf = Loader.loadPDF(render(resume, Format.PDF))) {
      String xmp =
          new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains(escaped(subject)), xmp);
      assertTrue(
          keywords.isEmpty()
              || xmp.contains("<pdf:Keywords>" + escaped(keywords) + "</pdf:Keywords>"),
          xmp);
    }
    Document html = Jsoup.parse(new String(render(resume, Format.HTML), StandardCharsets.UTF_8));
    assertEquals(subject, html.select("meta[name=description]").attr("content"));
    assertEquals(keywords, html.select("meta[name=keywords]").attr("content"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed"})
  void withoutAHeadlineTheSubjectIsTheLatestRole(String input) throws Exception {
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    assertEquals(
        "Research Intern, Catalyst Group, Carnegie Mellon University", meta(resume, "subject"));
    String keywords = meta(resume, "keywords");
    assertTrue(
        List.of(keywords.split(", "))
            .containsAll(
                List.of("Research Intern", "Computer Science and Technology (Elite Class)")),
        keywords);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  private static byte[] render(PreparedResume resume, Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(format).render(resume, out, Warnings.IGNORE);
    return out.toByteArray();
  }

  private static String meta(PreparedResume resume, String name) throws Exception {
    XPathCompiler xpath = resume.view().getProcessor().newXPathCompiler();
    xpath.declareNamespace("v", "urn:resume:view:1");
    var value = xpath.evaluateSingle("string(/v:document/v:meta/v:" + name + ")", resume.view());
    assertNotNull(value);
    return value.getStringValue();
  }
}
