package io.resume.cli;

import io.resume.model.InputLimits;
import io.resume.model.InvalidResumeException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code -} where a file is meant: standard input for an input, standard output for an output.
 * Standard input is read whole, within the reader's limit ({@link InputLimits#readAll}), and only
 * where {@code -} is written: a pipe named any other way ({@code /dev/stdin}) is refused as before.
 */
final class StandardStreams {
  /** What a command line writes for standard input or output. */
  static final String DASH = "-";

  /** What messages call standard input, where they would name a file ({@code <stdin>:3:5: …}). */
  static final String INPUT_NAME = "<stdin>";

  /** Where {@code -} reads from and bytes are written to; tests give their own. */
  static InputStream input = System.in;

  static PrintStream output = System.out;

  private StandardStreams() {}

  static boolean isDash(Path path) {
    return path != null && path.toString().equals(DASH);
  }

  /** A résumé read from standard input: its bytes, and whether they are a JSON Resume. */
  record Body(byte[] bytes, boolean json) {}

  /**
   * The résumé on standard input. Which kind it is, the bytes say: a JSON Resume starts with
   * {@code {} (after white space and a byte order mark), anything else is read as XML.
   */
  static Body read() throws InvalidResumeException {
    byte[] bytes = InputLimits.readAll(input, INPUT_NAME);
    return new Body(bytes, startsLikeJson(bytes));
  }

  static boolean startsLikeJson(byte[] bytes) {
    int i =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{';
  }

  /** Writes bytes to standard output as they are, never through a character encoding. */
  static void write(byte[] bytes) {
    output.write(bytes, 0, bytes.length);
    output.flush();
  }
}
