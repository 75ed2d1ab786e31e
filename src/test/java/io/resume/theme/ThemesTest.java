package io.resume.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One theme file drives every format's look; the bundled ones differ visibly. */
class ThemesTest {
  private static Pipeline pipeline;
  private static PreparedResume resume;

  @BeforeAll
  static void prepare() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
  }

  @Test
  void theBundledThemesAreListedWithTheirSettings() {
    List<Theme> themes = pipeline.themes();
    assertEquals(List.of("classic", "modern"), themes.stream().map(Theme::name).toList());
    for (Theme theme : themes) {
      assertFalse(theme.description().isBlank(), theme.name());
      assertEquals(
          themes.get(0).settings().keySet(),
          theme.settings().keySet(),
          "same keys in " + theme.name());
    }
  }

  @Test
  void theThemeDrivesTheHtmlStyle() throws IOException {
    String classic = html(pipeline.theme("classic"));
    String modern = html(pipeline.theme("modern"));
    assertTrue(classic.contains("--accent: #1f3a5f;"), "classic accent");
    assertTrue(modern.contains("--accent: #0f766e;"), "modern accent");
    assertTrue(modern.contains("h2 { text-transform: uppercase;"));
    assertTrue(classic.contains("--font: \"Liberation Serif\""));
    assertEquals(html(null), classic, "no theme is the classic theme");
  }

  @Test
  void theThemeDrivesTheDocxStyles() throws IOException {
    String classic = docxStyles(pipeline.theme("classic"));
    String modern = docxStyles(pipeline.theme("modern"));
    assertTrue(classic.contains("w:ascii=\"Times New Roman\""), "classic body font");
    assertTrue(classic.contains("w:val=\"1F3A5F\""), "classic accent");
    assertTrue(modern.contains("w:ascii=\"Arial\""), "modern body font");
    assertTrue(modern.contains("w:val=\"0F766E\""), "modern accent");
    assertTrue(
        modern.contains("<w:caps/>") && !classic.contains("<w:caps/>"),
        "modern headings in capitals");
    assertTrue(modern.contains("<w:sz w:val=\"20\"/>"), "modern base size 10 pt");
  }

  @Test
  void aThemeFileOfTheUsersOwn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.xml");
    Files.writeString(
        file,
        Files.readString(Path.of("xsl/themes/classic.xml"))
            .replace("name=\"classic\"", "name=\"mine\"")
            .replace(
                "#1f3a5f</setting>\n  <setting key=\"color.muted\"",
                "#aa0000</setting>\n  <setting key=\"color.muted\""));
    Theme mine = pipeline.theme(file.toString());
    assertEquals("mine", mine.name());
    assertTrue(html(mine).contains("--accent: #aa0000;"));
  }

  @Test
  void anUnknownThemeNamesTheChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pipeline.theme("baroque"));
    assertTrue(e.getMessage().contains("classic, modern"), e.getMessage());
  }

  private static String docxStyles(Theme theme) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline
        .renderer(Format.DOCX)
        .render(resume, RenderOptions.defaults().withTheme(theme), out, Warnings.IGNORE);
    try (var zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/styles.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/styles.xml");
  }

  private static String html(Theme theme) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline
        .renderer(Format.HTML)
        .render(resume, RenderOptions.defaults().withTheme(theme), out, Warnings.IGNORE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
