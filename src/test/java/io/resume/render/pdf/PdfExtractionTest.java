package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.StylesheetCopies;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF read as applicant-tracking systems read it (pdftotext in its three modes, PDFBox): each
 * entry's heading on one line or adjacent lines, in order, with no stray fragment; the contacts
 * whole, apart by separators; "1st Prize" on its line. For the seed-like résumé, the JSON Resume
 * sample, every script and a long résumé. Layouts known to read wrong (a raised superscript, a
 * contact that may break inside) must fail the same check.
 */
class PdfExtractionTest {
  private static final Path JSON_SAMPLE =
      Path.of("src/test/resources/io/resume/json/roundtrip/jsonresume-sample.json");
  private static final List<String> SCRIPTS = List.of("arabic", "cjk", "european", "hebrew");
  private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

  @TempDir static Path folder;
  private static Pipeline pipeline;

  private record Rendered(PreparedResume resume, byte[] pdf) {}

  @BeforeAll
  static void setUp() {
    pipeline = SharedPipeline.bundled();
  }

  static Stream<Arguments> fixtures() throws IOException {
    List<Path> fixtures = new ArrayList<>(List.of(Seed.PATH, JSON_SAMPLE));
    for (String script : SCRIPTS) {
      fixtures.add(Path.of("src/test/resources/io/resume/scripts/" + script + ".xml"));
      fixtures.add(Path.of("src/test/resources/io/resume/scripts/" + script + "-2.xml"));
    }
    fixtures.add(LongResumes.write(Files.createDirectories(folder.resolve("long")), 12));
    fixtures.add(LongInputs.awards(Files.createDirectories(folder.resolve("awards")), 40));
    List<Arguments> arguments = new ArrayList<>();
    for (Path fixture : fixtures) {
      for (TextExtractors extractor : TextExtractors.values()) {
        // -raw gives a right-to-left line's words in drawing order, right to left reversed: a
        // property of the mode (it does no bidirectional reordering), not of our layout.
        if (extractor == TextExtractors.PDFTOTEXT_RAW && rightToLeft(fixture)) {
          continue;
        }
        arguments.add(Arguments.of(fixture, extractor));
      }
    }
    return arguments.stream();
  }

