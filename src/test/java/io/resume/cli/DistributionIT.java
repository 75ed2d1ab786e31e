package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive `mvn package` leaves, installed as its README says: unpacked anywhere,
 * its bin/resume linked onto the PATH, run from another folder. And the repository's own bin/resume
 * through a link, which used to fail ("Unable to access jarfile").
 */
class DistributionIT {
  private static final Path ARCHIVE =
      Path.of(System.getProperty("resume.distribution", "target/resume.tar.gz"));
  private static final String VERSION = System.getProperty("resume.version", "unknown");
  @TempDir static Path dir;
  private static Path unpacked;

  record Run(int status, String out, String err) {}

  @BeforeAll
  static void unpack() throws Exception {
    Path home = Files.createDirectories(dir.resolve("opt"));
    Run tar = run(home, "tar", "xzf", ARCHIVE.toAbsolutePath().toString());
    assertEquals(0, tar.status(), tar.err());
    unpacked = home.resolve("resume-" + VERSION);
  }

  static Run run(Path folder, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(folder.toFile());
    builder.environment().remove("RESUME_JAR");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void theArchiveHoldsTheLauncherTheJarAndTheReadme() throws Exception {
    List<String> files = new ArrayList<>();
    try (var walk = Files.walk(unpacked)) {
      walk.filter(Files::isRegularFile).forEach(f -> files.add(unpacked.relativize(f).toString()));
    }
    files.sort(null);
    assertEquals(List.of("README.md", "bin/resume", "lib/resume.jar"), files);
    assertTrue(Files.isExecutable(unpacked.resolve("bin/resume")));
    assertArrayEquals(
        Files.readAllBytes(Path.of("README.md")),
        Files.readAllBytes(unpacked.resolve("README.md")));
    assertArrayEquals(
        Files.readAllBytes(Path.of("bin/resume")),
        Files.readAllBytes(unpacked.resolve("bin/resume")));
  }

  @Test
  void theLauncherRunsThroughALinkFromAnyFolder() throws Exception {
    Path path = Files.createDirectories(dir.resolve("home/.local/bin"));
    Path link = Files.createSymbolicLink(path.resolve("resume"), unpacked.resolve("bin/resume"));
    Path work = Files.createDirectories(dir.resolve("home/cv"));

    Run version = run(work, link.toString(), "--version");
    assertEquals(0, version.status(), version.err());
    assertEquals("resume " + VERSION, version.out().lines().findFirst().orElseThrow());

    assertEquals(0, run(work, link.toString(), "init").status());
    Run validate = run(work, link.toString(), "validate", "resume.xml");
    assertEquals(0, validate.status(), validate.err());
    Run render = run(work, link.toString(), "render", "resume.xml", "-o", "cv.pdf");
    assertEquals(0, render.status(), render.err());
    assertTrue(Files.size(work.resolve("cv.pdf")) > 1000);

    // Exit statuses come through the launcher: a bad input 1, a bad command line 2.
    assertEquals(1, run(work, link.toString(), "validate", "missing.xml").status());
    assertEquals(2, run(work, link.toString(), "render").status());
  }

  @Test
  void theRepositorysLauncherRunsThroughALinkToo() throws Exception {
    Path link =
        Files.createSymbolicLink(
            Files.createDirectories(dir.resolve("elsewhere")).resolve("resume"),
            Path.of("bin/resume").toAbsolutePath());
    Run version = run(dir, link.toString(), "--version");
    assertEquals(0, version.status(), version.err());
    assertEquals("resume " + VERSION, version.out().lines().findFirst().orElseThrow());
  }
}
