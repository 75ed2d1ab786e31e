package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme that leaves out a setting every format shares is said once per run, naming the theme
 * file, however many formats read it; the classic theme's value fills the gap; --strict refuses it
 * before anything is written.
 */
class ThemeGapsTest {
  private static final String GAP =
      "warning: the theme has no setting 'color.accent', using the classic theme's";

  @TempDir Path dir;
  private Path theme;

  @BeforeEach
  void themeWithoutAnAccent() throws Exception {
    String modern = Files.readString(Path.of("xsl/themes/modern.xml"));
    String gap = modern.replaceAll("\\s*<setting key=\"color.accent\">[^<]*</setting>", "");
    assertFalse(gap.equals(modern), "modern.xml gives color.accent");
    theme = Files.writeString(dir.resolve("mine.xml"), gap);
  }

  @Test
  void aGapIsSaidOnceForEveryFormatAndFilledFromTheClassicTheme() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = render(out, "--format", "pdf,html,docx");
    assertEquals(Main.OK, run.status(), run.err());
    List<String> gaps = run.err().lines().filter(line -> line.contains(GAP)).toList();
    assertEquals(List.of(theme + ": " + GAP), gaps, run.err());
    // classic.xml's accent, #1f3a5f, where modern's teal would have been.
    assertTrue(Files.readString(out.resolve("resume.html")).contains("#1f3a5f"));
  }

  @Test
  void strictRefusesAThemeWithAGapAndWritesNothing() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = render(out, "--strict", "--format", "pdf,html");
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertTrue(
        run.err()
            .contains(
                theme + ": 1 warning(s), and --strict makes warnings errors; nothing written"),
        run.err());
    assertFalse(
        Files.exists(out.resolve("resume.pdf")) || Files.exists(out.resolve("resume.html")));
  }

  /** Renders the seed with the theme that has a gap, into {@code out}. */
  private CliRun render(Path out, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("render", Seed.FILE, "--theme", theme.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }
}
