package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX as a real word processor opens it: LibreOffice converts each file to PDF and to text
 * (one office start per format for all of them), and the cross-format check runs on its text.
 * {@code -Ddocx.lo.out=folder} keeps LibreOffice's PDFs, to look at them.
 */
class LibreOfficeTest {
  private static final String DROPPED = "Two papers are pending review.";
  private static final RenderOptions OPTIONS =
      new RenderOptions(Paper.A4, Instant.parse("2024-05-01T12:00:00Z"));

  @TempDir static Path dir;
  private static final Map<String, PreparedResume> resumes = new LinkedHashMap<>();
  private static final Map<String, String> texts = new LinkedHashMap<>();
  private static final Map<String, byte[]> pdfs = new LinkedHashMap<>();

  @BeforeAll
  static void convertEveryDocument() throws Exception {
    LibreOffice office = LibreOffice.required(dir);
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    Map<String, RenderOptions> options = new LinkedHashMap<>();
    resumes.put("resume", resume);
    resumes.put("letter", resume);
    options.put("letter", OPTIONS.withPaper(Paper.LETTER));
    // The check must be able to fail: the same résumé with one bullet lost.
    resumes.put("dropped", without(resume, "<item>" + DROPPED + "</item>"));
    for (var fixture : ScriptFixtures.ALL.entrySet()) {
      resumes.put(
          fixture.getKey(),
          ScriptFixtures.prepare(pipeline, dir, fixture.getKey(), fixture.getValue()));
    }

    List<Path> docx = new ArrayList<>();
    for (var entry : resumes.entrySet()) {
      Path file = dir.resolve(entry.getKey() + ".docx");
      try (OutputStream out = Files.newOutputStream(file)) {
        pipeline
            .renderer(Format.DOCX)
            .render(
                entry.getValue(),
                options.getOrDefault(entry.getKey(), OPTIONS),
                out,
                Warnings.IGNORE);
      }
      docx.add(file);
    }
    List<Path> pdfFiles = office.convert(docx, LibreOffice.PDF, dir.resolve("pdf"));
    List<Path> textFiles = office.convert(docx, LibreOffice.TEXT, dir.resolve("txt"));
    String keep = System.getProperty("docx.lo.out");
    int i = 0;
    for (String name : resumes.keySet()) {
      pdfs.put(name, Files.readAllBytes(pdfFiles.get(i)));
      texts.put(name, Files.readString(textFiles.get(i), StandardCharsets.UTF_8));
      if (keep != null) {
        Files.createDirectories(Path.of(keep));
        Files.copy(
            pdfFiles.get(i), Path.of(keep, name + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(docx.get(i), Path.of(keep, name + ".docx"), StandardCopyOption.REPLACE_EXISTING);
      }
      i++;
    }
  }

  @Test
  void libreOfficeReadsEveryItemInOrder() {
    List<String> items = ReaderItems.textItems(resumes.get("resume").view());
    assertTrue(items.size() > 40, items::toString);
    assertEquals(List.of(), InOrder.problems(items, texts.get("resume")));
  }

  @Test
  void aLostItemIsSeenInLibreOfficesText() {
    List<String> items = ReaderItems.textItems(resumes.get("resume").view());
    assertEquals(List.of("missing: " + DROPPED), InOrder.problems(items, texts.get("dropped")));
  }

  @Test
  void libreOfficesPdfHasTheLinksAndTheText() throws IOException {
    PreparedResume resume = resumes.get("resume");
    assertEquals(ReaderItems.links(resume.view()), Extract.pdfLinks(pdfs.get("resume")));
    assertEquals(
        List.of(),
        InOrder.problems(
            ReaderItems.textItems(resume.view()), Extract.pdfText(pdfs.get("resume"))));
  }

  @Test
  void pagesAreA4ByDefault() throws IOException {
    assertPageSize(PDRectangle.A4, pdfs.get("resume"));
  }

  @Test
  void pagesAreLetterOnRequest() throws IOException {
    assertPageSize(PDRectangle.LETTER, pdfs.get("letter"));
  }

  @Test
  void everyScriptReadsInOrder() {
    for (String lang : ScriptFixtures.ALL.keySet()) {
      List<String> items = ReaderItems.textItems(resumes.get(lang).view());
      assertTrue(items.size() >= 6, () -> lang + ": " + items);
      assertEquals(List.of(), InOrder.problems(items, texts.get(lang)), lang);
    }
  }

  private static void assertPageSize(PDRectangle expected, byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 1);
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        assertEquals(expected.getWidth(), box.getWidth(), 1, "width in points");
        assertEquals(expected.getHeight(), box.getHeight(), 1, "height in points");
      }
    }
  }

  private static PreparedResume without(PreparedResume resume, String markup) throws Exception {
    String view = resume.view().toString();
    assertTrue(view.contains(markup), () -> "the mutation must apply: " + markup);
    return new PreparedResume(
        "dropped",
        resume
            .view()
            .getProcessor()
            .newDocumentBuilder()
            .build(new StreamSource(new StringReader(view.replace(markup, "")))));
  }
}
