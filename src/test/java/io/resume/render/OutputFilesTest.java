package io.resume.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @Test
  void aFailedWriteLeavesTheEarlierOutputAndNoPartialFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("resume.pdf");
    Files.writeString(target, "earlier");
    assertThrows(
        IOException.class,
        () ->
            OutputFiles.write(
                target,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("renderer failed");
                }));
    assertEquals("earlier", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aCompleteWriteReplacesTheOutputWithOrdinaryPermissions(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("sub/resume.html");
    OutputFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(target));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }
}
