package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.resume.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C, for real: the CLI runs in its own JVM, gets SIGINT while it is writing outputs (a
 * temporary {@code .…part} file is there), and must leave no temporary behind; every output that is
 * there is a complete one.
 */
class InterruptTest {
  private static final long WAIT_SECONDS = 120;

  @Test
  void ctrlCInABatchLeavesNoTemporary(@TempDir Path dir) throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    for (int i = 1; i <= 12; i++) {
      Files.copy(Seed.PATH, inputs.resolve(String.format("cv-%02d.xml", i)));
    }
    Path out = dir.resolve("out");
    Process process =
        start(
            dir,
            "render",
            inputs.toString(),
            "--out",
            out.toString(),
            "--format",
            "pdf,html,docx,txt");
    interruptWhileWriting(process, out);
    assertEquals(List.of(), temporaries(out), "temporaries left after Ctrl-C");
    assertOnlyCompleteOutputs(out);
  }

  @Test
  void ctrlCInAWatchLeavesNoTemporary(@TempDir Path dir) throws Exception {
    Path input = Files.copy(Seed.PATH, dir.resolve("cv.xml"));
    Path out = dir.resolve("out");
    Process process =
        start(dir, "watch", input.toString(), "--out", out.toString(), "--format", "pdf,html,docx");
    interruptWhileWriting(process, out);
    assertEquals(List.of(), temporaries(out), "temporaries left after Ctrl-C");
    assertOnlyCompleteOutputs(out);
  }

  private static Process start(Path dir, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
  }

  /**
   * Waits until a temporary is being written, then sends SIGINT (what Ctrl-C sends) and waits for
   * the end.
   */
  private static void interruptWhileWriting(Process process, Path out) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (temporaries(out).isEmpty()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        fail(
            "no temporary file appeared while the process ran (exit "
                + (process.isAlive() ? "none" : process.exitValue())
                + ")");
      }
      Thread.sleep(2);
    }
    Process kill =
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
    assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the process ends after Ctrl-C");
  }

  private static List<Path> temporaries(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
    }
  }

  /** What is there was moved into place whole: no empty or truncated file. */
  private static void assertOnlyCompleteOutputs(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.toList()) {
        assertTrue(Files.size(file) > 0, file + " is empty");
        if (file.toString().endsWith(".pdf")) {
          String pdf = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
          assertTrue(pdf.stripTrailing().endsWith("%%EOF"), file + " is complete");
        }
      }
    }
  }
}
