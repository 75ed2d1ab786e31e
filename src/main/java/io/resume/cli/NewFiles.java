package io.resume.cli;

import io.resume.render.OutputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The files that the commands which hand out a starting point write ({@code init}, {@code themes
 * --copy}, {@code xsl --copy}): created, never replacing anything. The check and the creation are
 * one step ({@code CREATE_NEW}), so a file that appears meanwhile is not replaced either.
 */
final class NewFiles {
  private NewFiles() {}

  /** Why {@code file} cannot be created ({@code file: …}), or null when nothing is in its place. */
  static String taken(Path file) {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return file
          + ": "
          + (Files.isDirectory(file) ? "a folder" : "a file")
          + " of that name exists already;"
          + " nothing is ever replaced: remove it or choose another name";
    }
    return null;
  }

  /**
   * Writes {@code bytes} into a new file (its folders made as needed). A file that could not be
   * written whole is removed again.
   *
   * @throws FileAlreadyExistsException when anything is already there
   */
  static void create(Path file, byte[] bytes) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    boolean complete = false;
    try (OutputStream out =
        Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      try {
        out.write(bytes);
        complete = true;
      } finally {
        if (!complete) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** The one line for a file that could not be created. */
  static String failure(Path file, IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return taken(file) == null ? file + ": exists already; nothing replaced" : taken(file);
    }
    return file + ": cannot write it: " + OutputFiles.why(e);
  }
}
