package io.resume.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a résumé file may be before anything parses it. A real résumé is a few kilobytes (the
 * repository's is 7 KB); refusing a file over {@link #MAX_BYTES} before reading it keeps the time
 * and memory of a render bounded whatever a stranger sends, and so does refusing elements nested
 * deeper than {@link #MAX_DEPTH} (which would otherwise recurse through every stylesheet).
 */
public final class InputLimits {
  /**
   * The largest résumé file read: 512 KiB, some four times a long academic CV with two hundred
   * publications. Rendering one that size takes seconds and a few hundred MB (measured).
   */
  public static final long MAX_BYTES = 512L << 10;

  /** The deepest element nesting read; the deepest a real résumé needs is about 10. */
  public static final int MAX_DEPTH = 40;

  /**
   * The longest block of text (a paragraph, a bullet, a field), in characters: some 1,500 words.
   * FOP breaks a paragraph into lines all at once, in memory that grows fast with its length (one
   * of 500,000 characters exhausts a 1 GB heap after minutes).
   */
  public static final int MAX_TEXT = 10_000;

  private InputLimits() {}

  /**
   * Refuses a folder, a file that cannot be read, or one too large, without reading it; and
   * anything but a regular file: a named pipe would wait for a writer for ever, a device or
   * standard input through a pipe has no size to check and no end.
   */
  public static void checkFile(Path file) throws InvalidResumeException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InvalidResumeException(
          new Problem(name, 0, 0, "cannot read the file: it is a folder, not a résumé file"));
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InvalidResumeException(
          new Problem(
              name,
              0,
              0,
              "cannot read the file: it is not a regular file"
                  + " (a pipe, a FIFO or a device); save the résumé to a file and give its path"));
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new InvalidResumeException(cannotRead(name, e));
    }
    if (size > MAX_BYTES) {
      throw new InvalidResumeException(tooLarge(name, size));
    }
  }

  /** The one line for an input over {@link #MAX_BYTES} (a file, or a request's body). */
  public static Problem tooLarge(String name, long size) {
    return new Problem(
        name,
        0,
        0,
        String.format(
            Locale.ROOT,
            "the file is %s, larger than the %s a résumé may be; refused before reading it",
            kilobytes(size),
            kilobytes(MAX_BYTES)));
  }

  /**
   * The résumé file, checked ({@link #checkFile}) and opened so that no more than {@link
   * #MAX_BYTES} are ever read from it, even if it grows after the check.
   */
  public static InputStream open(Path file) throws InvalidResumeException {
    checkFile(file);
    try {
      return new Bounded(Files.newInputStream(file));
    } catch (IOException e) {
      throw new InvalidResumeException(cannotRead(file.toString(), e));
    }
  }

  /**
   * All of a stream that has no size to check first (standard input), read no further than {@link
   * #MAX_BYTES}: one byte more and it is refused, the rest never read, so an endless stream ({@code
   * yes |}) ends in a refusal rather than in memory exhausted.
   *
   * @param name what the refusal calls it ({@code <stdin>})
   */
  public static byte[] readAll(InputStream in, String name) throws InvalidResumeException {
    try {
      return new Bounded(in).readAllBytes();
    } catch (TooLarge e) {
      throw new InvalidResumeException(
          new Problem(
              name,
              0,
              0,
              String.format(
                  Locale.ROOT,
                  "more than the %s a résumé may be; refused without reading the rest",
                  kilobytes(MAX_BYTES))));
    } catch (IOException e) {
      throw new InvalidResumeException(cannotRead(name, e));
    }
  }

  /** Reading past the limit: the file grew after its size was checked. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super(
          String.format(
              Locale.ROOT,
              "the file is larger than the %s a résumé may be; refused without reading"
                  + " the rest",
              kilobytes(MAX_BYTES)));
    }
  }

  /** A stream that fails at its {@link #MAX_BYTES}+1st byte. */
  private static final class Bounded extends FilterInputStream {
    private long left = MAX_BYTES;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
      if (n > 0 && (left -= n) < 0) {
        throw new TooLarge();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192)) < 0
          ? 0
          : Math.min(n, 8192);
    }
  }

  /** The one line for a file that cannot be opened or read, in words rather than Java's. */
  public static Problem cannotRead(String name, IOException e) {
    if (e instanceof TooLarge) {
      return new Problem(name, 0, 0, e.getMessage());
    }
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new Problem(name, 0, 0, "cannot read the file: " + why);
  }

  private static String kilobytes(long bytes) {
    return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
  }
}
