package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.resume.Seed;
import io.resume.render.pdf.DrawnGlyphs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar, run as a user runs it: the stylesheets, schemas, themes and fonts come from
 * inside the jar, where relative paths and class-path resources behave differently than in the
 * build's folders.
 */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("resume.jar", "target/resume.jar"));

  record Run(int status, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void rendersTheRepositoryResumeSilently(@TempDir Path dir) throws Exception {
    Run run =
        run(
            "render",
            Seed.FILE,
            "--out",
            dir.toString(),
            "--format",
            "pdf,html,docx,txt,md",
            "--theme",
            "modern");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    for (String ext : List.of("pdf", "html", "docx", "txt", "md")) {
      assertTrue(Files.size(dir.resolve("resume." + ext)) > 0, ext);
    }
  }

  @Test
  void aLanguageWithoutLabelsFallsBackToEnglish(@TempDir Path dir) throws Exception {
    // Persian: written right to left like the Hebrew résumé, but xsl/l10n has no fa.xml.
    Run run =
        run(
            "render",
            "src/test/resources/io/resume/scripts/hebrew.xml",
            "--lang",
            "fa",
            "--out",
            dir.toString(),
            "--format",
            "html");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("no labels for language 'fa'"), run.err());
  }

  @Test
  void joinsArabicAndPersianLettersWithTheDataInTheJar(@TempDir Path dir) throws Exception {
    // The jar keeps only the part of ICU4J's data that shaping uses (pom.xml, shade filter).
    String arabic = Files.readString(Path.of("src/test/resources/io/resume/scripts/arabic.xml"));
    Path input = Files.writeString(dir.resolve("persian.xml"), arabic.replace("ليلى", "پیشرفت"));
    Run run =
        run("render", input.toString(), "--format", "pdf", "--strict", "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    // What is drawn, read from the glyphs' outlines (the text layer says letters).
    Set<String> drawn = DrawnGlyphs.outlines(Files.readAllBytes(dir.resolve("persian.pdf")));
    TrueTypeFont sans = DrawnGlyphs.font(DrawnGlyphs.DEJAVU_SANS);
    TrueTypeFont bold = DrawnGlyphs.font(DrawnGlyphs.DEJAVU_SANS_BOLD);
    assertTrue(drawn.contains(DrawnGlyphs.outlineOf(sans, 0xFEF7)), "lam-alef ligature");
    assertTrue(drawn.contains(DrawnGlyphs.outlineOf(bold, 0xFB58)), "initial peh");
  }

  /**
   * The jar leaves out much of ICU4J's data (pom.xml, shade filter); what the labels need must be
   * there: each language's dates, spans and lists (CLDR locale data), likely subtags (zh-TW finds
   * traditional Chinese). ICU falls back to its root data without a word when a locale's is missing
   * ("2021 M09"), so the dates are compared with ICU's own, run here with all its data.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ja", "ru", "ar", "hu"})
  void eachLanguageWritesDatesWithTheDataInTheJar(String tag, @TempDir Path dir) throws Exception {
    Run run = run("render", Seed.FILE, "--lang", tag, "--format", "txt", "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    ULocale locale = ULocale.forLanguageTag(tag);
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
    DateFormat format = DateFormat.getInstanceForSkeleton(calendar, "yMMM", locale);
    calendar.clear();
    calendar.set(2021, 8, 1);
    String september = format.format(calendar.getTime());
    String text = Files.readString(dir.resolve("resume.txt"));
    assertTrue(text.contains(september), september + " in\n" + text);
    String span =
        DateIntervalFormat.getInstance("yMMM", locale)
            .getDateIntervalInfo()
            .getFallbackIntervalPattern();
    String separator = span.substring(span.indexOf("{0}") + 3, span.indexOf("{1}"));
    assertTrue(
        text.replaceAll("[\u200E\u200F]", "").contains(september + separator),
        september + separator + " in\n" + text);
  }

  @Test
  void listsAndLikelyScriptsWithTheDataInTheJar(@TempDir Path dir) throws Exception {
    Run run =
        run("render", Seed.FILE, "--lang", "zh-TW", "--format", "txt", "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    String text = Files.readString(dir.resolve("resume.txt"));
    assertTrue(text.contains("學歷") && text.contains("Xingda Wei、Rong Chen"), text);
  }

  /**
   * Lingua's trigram models and the part of fastutil it uses are in the jar (pom.xml, shade
   * filters).
   */
  @Test
  void detectsLanguagesWithTheModelsInTheJar(@TempDir Path dir) throws Exception {
    for (String language : List.of("de:German", "uk:Ukrainian", "zh-Hant:Chinese (Traditional)")) {
      String[] parts = language.split(":");
      String input = "src/test/resources/io/resume/json/languages/" + parts[0] + ".json";
      Run run = run("render", input, "--format", "html", "--out", dir.toString());
      assertEquals(0, run.status(), run.err());
      assertEquals(input + ": detected " + parts[1] + "; use --lang to choose", run.err().strip());
    }
  }

  @Test
  void aBrokenResumeIsOneLineAndStatusOne() throws Exception {
    Run run = run("validate", "src/test/resources/io/resume/model/invalid/bad-month.002.xml");
    assertEquals(1, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  /**
   * What a user with only the jar gets out of it: its stylesheets, a theme, the schema, a starter,
   * the version.
   */
  @Test
  void theJarHandsOutItsFiles(@TempDir Path dir) throws Exception {
    Run xsl = run("xsl", "--copy", dir.resolve("my-xsl").toString());
    assertEquals(0, xsl.status(), xsl.err());
    List<String> bundled;
    try (var files = Files.walk(Path.of("xsl"))) {
      bundled =
          files
              .filter(Files::isRegularFile)
              .map(f -> Path.of("xsl").relativize(f).toString())
              .sorted()
              .toList();
    }
    for (String file : bundled) {
      assertTrue(
          java.util.Arrays.equals(
              Files.readAllBytes(Path.of("xsl", file)),
              Files.readAllBytes(dir.resolve("my-xsl").resolve(file))),
          file);
    }
    Run theme = run("themes", "--copy", "modern", dir.toString());
    assertEquals(0, theme.status(), theme.err());
    assertTrue(Files.readString(dir.resolve("modern.xml")).contains("<theme"));
    Run schema = run("schema", "-o", dir.resolve("resume.xsd").toString());
    assertEquals(0, schema.status(), schema.err());
    assertTrue(
        Files.readString(dir.resolve("resume.xsd")).contains("targetNamespace=\"urn:resume:1\""));
    Run init = run("init", "--json", dir.toString());
    assertEquals(0, init.status(), init.err());
    Run render =
        run(
            "render",
            dir.resolve("resume.json").toString(),
            "--xsl",
            dir.resolve("my-xsl").toString(),
            "--theme",
            dir.resolve("modern.xml").toString(),
            "-o",
            dir.resolve("cv.pdf").toString());
    assertEquals(0, render.status(), render.err());
    Run version = run("--version");
    assertEquals(
        "resume " + System.getProperty("resume.version"),
        version.out().lines().findFirst().orElseThrow());
  }

  @Test
  void noArgumentsIsAUsageError() throws Exception {
    assertEquals(2, run().status());
  }
}
