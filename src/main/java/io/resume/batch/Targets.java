package io.resume.batch;

import io.resume.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where outputs go ({@code x.xml} → {@code DIR/x.pdf}), and the two rules checked before anything
 * is written: no output replaces an input, and no two inputs share an output. Files are compared as
 * the file system sees them (symlinks, hard links, {@code ./x} and {@code x} are one file).
 */
public final class Targets {
  private Targets() {}

  /** The output of {@code input} in {@code format}. */
  public static Path of(Path outFolder, Path input, Format format) {
    return outFolder.resolve(baseName(input) + "." + format.extension());
  }

  /** {@code resume.xml} → {@code resume}. */
  public static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The inputs in order, each file once: one named twice (a folder and a file in it) is rendered
   * once.
   */
  public static List<Path> distinct(List<Path> inputs) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> distinct = new ArrayList<>();
    for (Path input : inputs) {
      if (seen.add(identity(input))) {
        distinct.add(input);
      }
    }
    return distinct;
  }

  /**
   * What stops these inputs from being rendered into {@code outFolder}, one line each ({@code file:
   * what is wrong}); empty when nothing does. Two inputs of one name (x.xml and x.json,
   * a/resume.xml and b/resume.xml) are refused rather than named apart: an output's name stays the
   * input's, and which of the two is meant is for the user to say.
   */
  public static List<String> conflicts(List<Path> inputs, Path outFolder, Set<Format> formats) {
    List<String> problems = new ArrayList<>();
    Map<String, Path> byName = new LinkedHashMap<>();
    for (Path input : inputs) {
      Path earlier = byName.putIfAbsent(baseName(input), input);
      if (earlier != null) {
        problems.add(
            input
                + ": its outputs would replace those of "
                + earlier
                + " (both are "
                + of(outFolder, input, formats.iterator().next()).getFileName()
                + (formats.size() > 1 ? "…" : "")
                + " in "
                + outFolder
                + "): render them to different --out folders, or rename one");
      }
    }
    for (Path input : inputs) {
      for (Format format : formats) {
        Path target = of(outFolder, input, format);
        for (Path other : inputs) {
          if (sameFile(target, other)) {
            problems.add(
                other
                    + ": the "
                    + format.extension()
                    + " output of "
                    + (other.equals(input) ? "this input" : input)
                    + " ("
                    + target
                    + ") would replace it: choose another --out folder");
          }
        }
      }
    }
    return problems;
  }

  /**
   * Why {@code output} may not be written (it is the input itself), or null. For the commands that
   * write one file ({@code -o FILE}).
   */
  public static String overwrites(Path output, Path input) {
    if (output != null && sameFile(output, input)) {
      return input
          + ": the output "
          + output
          + " is this input; it would be replaced: write to another file";
    }
    return null;
  }

  /** Whether two paths name one existing file (links followed). */
  static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // unreadable: it cannot be told apart, and the write will say why it fails
    }
  }

  private static Path identity(Path input) {
    try {
      return input.toRealPath();
    } catch (IOException e) {
      return input.toAbsolutePath().normalize(); // missing: the reader reports it
    }
  }
}
