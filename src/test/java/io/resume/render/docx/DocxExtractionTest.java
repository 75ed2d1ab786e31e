package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX read as applicant-tracking systems read it: LibreOffice's text export and pandoc's plain
 * text. Each entry's heading rows (organisation or title with its place and dates; role with its
 * dates) come out whole, each as one line, in the order of the prepared résumé, for a seed-like
 * résumé, the JSON Resume sample, Arabic, Chinese and a long one. A row broken in two must be
 * caught. And the page number: none on a page alone, "2 / 2" on the second of two, as LibreOffice
 * lays the pages out.
 */
class DocxExtractionTest {
  private static final Path RESOURCES = Path.of("src/test/resources/io/resume");

  @TempDir static Path dir;
  private static final Map<String, PreparedResume> resumes = new LinkedHashMap<>();
  private static final Map<String, Path> docx = new LinkedHashMap<>();
  private static final Map<String, String> office = new LinkedHashMap<>();
  private static final Map<String, byte[]> officePdf = new LinkedHashMap<>();

  @BeforeAll
  static void renderAndConvert() throws Exception {
    LibreOffice libreOffice = LibreOffice.required(dir);
    Pipeline pipeline = SharedPipeline.bundled();
    resumes.put("seed", pipeline.prepare(Seed.PATH, null, Warnings.IGNORE));
    resumes.put(
        "sample",
        pipeline.prepare(
            RESOURCES.resolve("json/roundtrip/jsonresume-sample.json"), null, Warnings.IGNORE));
    resumes.put(
        "arabic", pipeline.prepare(RESOURCES.resolve("scripts/arabic.xml"), null, Warnings.IGNORE));
    resumes.put(
        "chinese", ScriptFixtures.prepare(pipeline, dir, "chinese", ScriptFixtures.CHINESE));
    resumes.put("long", pipeline.prepare(longResume(dir, 8), null, Warnings.IGNORE));
    for (var resume : resumes.entrySet()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pipeline.renderer(Format.DOCX).render(resume.getValue(), out, Warnings.IGNORE);
      docx.put(
          resume.getKey(), Files.write(dir.resolve(resume.getKey() + ".docx"), out.toByteArray()));
    }
    // The broken cases: the seed with each title row's aside cut off into a paragraph of its own,
    // and with the page number on the first page too.
    DocxParts seed = new DocxParts(Files.readAllBytes(docx.get("seed")));
    docx.put(
        "rowsBroken",
        Files.write(
            dir.resolve("rowsBroken.docx"),
            seed.replacing("word/document.xml", "<w:r><w:tab/></w:r>", "</w:p><w:p>").bytes()));
    String numbered = seed.xml("word/footer2.xml");
    String body = numbered.substring(numbered.indexOf("<w:p>"), numbered.lastIndexOf("</w:ftr>"));
    docx.put(
        "firstNumbered",
        Files.write(
            dir.resolve("firstNumbered.docx"),
            seed.replacing(
                    "word/footer1.xml",
                    seed.xml("word/footer1.xml")
                        .substring(seed.xml("word/footer1.xml").indexOf("<w:p>")),
                    body + "</w:ftr>")
                .bytes()));
    List<Path> files = new ArrayList<>(docx.values());
    List<Path> texts = libreOffice.convert(files, LibreOffice.TEXT, dir.resolve("txt"));
    List<Path> pdfs = libreOffice.convert(files, LibreOffice.PDF, dir.resolve("pdf"));
    int i = 0;
    for (String name : docx.keySet()) {
      office.put(name, Files.readString(texts.get(i), StandardCharsets.UTF_8));
      officePdf.put(name, Files.readAllBytes(pdfs.get(i)));
      i++;
    }
  }

  @Test
  void libreOfficeReadsEveryHeadingRowWholeAndInOrder() throws Exception {
    for (String name : resumes.keySet()) {
      assertEquals(
          List.of(),
          rowProblems(resumes.get(name), office.get(name)),
          () -> name + ":\n" + office.get(name));
    }
  }

  @Test
  void pandocReadsEveryHeadingRowWholeAndInOrder() throws Exception {
    for (String name : resumes.keySet()) {
      String text = pandoc(docx.get(name));
      assertEquals(List.of(), rowProblems(resumes.get(name), text), () -> name + ":\n" + text);
    }
  }

  @Test
  void aRowBrokenInTwoIsCaught() throws Exception {
    assertFalse(rowProblems(resumes.get("seed"), office.get("rowsBroken")).isEmpty());
    assertFalse(rowProblems(resumes.get("seed"), pandoc(docx.get("rowsBroken"))).isEmpty());
  }

