package io.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository builds whoever's résumé is in its resume.xml (issue 13): a copy of the build, with
 * another valid résumé in place of resume.xml, passes `mvn package` and renders that résumé into
 * its out/. The tests read their own copy of the seed (Seed), never resume.xml, so they are left
 * out of the copy's build (-Dmaven.test.skip=true); what reads resume.xml is the render of out/
 * (and, with -Pstartup, the start-up archives' training run, not run here: minutes). Costs one `mvn
 * package` of the copy (about a minute on two cores), offline when this build is.
 */
class OtherResumeBuildIT {
  /** Another person's résumé, in other scripts, with translations. */
  private static final Path OTHER = Path.of("src/test/resources/io/resume/scripts/european.xml");

  /**
   * What the build reads: the poms, the sources of both modules (not their tests), the stylesheets,
   * the launcher, the README.
   */
  private static final List<String> BUILD =
      List.of(
          "pom.xml",
          "core/pom.xml",
          "resume-maven-plugin/pom.xml",
          "resume-maven-plugin/src/main",
          "src/main",
          "src/assembly",
          "xsl",
          "bin",
          "README.md");

  @Test
  void theBuildRendersAnotherResumeInPlaceOfResumeXml(@TempDir Path copy) throws Exception {
    for (String part : BUILD) {
      copyTree(Path.of(part), copy.resolve(part));
    }
    Files.copy(OTHER, copy.resolve("resume.xml"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B",
                "-ntp",
                "package",
                "-Dmaven.test.skip=true"));
    if ("offline=true".equals(System.getProperty("maven.offline"))) {
      command.add("-o");
    }
    String repository = System.getProperty("maven.repo.local");
    if (repository != null && !repository.isBlank()) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    Path log = copy.resolve("build.log");
    Process build =
        new ProcessBuilder(command)
            .directory(copy.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(build.waitFor(10, TimeUnit.MINUTES), "the build ends");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, build.exitValue(), output);
    assertTrue(output.contains("BUILD SUCCESS"), output);

    String html = Files.readString(copy.resolve("out/resume.html"));
    String name = firstName(Files.readString(OTHER));
    assertTrue(html.contains(name), "out/ is the other résumé's: " + name);
    assertFalse(html.contains("Zhuofu Chen"), "not the seed's");
    for (String ext : List.of("pdf", "docx")) {
      assertTrue(Files.size(copy.resolve("out/resume." + ext)) > 1000, ext);
    }
    assertTrue(Files.isRegularFile(copy.resolve("target/resume.jar")));
  }

  private static String firstName(String resume) {
    int start = resume.indexOf("<name>") + "<name>".length();
    return resume.substring(start, resume.indexOf("</name>", start));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
