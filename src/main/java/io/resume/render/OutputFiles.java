package io.resume.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes an output next to its final place and moves it there only when complete, so a failed or
 * interrupted render never leaves a half-written file nor spoils an earlier one. The outputs of one
 * input are moved together ({@link OutputSet}); temporaries a stopped process leaves are removed as
 * it ends ({@link Temporaries}).
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Something that writes a whole output to a stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes one output on its own. */
  public static void write(Path target, Writer writer) throws IOException {
    try (OutputSet set = new OutputSet()) {
      set.write(target, writer);
      set.commit();
    }
  }

  /** The folder of the outputs, made when missing; an error that says why it cannot be. */
  static void createFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    for (Path up = folder; up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new FileSystemException(folder.toString(), null, up + " is a file, not a folder");
      }
    }
    Files.createDirectories(folder);
  }

  /**
   * What went wrong with a file, in words ({@code file: why}): the JDK's messages are often just
   * the path.
   */
  public static String reason(IOException e) {
    String file = e instanceof FileSystemException fs ? fs.getFile() : null;
    return (file == null ? "" : file + ": ") + why(e);
  }

  /** What went wrong, without the file's name. */
  public static String why(IOException e) {
    if (e instanceof FileSystemException fs) {
      String why = fs.getReason();
      if (why != null && !why.isBlank()) {
        return why;
      }
      return e instanceof NoSuchFileException
          ? "no such file or folder"
          : e instanceof AccessDeniedException
              ? "permission denied"
              : e instanceof FileAlreadyExistsException
                  ? "it exists already"
                  : e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
