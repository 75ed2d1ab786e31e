package io.resume.render.docx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless, the word processor a test can run: converts DOCX files to PDF or text. Each
 * converter has its own profile folder, so it neither reads a user's settings nor clashes with an
 * office already running. Skipped, saying so, when soffice is missing, except where
 * RESUME_REQUIRE_OFFICE is set (CI), where a missing soffice fails.
 */
final class LibreOffice {
  /** Writer's text export in UTF-8, whatever the machine's locale ("Text" alone follows it). */
  static final String TEXT = "txt:Text (encoded):UTF8";

  static final String PDF = "pdf:writer_pdf_Export";

  /** A cold start with a new profile takes 2–4 s here; a stuck office must not hang the build. */
  private static final long TIMEOUT_SECONDS = 120;

  private final Path soffice;
  private final Path profile;

  private LibreOffice(Path soffice, Path profile) {
    this.soffice = soffice;
    this.profile = profile;
  }

  /**
   * A converter whose profile lives in {@code workDir}; skips the test when there is no soffice.
   */
  static LibreOffice required(Path workDir) {
    return required(
        workDir,
        find(System.getenv().getOrDefault("PATH", "")),
        System.getenv("RESUME_REQUIRE_OFFICE") != null);
  }

  static LibreOffice required(Path workDir, Optional<Path> soffice, boolean mustRun) {
    if (soffice.isEmpty() && mustRun) {
      throw new IllegalStateException(
          "LibreOffice is required here (RESUME_REQUIRE_OFFICE) but soffice is missing: "
              + "apt-get install libreoffice-writer-nogui");
    }
    assumeTrue(
        soffice.isPresent(),
        "SKIPPED: no LibreOffice (soffice not on the PATH; "
            + "apt-get install libreoffice-writer-nogui)");
    return new LibreOffice(soffice.get(), workDir.resolve("lo-profile"));
  }

  /** soffice in one of the folders of a PATH (Debian puts it in /usr/bin). */
  static Optional<Path> find(String path) {
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "soffice"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Converts the files, all in one office start, into {@code outDir}; returns the converted files
   * in the order given (same base name, the filter's extension).
   */
  List<Path> convert(List<Path> inputs, String filter, Path outDir)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    List<String> command =
        new ArrayList<>(
            List.of(
                soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--convert-to",
                filter,
                "--outdir",
                outDir.toString()));
    inputs.forEach(input -> command.add(input.toString()));
    Path log = outDir.resolve("soffice.log");
    Process process =
        new ProcessBuilder(command)
            .directory(outDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      // soffice is a script that starts soffice.bin: stop the children too, only ours.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException("soffice did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    String extension = filter.substring(0, filter.indexOf(':'));
    List<Path> outputs = new ArrayList<>();
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      Path output = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
      if (!Files.isRegularFile(output)) {
        throw new IOException(
            "soffice made no "
                + output.getFileName()
                + " (exit "
                + process.exitValue()
                + "): "
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      outputs.add(output);
    }
    return outputs;
  }
}
