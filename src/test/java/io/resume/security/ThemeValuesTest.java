package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.cli.CliRun;
import io.resume.cli.Main;
import io.resume.model.ResumeReader;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.text.StylesheetRenderer;
import io.resume.theme.Theme;
import io.resume.theme.Themes;
import io.resume.xslt.Preparer;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A theme's values reach the PDF, the web page's {@code <style>} and the DOCX: each is checked for
 * its kind when the theme is read, and refused otherwise in one line that names the file, the
 * place, the key and what is allowed (exit status 1). The web page's stylesheet escapes them all
 * the same, for a copy of the stylesheets that reads a theme Java never saw.
 */
class ThemeValuesTest {
  private static final Path CLASSIC = Path.of("xsl/themes/classic.xml");
  private static final String SCRIPT =
      "red;}</style><script>document.title='PWNED'</script><style>";

  @TempDir Path dir;

  /** key, hostile or wrong value, words of what is allowed. */
  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("color.accent", SCRIPT, "#rrggbb"),
        Arguments.of("color.text", "red", "#rrggbb"),
        Arguments.of("color.rule", "#12345", "#rrggbb"),
        Arguments.of("color.muted", "#1f3a5fzz", "#rrggbb"),
        Arguments.of("css.font.body", "Georgia, url(https://example.org/track.woff)", "font names"),
        Arguments.of("css.font.heading", "Arial; background: url(//example.org/x)", "font names"),
        Arguments.of("css.font.body", "\"Arial\\\", serif", "font names"),
        Arguments.of("css.font.body", "Arial, }", "font names"),
        Arguments.of("pdf.font.body", "\"Liberation Serif\"", "font names"),
        Arguments.of("pdf.font.heading", "", "font names"),
        Arguments.of("docx.font.body", "Arial, Georgia", "one font name"),
        Arguments.of("docx.font.heading", "Ari<al", "one font name"),
        Arguments.of("font.size", "-5", "from 6 to 24"),
        Arguments.of("font.size", "0", "from 6 to 24"),
        Arguments.of("font.size", "1e1", "from 6 to 24"),
        Arguments.of("font.size", "500", "from 6 to 24"),
        Arguments.of("font.size", "10pt", "from 6 to 24"),
        Arguments.of("heading.case", "shout", "normal or uppercase"),
        Arguments.of("heading.case", "x".repeat(60_000), "normal or uppercase"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badValues")
  void aValueOfTheWrongKindIsRefused(String key, String value, String allowed) throws IOException {
    Path theme = theme(key, value);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "render",
            Seed.FILE,
            "--theme",
            theme.toString(),
            "--format",
            "pdf,html,docx",
            "--out",
            out.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    String line = lines.get(0);
    assertTrue(
        Pattern.compile(
                Pattern.quote(theme.toString())
                    + ":\\d+:\\d+: the setting '"
                    + Pattern.quote(key)
                    + "' is '.*'( \\(.+ characters\\))?: it must be .*")
            .matcher(line)
            .matches(),
        line);
    assertTrue(line.contains(allowed), line);
    assertTrue(line.length() < 500, "a long value is cut short: " + line.length());
    BadInputTest.assertCleanText(line);
    assertFalse(Files.exists(out), "nothing rendered with a bad theme");
  }

  /** The bundled themes are of the kinds they must be: the check refuses nothing real. */
  @Test
  void theBundledThemesPass() {
    Pipeline pipeline = SharedPipeline.bundled();
    assertEquals(
        List.of("classic", "modern"), pipeline.themes().stream().map(Theme::name).toList());
  }

  static Stream<Arguments> notThemes() {
    return Stream.of(
        Arguments.of(
            "passwd",
            "root:x:0:0:root:/root:/bin/bash\n",
            "1:1: not a theme file: this is not XML"),
        Arguments.of("empty.xml", "", "not a theme file"),
        Arguments.of(
            "resume.xml",
            "<resume xmlns=\"urn:resume:1\"/>",
            "1:31: not a theme: the root element is <resume>"),
        Arguments.of(
            "doctype.xml",
            "<!DOCTYPE theme [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><theme>&x;</theme>",
            "DOCTYPE declarations are not allowed"),
        Arguments.of(
            "unknown.xml",
            "<theme name=\"x\"><setting key=\"color.acent\">#ffffff</setting></theme>",
            "unknown setting 'color.acent': a theme has font.size, "),
        Arguments.of(
            "twice.xml",
            "<theme name=\"x\"><setting key=\"color.text\">#ffffff</setting>"
                + "<setting key=\"color.text\">#000000</setting></theme>",
            "the setting 'color.text' is given twice"),
        Arguments.of(
            "nested.xml",
            "<theme name=\"x\"><setting key=\"color.text\"><b>#ffffff</b></setting></theme>",
            "<b> has no place in a setting"),
        Arguments.of(
            "keyless.xml",
            "<theme name=\"x\"><setting>#ffffff</setting></theme>",
            "a <setting> without a key"));
  }

  /** Not a theme at all: one line in words, not the parser's "[Fatal Error]" nor a Java class. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notThemes")
  void aFileThatIsNotAThemeIsOneLine(String name, String content, String words) throws IOException {
    Path theme = Files.writeString(dir.resolve(name), content);
    PrintStream console = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CliRun run;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      run =
          CliRun.of(
              "render",
              Seed.FILE,
              "--theme",
              theme.toString(),
              "--format",
              "html",
              "--out",
              dir.resolve("out").toString());
    } finally {
      System.setErr(console);
    }
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith(theme + ":"), run.err());
    assertTrue(run.err().contains(words), run.err());
    BadInputTest.assertCleanText(run.err());
    assertEquals(
        "", printed.toString(StandardCharsets.UTF_8), "nothing printed past the command's writers");
  }

  @Test
  void aMissingThemeFileIsAUsageErrorThatSaysSo() {
    Path missing = dir.resolve("themes/mine.xml");
    CliRun run =
        CliRun.of(
            "render",
            Seed.FILE,
            "--theme",
            missing.toString(),
            "--format",
            "html",
            "--out",
            dir.toString());
    assertEquals(Main.BAD_USAGE, run.status(), run.err());
    assertTrue(
        run.err()
            .lines()
            .findFirst()
            .orElseThrow()
            .equals("--theme " + missing + ": the file does not exist"),
        run.err());
    CliRun word =
        CliRun.of(
            "render", Seed.FILE, "--theme", "baroque", "--format", "html", "--out", dir.toString());
    assertEquals(Main.BAD_USAGE, word.status());
    assertTrue(word.err().startsWith("no theme 'baroque': choose classic, modern"), word.err());
  }

  /** A link in a copy's themes/ folder that leads out is not followed, even for a bundled name. */
  @Test
  void aBundledThemeThatLinksOutIsRefused() throws IOException {
    Path xsl = io.resume.StylesheetCopies.copyTo(dir.resolve("xsl"));
    Path outside = Files.writeString(dir.resolve("outside.xml"), Files.readString(CLASSIC));
    Files.delete(xsl.resolve("themes/modern.xml"));
    Files.createSymbolicLink(xsl.resolve("themes/modern.xml"), outside);
    CliRun run =
        CliRun.of(
            "render",
            Seed.FILE,
            "--xsl",
            xsl.toString(),
            "--theme",
            "modern",
            "--format",
            "html",
            "--out",
            dir.resolve("out").toString());
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertTrue(run.err().contains("refused to read"), run.err());
  }

  /**
   * The web page's stylesheet escapes every value, also one that skipped the check: a theme made in
   * memory (as a copy of the stylesheets reading another file would see it). Parsed as a browser
   * parses HTML (jsoup follows the HTML5 parser), the page has no script but its data, one style
   * sheet, and nothing in it that fetches.
   */
  @Test
  void theWebPageEscapesAThemeThatWasNotChecked() throws Exception {
    Map<String, String> values = new HashMap<>(Themes.classic().settings());
    values.put("color.accent", SCRIPT);
    values.put(
        "css.font.body", "Georgia, url(https://example.org/track.woff), \"a\\\"b;}</style>\"");
    values.put("font.size", "1;}</style><script>document.title='PWNED'</script>");
    values.put("css.font.heading", "x;background:url(//example.org/y)");
    Theme unchecked =
        new Theme(
            "hostile",
            "",
            dir.resolve("hostile.xml").toUri().toString(),
            values,
            Themes.classic().settings());
    // The stylesheets alone, outside a pipeline's sandbox: a test of the stylesheet itself.
    Processor processor = new Processor(false);
    Stylesheets stylesheets = Stylesheets.bundled(processor);
    PreparedResume resume =
        new PreparedResume(
            "seed",
            new Preparer(stylesheets)
                .prepare(new ResumeReader(processor).read(Seed.PATH), null, Warnings.IGNORE),
            null);
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    new StylesheetRenderer(stylesheets, Format.HTML)
        .render(resume, RenderOptions.defaults().withTheme(unchecked), html, Warnings.IGNORE);
    String page = html.toString(StandardCharsets.UTF_8);
    Document document = Jsoup.parse(page);
    assertEquals(1, document.select("style").size(), page);
    for (Element script : document.select("script")) {
      assertEquals("application/ld+json", script.attr("type"), script.outerHtml());
    }
    assertFalse(page.contains("PWNED'</script>") || document.title().contains("PWNED"), page);
    String css = document.selectFirst("style").data();
    assertFalse(Pattern.compile("url\\s*\\(", Pattern.CASE_INSENSITIVE).matcher(css).find(), css);
    assertTrue(css.contains("--accent: red\\3b \\7d \\3c \\2f style\\3e"), css);
    // The check that guards it: the same theme, unescaped, is seen (the stylesheet of before).
    assertTrue(
        Jsoup.parse("<style>:root { --accent: " + SCRIPT + "; }</style>").select("script").size()
            == 1);
  }

  private Path theme(String key, String value) throws IOException {
    return Files.writeString(
        dir.resolve("theme-" + key + ".xml"), withValue(Files.readString(CLASSIC), key, value));
  }

  /** The theme file's text with that setting's value replaced. */
  private static String withValue(String theme, String key, String value) {
    String escaped = value.replace("&", "&amp;").replace("<", "&lt;");
    java.util.regex.Matcher setting =
        Pattern.compile("(<setting key=\"" + Pattern.quote(key) + "\">)[^<]*(</setting>)")
            .matcher(theme);
    assertTrue(setting.find(), "classic.xml holds " + key);
    return theme.substring(0, setting.start())
        + setting.group(1)
        + escaped
        + setting.group(2)
        + theme.substring(setting.end());
  }
}
