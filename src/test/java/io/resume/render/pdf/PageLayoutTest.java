package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.StylesheetCopies;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a long résumé breaks into pages, read from the PDF's text page by page: no entry is split
 * when it fits on a page, no heading ends a page, and "2 / 5" page numbers appear only when there
 * is more than one page. A copy of the stylesheets without the keeps must fail the same checks, so
 * that they can fail.
 */
class PageLayoutTest {
  private static final int POSITIONS = 30;
  private static List<String> headings;

  @TempDir static Path folder;
  private static Path longResume;
  private static List<String> pages;

  @BeforeAll
  static void render() throws Exception {
    longResume = LongResumes.write(folder, POSITIONS);
    Pipeline pipeline = SharedPipeline.bundled();
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(longResume, null, warnings::add);
    headings = new ArrayList<>();
    XPathCompiler xpath = resume.view().getProcessor().newXPathCompiler();
    xpath.declareNamespace("v", "urn:resume:view:1");
    xpath
        .evaluate("//v:section/v:heading", resume.view())
        .forEach(heading -> headings.add(heading.getStringValue()));
    assertEquals(4, headings.size(), headings::toString);
    pages =
        PdfRenders.pages(PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add));
    assertEquals(List.of(), warnings);
  }

  @Test
  void theLongResumeTakesSeveralPagesAndLosesNothing() {
    assertTrue(pages.size() >= 4, "pages: " + pages.size());
    String all = PdfRenders.squeeze(String.join("", pages));
    for (int i = 1; i <= POSITIONS; i++) {
      for (int b = 1; b <= 4; b++) {
        assertTrue(all.contains("Bullet" + i + "x" + b), "Bullet" + i + "x" + b);
      }
    }
  }

  @Test
  void noEntryIsSplitAcrossPages() {
    assertEquals(List.of(), splitEntries(pages));
  }

  @Test
  void noHeadingEndsAPage() {
    assertEquals(List.of(), headingsEndingAPage(pages));
  }

  @Test
  void pagesAreNumberedOutOfTheirCount() {
    for (int page = 0; page < pages.size(); page++) {
      List<String> lines = pages.get(page).lines().filter(line -> !line.isBlank()).toList();
      assertEquals(
          (page + 1) + " / " + pages.size(),
          lines.get(lines.size() - 1).strip(),
          "the foot of page " + (page + 1));
    }
  }

  @Test
  void aOnePageResumeHasNoPageNumber() throws Exception {
    Path one =
        Files.writeString(
            folder.resolve("one.xml"),
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <resume xmlns="urn:resume:1" xml:lang="en"><basics><name>Ada Short</name></basics></resume>
        """);
    Pipeline pipeline = SharedPipeline.bundled();
    List<String> onePage =
        PdfRenders.pages(
            PdfRenders.render(
                pipeline,
                pipeline.prepare(one, null, Warnings.IGNORE),
                PdfRenders.fixed(),
                Warnings.IGNORE));
    assertEquals(1, onePage.size());
    assertFalse(onePage.get(0).contains("/"), onePage.get(0));
  }

  /** A full page of sections, the last ending on it, has no page number either. */
  @Test
  void aFullOnePageResumeHasNoPageNumber() throws Exception {
    assertEquals(List.of(), numberedPages(SharedPipeline.bundled()));
  }

  /** The check above finds "1 / 1" when the page alone has the footer of the others. */
  @Test
  void withoutTheMasterOfAPageAloneTheCheckFails() throws Exception {
    Path xsl = StylesheetCopies.copyTo(folder.resolve("no-page-alone"));
    Path fo = xsl.resolve("fo/fo.xsl");
    String text = Files.readString(fo);
    assertTrue(text.contains(" region-name=\"no-footer\""));
    Files.writeString(fo, text.replace(" region-name=\"no-footer\"", ""));
    assertEquals(List.of("1 / 1"), numberedPages(new Pipeline(xsl)));
  }

  /** The page numbers at the foot of the pages of a one-page résumé with several sections. */
  private static List<String> numberedPages(Pipeline pipeline) throws Exception {
    Path input = Path.of("src/test/resources/io/resume/scripts/european-2.xml");
    List<String> onePage =
        PdfRenders.pages(
            PdfRenders.render(
                pipeline,
                pipeline.prepare(input, null, Warnings.IGNORE),
                PdfRenders.fixed(),
                Warnings.IGNORE));
    assertEquals(1, onePage.size());
    return onePage
        .get(0)
        .lines()
        .map(String::strip)
        .filter(line -> line.matches("\\d+ / \\d+"))
        .toList();
  }

  /**
   * The checks above find splits and stranded headings when the stylesheets do not keep things
   * together.
   */
  @Test
  void withoutKeepsTheChecksFail() throws Exception {
    Path xsl = StylesheetCopies.copyTo(folder.resolve("no-keeps"));
    Path style = xsl.resolve("fo/style.xsl");
    String text =
        Files.readString(style)
            .replace(
                "<xsl:attribute name=\"keep-together.within-page\" select=\"$keep.block\"/>", "")
            .replace(
                "<xsl:attribute name=\"keep-together.within-page\" select=\"$keep.item\"/>", "")
            .replace(
                "<xsl:variable name=\"row.keep-with-next\" as=\"xs:string\" select=\"'always'\"/>",
                "<xsl:variable name=\"row.keep-with-next\" as=\"xs:string\" select=\"'auto'\"/>")
            .replace(
                "<xsl:attribute name=\"keep-with-next.within-page\">always</xsl:attribute>", "")
            .replace(
                "<xsl:attribute name=\"space-before\" select=\"f:pt(1.0)\"/>",
                "<xsl:attribute name=\"space-before\" select=\"f:pt(1.7)\"/>");
    Files.writeString(style, text);
    Pipeline pipeline = new Pipeline(xsl);
    List<String> loose =
        PdfRenders.pages(
            PdfRenders.render(
                pipeline,
                pipeline.prepare(longResume, null, Warnings.IGNORE),
                PdfRenders.fixed(),
                Warnings.IGNORE));
    assertFalse(
        splitEntries(loose).isEmpty() && headingsEndingAPage(loose).isEmpty(),
        "without keeps, some entry should break across pages");
  }

  /** Entries (named by their first words) whose first and last texts are on different pages. */
  private static List<String> splitEntries(List<String> pages) {
    List<String> split = new ArrayList<>();
    for (int i = 1; i <= POSITIONS; i++) {
      check(pages, "Company" + i + "Limited", "Bullet" + i + "x4", split);
    }
    for (int i = 1; i <= 4; i++) {
      check(pages, "School" + i + "University", "Area" + i, split);
    }
    for (int i = 1; i <= 6; i++) {
      check(pages, "Project" + i, "Deed" + i + "x2", split);
    }
    return split;
  }

  private static void check(List<String> pages, String first, String last, List<String> split) {
    int from = pageOf(pages, first);
    int to = pageOf(pages, last);
    if (from < 0 || from != to) {
      split.add(first + " (page " + (from + 1) + ") … " + last + " (page " + (to + 1) + ")");
    }
  }

  private static int pageOf(List<String> pages, String text) {
    for (int page = 0; page < pages.size(); page++) {
      if (PdfRenders.squeeze(pages.get(page)).contains(text)) {
        return page;
      }
    }
    return -1;
  }

  /** Pages whose last line of text, before the page number, is a section heading. */
  private static List<String> headingsEndingAPage(List<String> pages) {
    List<String> stranded = new ArrayList<>();
    for (int page = 0; page < pages.size() - 1; page++) {
      List<String> lines =
          pages
              .get(page)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .filter(line -> !line.matches("\\d+ / \\d+"))
              .toList();
      String last = lines.get(lines.size() - 1);
      if (headings.contains(last)) {
        stranded.add("page " + (page + 1) + " ends with " + last);
      }
    }
    return stranded;
  }
}
