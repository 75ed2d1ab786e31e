package io.resume.cli;

import java.nio.file.Path;

/** {@code -} where a file is meant: standard input for an input, standard output for an output. */
final class StandardStreams {
  /** What a command line writes for standard input or output. */
  static final String DASH = "-";
  /** What messages call standard input, where they would name a file ({@code <stdin>:3:5: …}). */
  static final String INPUT_NAME = "<stdin>";

  private StandardStreams() {}

  static boolean isDash(Path path) {
    return path != null && path.toString().equals(DASH);
  }
}
