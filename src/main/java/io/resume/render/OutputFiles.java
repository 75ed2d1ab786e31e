package io.resume.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output next to its final place and moves it there only when complete, so a failed
 * or interrupted render never leaves a half-written file nor spoils an earlier one.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Something that writes a whole output to a stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A hidden file beside the target, readable by others as an ordinary output is (not 0600). */
  private static Path createTemporary(Path folder, Path target) throws IOException {
    String prefix = "." + target.getFileName();
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(folder, prefix, ".part",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
    }
    return Files.createTempFile(folder, prefix, ".part");
  }

  public static void write(Path target, Writer writer) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = createTemporary(folder, target);
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
        writer.writeTo(out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