  @Test
  void pagesAreNumberedOnlyWhenThereAreSeveral() throws Exception {
    List<String> seed = pages(officePdf.get("seed"));
    assertTrue(seed.size() >= 2, "the seed takes two pages in LibreOffice");
    assertEquals(List.of(), pageNumbers(seed.get(0)), "no number on the first page");
    for (int page = 2; page <= seed.size(); page++) {
      assertEquals(List.of(page + " / " + seed.size()), pageNumbers(seed.get(page - 1)));
    }
    List<String> arabic = pages(officePdf.get("arabic"));
    assertEquals(1, arabic.size());
    assertEquals(List.of(), pageNumbers(arabic.get(0)), "no number on a page alone");
  }

  /**
   * The broken case: a number on the first page, which a page alone would show as "1 / 1", is
   * caught.
   */
  @Test
  void aNumberOnTheFirstPageIsCaught() throws Exception {
    assertEquals(List.of("1 / 2"), pageNumbers(pages(officePdf.get("firstNumbered")).get(0)));
  }

  /** Positions of three bullets each, with a superscript in a title, then awards of one line. */
  private static Path longResume(Path folder, int positions) throws IOException {
    StringBuilder xml =
        new StringBuilder(
            "<resume xmlns=\"urn:resume:1\" xml:lang=\"en\"><basics><name>Grace Long</name>"
                + "<email>grace@example.org</email></basics><work>");
    for (int i = 1; i <= positions; i++) {
      xml.append("<position><organization>Company")
          .append(i)
          .append(" Limited</organization><role>Role")
          .append(i)
          .append(" Engineer</role><location>City")
          .append(i)
          .append("</location><start>")
          .append(1990 + i)
          .append("-01</start><end>")
          .append(1990 + i)
          .append("-12</end><highlights>");
      for (int b = 1; b <= 3; b++) {
        xml.append("<item>Bullet ")
            .append(i)
            .append('.')
            .append(b)
            .append(
                " tells what was done there, at some length, so that it takes a second line on the page.</item>");
      }
      xml.append("</highlights></position>");
    }
    xml.append(
        "</work><awards><award><title>National 1<sup>st</sup> Prize in Modelling</title><date>1999</date></award>"
            + "<award><title>Regional 2<sup>nd</sup> Prize</title><date>1998</date></award></awards></resume>");
    return Files.writeString(folder.resolve("long.xml"), xml);
  }

  /**
   * Each title and subtitle row, "text aside" with white space collapsed, must be a line of the
   * extracted text by itself, and the rows must come in the prepared résumé's order.
   */
  static List<String> rowProblems(PreparedResume resume, String text) throws Exception {
    List<String> lines =
        text.lines().map(DocxExtractionTest::normalized).filter(line -> !line.isEmpty()).toList();
    List<String> problems = new ArrayList<>();
    int from = 0;
    for (String row : rows(resume)) {
      int at = -1;
      for (int i = from; i < lines.size(); i++) {
        if (lines.get(i).equals(row)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        problems.add(
            lines.contains(row) ? "out of order: " + row : "not a line of its own: " + row);
      } else {
        from = at + 1;
      }
    }
    return problems;
  }

  private static List<String> rows(PreparedResume resume) throws Exception {
    XPathCompiler xpath = resume.view().getProcessor().newXPathCompiler();
    xpath.declareNamespace("v", "urn:resume:view:1");
    List<String> rows = new ArrayList<>();
    for (XdmItem row : xpath.evaluate("//v:entry/v:row", resume.view())) {
      rows.add(
          normalized(
              xpath
                  .evaluateSingle("string-join((string(v:text), string(v:aside)), ' ')", row)
                  .getStringValue()));
    }
    assertTrue(rows.size() >= 2, rows::toString);
    return rows;
  }

  private static String normalized(String text) {
    return text.replaceAll("[\\s\\u200E\\u200F\\u202A-\\u202E]+", " ").strip();
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  private static List<String> pageNumbers(String page) {
    return page.lines().map(String::strip).filter(line -> line.matches("\\d+ / \\d+")).toList();
  }

  /**
   * pandoc's plain text, without its wrapping at 72 columns ({@code --wrap=none}): a line per
   * paragraph, as an extractor that reads paragraphs sees it. pandoc writes a superscript as
   * "1^(st)" and a subscript as "H_(2)O", on the line: read back as the letters they mark.
   */
  private static String pandoc(Path file) throws IOException, InterruptedException {
    Path pandoc =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(folder -> !folder.isEmpty())
            .map(folder -> Path.of(folder, "pandoc"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    if (pandoc == null && System.getenv("RESUME_REQUIRE_OFFICE") != null) {
      throw new IllegalStateException(
          "pandoc is required here (RESUME_REQUIRE_OFFICE) but missing: apt-get install pandoc");
    }
    assumeTrue(pandoc != null, "SKIPPED: no pandoc (apt-get install pandoc)");
    Process process =
        new ProcessBuilder(
                pandoc.toString(), "-f", "docx", "-t", "plain", "--wrap=none", file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("pandoc failed on " + file);
    }
    return text.replaceAll("[\\^_]\\(([^()\\s]*)\\)", "$1");
  }
}
