package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.StylesheetCopies;
import io.resume.equivalence.ReaderItems;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost in the PDF: every text of long résumés (a section of 80 awards or certificates,
 * one position with 70 bullets of two lines, a 9,999-letter word, 320-character web addresses, 30
 * positions) and of every script fixture is on the printed pages, as pdftotext reads them (it
 * leaves out what lies off the paper, as a printer does; PDFBox would still read text FOP pushed
 * past the foot of a page). A copy of the stylesheets that keeps entries together "always", as they
 * once did, must be caught twice: its render fails naming the entry, and its PDF fails the count.
 */
class NothingLostTest {
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^\\s*\\d+\\s*/\\s*\\d+\\s*$");

  @TempDir static Path folder;
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = SharedPipeline.bundled();
  }

  static Stream<Path> longResumes() throws IOException {
    List<Path> inputs =
        new ArrayList<>(
            List.of(
                LongInputs.awards(Files.createDirectories(folder.resolve("awards")), 80),
                LongInputs.certificates(
                    Files.createDirectories(folder.resolve("certificates")), 80),
                LongInputs.bullets(Files.createDirectories(folder.resolve("bullets")), 70),
                LongInputs.longWord(Files.createDirectories(folder.resolve("word")), 9_999),
                LongInputs.longAddresses(Files.createDirectories(folder.resolve("addresses")), 320),
                LongResumes.write(Files.createDirectories(folder.resolve("positions")), 30),
                Seed.PATH,
                Path.of("src/test/resources/io/resume/json/roundtrip/jsonresume-sample.json")));
    for (String script : List.of("arabic", "cjk", "european", "hebrew")) {
      inputs.add(Path.of("src/test/resources/io/resume/scripts/" + script + ".xml"));
      inputs.add(Path.of("src/test/resources/io/resume/scripts/" + script + "-2.xml"));
    }
    return inputs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("longResumes")
  void everyTextIsOnThePrintedPages(Path input) throws Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(input, null, warnings::add);
    byte[] pdf = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add);
    assertEquals(List.of(), lost(resume.view(), TextExtractors.PDFTOTEXT.text(pdf)));
    assertEquals(List.of(), warnings);
  }

  @Test
  void theLongInputsAreCountedWhole() throws Exception {
    assertEquals(
        80,
        count(
            LongInputs.awards(Files.createDirectories(folder.resolve("count-awards")), 80),
            "Award\\d{3}"));
    assertEquals(
        80,
        count(
            LongInputs.certificates(
                Files.createDirectories(folder.resolve("count-certificates")), 80),
            "Certificate\\d{3}"));
    assertEquals(
        70,
        count(
            LongInputs.bullets(Files.createDirectories(folder.resolve("count-bullets")), 70),
            "Bullet\\d{3}"));
    String word =
        squeeze(
            text(
                LongInputs.longWord(Files.createDirectories(folder.resolve("count-word")), 9_999)));
    assertTrue(word.contains("W" + "x".repeat(9_997) + "Z"), "the 9,999-letter word, whole");
    String addresses =
        squeeze(
            text(
                LongInputs.longAddresses(
                    Files.createDirectories(folder.resolve("count-addresses")), 320)));
    String address = LongInputs.longAddress(320);
    assertEquals(
        3,
        Pattern.compile(Pattern.quote(address)).matcher(addresses).results().count()
            + Pattern.compile(Pattern.quote(address.replace("example.org", "example.net")))
                .matcher(addresses)
                .results()
                .count(),
        "the website, the link and the plain address, each whole");
  }

  /**
   * Keeps of "always" on entries that cannot be kept (the stylesheets before) lose awards: the
   * render says which.
   */
  @Test
  void aKeepThatCannotBeKeptFailsTheRenderNamingTheEntry() throws Exception {
    Pipeline always = new Pipeline(keepAlways(folder.resolve("keep-always")));
    Path awards = LongInputs.awards(Files.createDirectories(folder.resolve("always-awards")), 80);
    PreparedResume resume = always.prepare(awards, null, Warnings.IGNORE);
    LostContentException failure =
        assertThrows(
            LostContentException.class,
            () -> PdfRenders.render(always, resume, PdfRenders.fixed(), Warnings.IGNORE));
    assertTrue(
        failure
            .getMessage()
            .matches(
                "the PDF would not show all of the résumé: \"Selected Awards › Award\\d{3} for outstanding work\""
                    + " does not fit on page \\d+ .*"),
        failure::getMessage);
    assertFalse(
        failure.getMessage().contains("position") || failure.getMessage().contains("millipoints"),
        failure::getMessage);

    // The count catches the same PDF too: what FOP pushed past the foot of the page is not printed.
    byte[] pdf =
        ((PdfRenderer) always.renderer(Format.PDF)).layOut(resume, PdfRenders.fixed()).pdf();
    List<String> lost = lost(resume.view(), TextExtractors.PDFTOTEXT.text(pdf));
    assertTrue(
        lost.size() > 10
            && lost.stream()
                .allMatch(
                    text ->
                        text.matches("Award\\d{3} for outstanding work|Society\\d{3}|20\\d\\d")),
        lost::toString);
  }

  /**
   * A line that no break can fit (a name of 28 capitals, unbroken, at the name's size) fails naming
   * its part.
   */
  @Test
  void aLineTooWideFailsTheRenderNamingItsPart() throws Exception {
    Path input =
        Files.writeString(
            folder.resolve("wide.xml"),
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>WWWWWWWWWWWWWWWWWWWWWWWWWWWW</name></basics>
          <awards><award><title>An award</title></award></awards>
        </resume>
        """);
    PreparedResume resume = pipeline.prepare(input, null, Warnings.IGNORE);
    LostContentException failure =
        assertThrows(
            LostContentException.class,
            () -> PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE));
    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "the PDF would not show all of the résumé: \"WWWWWWWWWWWWWWWWWWWWWWWWWWWW\" has a line"
                    + " too wide for its room on the page by "),
        failure::getMessage);
  }

  /**
   * The stylesheets with the keeps of before: every entry and list item kept "always", every row
   * kept with what follows.
   */
  static Path keepAlways(Path target) throws IOException {
    Path xsl = StylesheetCopies.copyTo(target);
    Path style = xsl.resolve("fo/style.xsl");
    String text = Files.readString(style);
    for (String keep : List.of("keep.block", "keep.item")) {
      String variable = "<xsl:variable name=\"" + keep + "\" as=\"xs:string\" select=\"'";
      assertTrue(text.contains(variable), keep);
      text =
          text.replaceFirst(
              Pattern.quote(variable) + "\\d'", Matcher.quoteReplacement(variable + "always'"));
    }
    Files.writeString(style, text);
    Path sections = xsl.resolve("fo/sections.xsl");
    String rows = Files.readString(sections);
    String rowKeep =
        "<xsl:if test=\"following-sibling::*\">\n      <xsl:attribute name=\"keep-with-next.within-page\"";
    assertTrue(rows.contains(rowKeep));
    Files.writeString(
        sections,
        rows.replace(
            rowKeep,
            "<xsl:if test=\"true()\">\n      <xsl:attribute name=\"keep-with-next.within-page\""));
    return xsl;
  }

  /**
   * The texts of the résumé (every heading, row, paragraph and bullet) that the extracted text
   * lacks.
   */
  static List<String> lost(XdmNode view, String text) {
    XdmNode document =
        (XdmNode)
            view.children(child -> child.getNodeKind() == XdmNodeKind.ELEMENT).iterator().next();
    boolean rtl =
        List.of("ar", "he")
            .contains(
                document.getAttributeValue(
                    new QName("http://www.w3.org/XML/1998/namespace", "lang")));
    String printed = compared(PAGE_NUMBER.matcher(text).replaceAll(""), rtl);
    return ReaderItems.textItems(view).stream()
        .filter(item -> !printed.contains(compared(item, rtl)))
        .toList();
  }

  /**
   * Without white space, direction marks or page breaks; right to left, letters only (extractors
   * order a right-to-left line's digits and dashes their own way).
   */
  private static String compared(String text, boolean rtl) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String normal =
        (rtl ? HeadingLines.lamAlefInPopplerOrder(nfkc) : nfkc)
            .replaceAll("[\\s\\u00A0\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\f]+", "");
    return rtl ? normal.replaceAll("[^\\p{L}]", "") : normal;
  }

  private static String squeeze(String text) {
    return compared(PAGE_NUMBER.matcher(text).replaceAll(""), false);
  }

  private String text(Path input) throws Exception {
    PreparedResume resume = pipeline.prepare(input, null, Warnings.IGNORE);
    return TextExtractors.PDFTOTEXT.text(
        PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE));
  }

  private long count(Path input, String pattern) throws Exception {
    return Pattern.compile(pattern)
        .matcher(text(input))
        .results()
        .map(java.util.regex.MatchResult::group)
        .distinct()
        .count();
  }
}