  private static boolean rightToLeft(Path fixture) {
    String name = fixture.getFileName().toString();
    return name.startsWith("arabic") || name.startsWith("hebrew");
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("fixtures")
  void headingsAndContactsReadAsTheyAre(Path fixture, TextExtractors extractor) throws IOException {
    Rendered rendered = rendered(fixture);
    String text = extractor.text(rendered.pdf());
    List<String> problems =
        HeadingLines.problems(
            rendered.resume().view(), text, extractor == TextExtractors.PDFTOTEXT);
    assertEquals(
        List.of(),
        problems,
        () -> String.join("\n", problems) + "\n--- " + extractor + " gave:\n" + text);
  }

  /**
   * pdftotext's modes and PDFBox all give the seed's superscripted prizes on their lines, whole.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("extractors")
  void superscriptsStayOnTheirLine(TextExtractors extractor) throws IOException {
    String text = extractor.text(rendered(Seed.PATH).pdf());
    assertEquals(List.of(), prizesNotOnOneLine(text), text);
  }

  /**
   * In pdftotext's default order every heading of the seed is read whole, with its dates, no
   * allowance needed: the gap between an entry's rows and its body makes the rows and their dates a
   * block of their own, read before the body even when the body is narrow (Tongji's one bullet).
   */
  @Test
  void theSeedsDatesStayWithTheirRowsInPdftotextsDefaultOrder() throws IOException {
    Rendered seed = rendered(Seed.PATH);
    assertEquals(
        List.of(),
        HeadingLines.problems(
            seed.resume().view(), TextExtractors.PDFTOTEXT.text(seed.pdf()), false));
  }

  private static List<String> prizesNotOnOneLine(String text) {
    return Stream.of(
            "National 1st Prize (0.55%)",
            "Regional 1st Prize in", "Regional 2nd Prize in", "1st Prize of National Olympiad")
        .filter(
            prize -> text.lines().noneMatch(line -> line.replaceAll("\\s+", " ").contains(prize)))
        .toList();
  }

  static Stream<TextExtractors> extractors() {
    return Stream.of(TextExtractors.values());
  }

  /** A superscript raised as FOP's "super" puts "st" on a line of its own: the check finds it. */
  @Test
  void aRaisedSuperscriptFailsTheCheck() throws Exception {
    Path xsl =
        brokenCopy(
            "raised-superscript",
            "fo/style.xsl",
            "<xsl:attribute name=\"baseline-shift\">20%</xsl:attribute>",
            "<xsl:attribute name=\"baseline-shift\">super</xsl:attribute>");
    Pipeline broken = new Pipeline(xsl);
    PreparedResume resume = broken.prepare(Seed.PATH, null, Warnings.IGNORE);
    byte[] pdf = PdfRenders.render(broken, resume, PdfRenders.fixed(), Warnings.IGNORE);
    for (TextExtractors extractor :
        List.of(TextExtractors.PDFTOTEXT, TextExtractors.PDFTOTEXT_RAW)) {
      assertFalse(prizesNotOnOneLine(extractor.text(pdf)).isEmpty(), extractor::toString);
    }
    List<String> problems =
        HeadingLines.problems(resume.view(), TextExtractors.PDFTOTEXT.text(pdf), true);
    assertTrue(
        problems.stream().anyMatch(problem -> problem.contains("1st Prize")), problems::toString);
  }

  /**
   * Contacts that may break inside split the JSON sample's address over two lines: the check finds
   * it.
   */
  @Test
  void aContactThatMayBreakFailsTheCheck() throws Exception {
    Path xsl =
        brokenCopy(
            "breakable-contact",
            "fo/style.xsl",
            "<xsl:attribute name=\"keep-together.within-line\">always</xsl:attribute>",
            "");
    Pipeline broken = new Pipeline(xsl);
    PreparedResume resume = broken.prepare(JSON_SAMPLE, null, Warnings.IGNORE);
    byte[] pdf = PdfRenders.render(broken, resume, PdfRenders.fixed(), Warnings.IGNORE);
    List<String> problems =
        HeadingLines.problems(resume.view(), TextExtractors.PDFTOTEXT_RAW.text(pdf));
    assertTrue(
        problems.stream().anyMatch(problem -> problem.startsWith("a contact breaks across lines")),
        problems::toString);
  }

  /**
   * Rows without the gap to their body: pdftotext's default order reads Tongji's dates after its
   * bullet.
   */
  @Test
  void asidesReadAfterTheBodyFailTheCheck() throws Exception {
    Path xsl =
        brokenCopy(
            "no-gap-after-rows",
            "fo/style.xsl",
            "<xsl:variable name=\"rows.space-after\" as=\"xs:string\" select=\"f:pt(0.6)\"/>",
            "<xsl:variable name=\"rows.space-after\" as=\"xs:string\" select=\"'0pt'\"/>");
    Pipeline broken = new Pipeline(xsl);
    PreparedResume resume = broken.prepare(Seed.PATH, null, Warnings.IGNORE);
    byte[] pdf = PdfRenders.render(broken, resume, PdfRenders.fixed(), Warnings.IGNORE);
    List<String> problems =
        HeadingLines.problems(resume.view(), TextExtractors.PDFTOTEXT.text(pdf), false);
    assertTrue(
        problems.stream().anyMatch(problem -> problem.contains("Tongji University")),
        problems::toString);
  }

  private static Path brokenCopy(String name, String file, String from, String to)
      throws IOException {
    Path xsl = StylesheetCopies.copyTo(folder.resolve(name));
    Path stylesheet = xsl.resolve(file);
    String text = Files.readString(stylesheet);
    assertTrue(text.contains(from), () -> file + " no longer has " + from);
    Files.writeString(stylesheet, text.replace(from, to));
    return xsl;
  }

  private static Rendered rendered(Path fixture) {
    return RENDERED.computeIfAbsent(
        fixture.toString(),
        key -> {
          try {
            List<String> warnings = new ArrayList<>();
            PreparedResume resume = pipeline.prepare(fixture, null, warnings::add);
            return new Rendered(
                resume, PdfRenders.render(pipeline, resume, PdfRenders.fixed(), warnings::add));
          } catch (Exception e) {
            throw new IllegalStateException("cannot render " + fixture + ": " + e.getMessage(), e);
          }
        });
  }
}
