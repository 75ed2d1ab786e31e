package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of the real résumé, read back with PDFBox. */
class PdfRendererTest {
  private static final List<String> warnings = new ArrayList<>();
  private static Pipeline pipeline;
  private static PreparedResume resume;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, warnings::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.PDF).render(resume, out, warnings::add);
    pdf = out.toByteArray();
  }

  @Test
  void theSeedRendersWithoutWarnings() {
    assertEquals(List.of(), warnings);
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts++;
        }
      }
      assertTrue(fonts >= 3, "regular, bold and italic at least: " + fonts);
    }
  }

  @Test
  void titleAuthorAndLanguageAreSet() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals("Zhuofu Chen — Résumé", document.getDocumentInformation().getTitle());
      assertEquals("Zhuofu Chen", document.getDocumentInformation().getAuthor());
      assertEquals("en", document.getDocumentCatalog().getLanguage());
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("Zhuofu Chen — Résumé"), xmp);
      assertTrue(
          xmp.contains("<pdfaid:part>3</pdfaid:part>") || xmp.contains("pdfaid:part=\"3\""),
          "PDF/A-3 is declared");
      assertTrue(xmp.contains("pdfuaid:part"), "PDF/UA is declared");
    }
  }

  @Test
  void theDocumentIsTaggedAndHasAnOutline() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
      PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
      List<String> types = new ArrayList<>();
      collectTypes(root.getKids(), types);
      assertEquals(
          1, types.stream().filter("H1"::equals).count(), "the name is the one H1: " + types);
      assertEquals(6, types.stream().filter("H2"::equals).count(), "one H2 per section: " + types);
      assertEquals(
          3,
          types.stream().filter("Figure"::equals).count(),
          "one figure per contact icon: " + types);
      assertTrue(
          types.contains("L") && types.contains("LI") && types.contains("Link"), types::toString);
      assertFalse(types.contains("Table"), "no layout tables");
      List<String> bookmarks = new ArrayList<>();
      document
          .getDocumentCatalog()
          .getDocumentOutline()
          .children()
          .forEach(item -> bookmarks.add(item.getTitle()));
      assertEquals(Seed.HEADINGS, bookmarks);
    }
  }

  @Test
  void contactsAreLiveLinks() throws IOException {
    Set<String> uris = new HashSet<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI action) {
            uris.add(action.getURI());
            assertFalse(
                link.getContents() == null || link.getContents().isBlank(),
                "a link needs a description (PDF/UA): " + action.getURI());
          }
        }
      }
    }
    // The GitHub profile has no url in the seed: its address is GitHub's for the user name.
    assertEquals(
        Set.of(
            "mailto:aetiurf@gmail.com",
            "https://github.com/chenzhuofu",
            "https://chenzhuofu.github.io/"),
        uris);
  }

  @Test
  void pagesAreA4() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(
          document.getNumberOfPages() >= 1 && document.getNumberOfPages() <= 2,
          "pages: " + document.getNumberOfPages());
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
        assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
      }
    }
  }

  @Test
  void theTextHoldsTheResumeInOrder() throws IOException {
    String text = text(pdf);
    List<String> expected =
        List.of(
            "Zhuofu Chen",
            "aetiurf@gmail.com",
            "github.com/chenzhuofu",
            "https://chenzhuofu.github.io/",
            "Education",
            "Tongji University",
            "Shanghai, China",
            "Sep 2021 – Present",
            "GPA: 4.87/5.00 · Ranking: 3/20",
            "Research Interests",
            "Experience",
            "Publications",
            "(* indicates equal contribution)",
            "[1]",
            "Zhuofu Chen*",
            "Selected Projects",
            "XPURemoting",
            "Selected Awards",
            "China National Scholarship (top 0.2%)",
            "1st Prize of National Olympiad in Informatics in Provinces",
            "2019");
    int from = 0;
    for (String item : expected) {
      int at = text.indexOf(item, from);
      assertTrue(at >= 0, () -> "missing or out of order: " + item + "\n" + text);
      from = at + item.length();
    }
  }

  @Test
  void aCharacterNoFontHasIsReported(@TempDir Path folder) throws Exception {
    Path source = folder.resolve("resume.xml");
    Files.writeString(
        source,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Li ሀ Wei ཀ</name></basics>
        </resume>
        """);
    List<String> messages = new ArrayList<>();
    PreparedResume small = pipeline.prepare(source, null, messages::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.PDF).render(small, out, messages::add);
    // Ethiopic and Tibetan: in no bundled font, nor in the CJK fonts looked for on the machine. One
    // warning names both.
    assertEquals(1, messages.size(), messages::toString);
    assertTrue(
        messages.get(0).contains("\"ሀ\" (U+1200)")
            && messages.get(0).contains("\"ཀ\" (U+0F40)")
            && messages.get(0).contains("not available"),
        messages::toString);
    // Where they are, in the résumé's words (the header is named by the name), never a place in the
    // XSL-FO.
    assertTrue(messages.get(0).contains(" in \"Li ሀ Wei ཀ\""), messages::toString);
    assertTrue(
        messages.stream()
            .noneMatch(message -> message.contains("position") || message.contains(".xsl")),
        messages::toString);
    assertTrue(messages.stream().noneMatch(message -> message.contains("\n")), "one line each");
    assertTrue(text(out.toByteArray()).contains("Li"), "the rest is still rendered");
  }

  @Test
  void aFailingOutputBecomesAnIOException() {
    Renderer renderer = pipeline.renderer(Format.PDF);
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    IOException failure =
        assertThrows(IOException.class, () -> renderer.render(resume, broken, warnings::add));
    assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
  }

  private static void collectTypes(List<Object> kids, List<String> types) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        collectTypes(element.getKids(), types);
      }
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      // FOP sets ligatures ("ﬃ"); compare what a reader reads.
      return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }
  }
}
