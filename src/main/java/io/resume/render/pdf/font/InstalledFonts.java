package io.resume.render.pdf.font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds, among the machine's standard font folders, the installed fonts for what the bundled fonts
 * lack: one for the scripts of China, Japan and Korea, one for emoji and symbols, one for
 * Devanagari. Only fonts known to work in FOP are taken: Noto CJK's {@code .ttc} fails there
 * ("'loca' table not found"), and colour emoji fonts (bitmaps) cannot be drawn in a PDF by FOP. A
 * font is only named to FOP here; FOP reads it on the first character that no font before it has,
 * so a résumé in Latin script never pays for either (the CJK font is costly in time and memory:
 * docs/performance.md, "Figures behind the code").
 */
public final class InstalledFonts {
  /** A font file, and the name of the font inside it when the file is a collection (.ttc). */
  public record Font(Path file, String subFont) {}

  /**
   * What a fallback is for, the family name the stylesheets know it by, and the fonts that serve,
   * best first.
   */
  public enum Kind {
    /** Chinese, Japanese, Korean: Debian's fonts-wqy-zenhei. */
    CJK(
        "Installed Fallback",
        List.of(
            new Font(Path.of("wqy-zenhei.ttc"), "WenQuanYi Zen Hei"),
            new Font(Path.of("wqy-microhei.ttc"), "WenQuanYi Micro Hei"),
            new Font(Path.of("DroidSansFallbackFull.ttf"), null),
            new Font(Path.of("DroidSansFallback.ttf"), null))),
    /** Emoji and symbols, drawn in one colour: Debian's fonts-symbola. */
    SYMBOLS(
        "Symbol Fallback",
        List.of(
            new Font(Path.of("Symbola_hint.ttf"), null), new Font(Path.of("Symbola.ttf"), null))),
    /**
     * Devanagari (Hindi, Marathi, Nepali), which FOP shapes with these (vowel signs in place):
     * Debian's fonts-lohit-deva.
     */
    DEVANAGARI(
        "Installed Devanagari",
        List.of(
            new Font(Path.of("Lohit-Devanagari.ttf"), null),
            new Font(Path.of("NotoSansDevanagari-Regular.ttf"), null),
            new Font(Path.of("gargi.ttf"), null)));

    public final String family;
    final List<Font> candidates;

    Kind(String family, List<Font> candidates) {
      this.family = family;
      this.candidates = candidates;
    }
  }

  private static final int DEPTH = 4;

  private InstalledFonts() {}

  /** The standard font folders of a Unix machine, and the user's own. */
  public static List<Path> standardFolders() {
    List<Path> folders =
        new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts")));
    String home = System.getProperty("user.home");
    if (home != null) {
      folders.add(Path.of(home, ".fonts"));
      folders.add(Path.of(home, ".local", "share", "fonts"));
    }
    return folders;
  }

  /** The CJK fallback found in these folders, if any. */
  public static Optional<Font> fallback(List<Path> folders) {
    return fallback(Kind.CJK, folders);
  }

  /** The best known font of this kind found in these folders, if any. */
  public static Optional<Font> fallback(Kind kind, List<Path> folders) {
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files =
          Files.find(
              folder,
              DEPTH,
              (path, attributes) ->
                  attributes.isRegularFile()
                      && kind.candidates.stream()
                          .anyMatch(candidate -> candidate.file().equals(path.getFileName())))) {
        files.forEach(found::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        // An unreadable folder is a folder without fonts for us.
      }
    }
    for (Font candidate : kind.candidates) {
      for (Path file : found) {
        if (candidate.file().equals(file.getFileName()) && Files.isReadable(file)) {
          return Optional.of(new Font(file.toAbsolutePath().normalize(), candidate.subFont()));
        }
      }
    }
    return Optional.empty();
  }
}
