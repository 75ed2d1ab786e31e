package io.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A user's editable copy of the repository's xsl/ folder, as `--xsl DIR` takes it. */
public final class StylesheetCopies {
  private StylesheetCopies() {}

  /** Copies xsl/ to {@code target} (replacing what is there) and returns {@code target}. */
  public static Path copyTo(Path target) throws IOException {
    Path source = Path.of("xsl");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }
}
