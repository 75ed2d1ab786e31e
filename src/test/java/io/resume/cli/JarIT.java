package io.resume.cli;

import io.resume.Seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.render.pdf.DrawnGlyphs;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user runs it: the stylesheets, schemas, themes and fonts come from
 * inside the jar, where relative paths and class-path resources behave differently than in the
 * build's folders.
 */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("resume.jar", "target/resume.jar"));

  record Run(int status, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void rendersTheRepositoryResumeSilently(@TempDir Path dir) throws Exception {
    Run run = run("render", Seed.FILE, "--out", dir.toString(), "--format", "pdf,html,docx,txt,md", "--theme", "modern");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    for (String ext : List.of("pdf", "html", "docx", "txt", "md")) {
      assertTrue(Files.size(dir.resolve("resume." + ext)) > 0, ext);
    }
  }

  @Test
  void aLanguageWithoutLabelsFallsBackToEnglish(@TempDir Path dir) throws Exception {
    // Persian: written right to left like the Hebrew résumé, but xsl/l10n has no fa.xml.
    Run run = run("render", "src/test/resources/io/resume/scripts/hebrew.xml", "--lang", "fa", "--out", dir.toString(), "--format", "html");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("no labels for language 'fa'"), run.err());
  }

  @Test
  void joinsArabicAndPersianLettersWithTheDataInTheJar(@TempDir Path dir) throws Exception {
    // The jar keeps only the part of ICU4J's data that shaping uses (pom.xml, shade filter).
    String arabic = Files.readString(Path.of("src/test/resources/io/resume/scripts/arabic.xml"));
    Path input = Files.writeString(dir.resolve("persian.xml"), arabic.replace("ليلى", "پیشرفت"));
    Run run = run("render", input.toString(), "--format", "pdf", "--strict", "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    // What is drawn, read from the glyphs' outlines (the text layer says letters).
    Set<String> drawn = DrawnGlyphs.outlines(Files.readAllBytes(dir.resolve("persian.pdf")));
    TrueTypeFont sans = DrawnGlyphs.font(DrawnGlyphs.DEJAVU_SANS);
    TrueTypeFont bold = DrawnGlyphs.font(DrawnGlyphs.DEJAVU_SANS_BOLD);
    assertTrue(drawn.contains(DrawnGlyphs.outlineOf(sans, 0xFEF7)), "lam-alef ligature");
    assertTrue(drawn.contains(DrawnGlyphs.outlineOf(bold, 0xFB58)), "initial peh");
  }

  @Test
  void aBrokenResumeIsOneLineAndStatusOne() throws Exception {
    Run run = run("validate", "src/test/resources/io/resume/model/invalid/bad-month.002.xml");
    assertEquals(1, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void noArgumentsIsAUsageError() throws Exception {
    assertEquals(2, run().status());
  }
}
