package io.resume.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds, among the machine's standard font folders, one installed font for the scripts the
 * bundled fonts lack (Chinese, Japanese, Korean), and one for Devanagari (Hindi, Marathi, Nepali). Only fonts known to work in FOP are taken:
 * Noto CJK's {@code .ttc} fails there ("'loca' table not found"). The font is only named to
 * FOP here; FOP reads it on the first character that no bundled font has, so a résumé in Latin
 * script never pays its 60–120 ms and ~120 MB.
 */
final class InstalledFonts {
  /** A font file, and the name of the font inside it when the file is a collection (.ttc). */
  record Font(Path file, String subFont) {}

  /** Known good fonts, best first. */
  private static final List<Font> CANDIDATES = List.of(
      new Font(Path.of("wqy-zenhei.ttc"), "WenQuanYi Zen Hei"),
      new Font(Path.of("wqy-microhei.ttc"), "WenQuanYi Micro Hei"),
      new Font(Path.of("DroidSansFallbackFull.ttf"), null),
      new Font(Path.of("DroidSansFallback.ttf"), null));

  /** Known good Devanagari fonts, best first: FOP shapes them (matras in place, conjuncts). */
  private static final List<Font> DEVANAGARI = List.of(
      new Font(Path.of("Lohit-Devanagari.ttf"), null),
      new Font(Path.of("NotoSansDevanagari-Regular.ttf"), null),
      new Font(Path.of("gargi.ttf"), null));

  private static final int DEPTH = 4;

  private InstalledFonts() {}

  /** The standard font folders of a Unix machine, and the user's own. */
  static List<Path> standardFolders() {
    List<Path> folders = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts")));
    String home = System.getProperty("user.home");
    if (home != null) {
      folders.add(Path.of(home, ".fonts"));
      folders.add(Path.of(home, ".local", "share", "fonts"));
    }
    return folders;
  }

  /** The best known CJK font found in these folders, if any. */
  static Optional<Font> fallback(List<Path> folders) {
    return find(folders, CANDIDATES);
  }

  /** The best known Devanagari font found in these folders, if any. */
  static Optional<Font> devanagari(List<Path> folders) {
    return find(folders, DEVANAGARI);
  }

  private static Optional<Font> find(List<Path> folders, List<Font> candidates) {
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.find(folder, DEPTH, (path, attributes) -> attributes.isRegularFile()
          && candidates.stream().anyMatch(candidate -> candidate.file().equals(path.getFileName())))) {
        files.forEach(found::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        // An unreadable folder is a folder without fonts for us.
      }
    }
    for (Font candidate : candidates) {
      for (Path file : found) {
        if (candidate.file().equals(file.getFileName()) && Files.isReadable(file)) {
          return Optional.of(new Font(file.toAbsolutePath().normalize(), candidate.subFont()));
        }
      }
    }
    return Optional.empty();
  }
}
