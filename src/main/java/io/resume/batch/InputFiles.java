package io.resume.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The résumés named on a command line or in a build's configuration: files as given, folders as the
 * résumés directly inside.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> inputs = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> files = Files.list(argument)) {
          files
              .filter(InputFiles::isResume)
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(inputs::add);
        }
      } else {
        inputs.add(argument); // a missing file is reported by the reader, with the others
      }
    }
    return inputs;
  }

  public static boolean isResume(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xml") || name.endsWith(".json");
  }
}
