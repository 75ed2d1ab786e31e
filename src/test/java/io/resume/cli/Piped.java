package io.resume.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line with {@code -}: what it was given on standard input, and the bytes it
 * wrote there.
 */
record Piped(int status, byte[] stdout, String out, String err) {

  static Piped of(byte[] stdin, String... args) {
    return of(new ByteArrayInputStream(stdin), args);
  }

  static Piped of(InputStream stdin, String... args) {
    InputStream savedIn = StandardStreams.input;
    PrintStream savedOut = StandardStreams.output;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StandardStreams.input = stdin;
    StandardStreams.output = new PrintStream(bytes, true);
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Piped(status, bytes.toByteArray(), out.toString(), err.toString());
    } finally {
      StandardStreams.input = savedIn;
      StandardStreams.output = savedOut;
    }
  }
}
