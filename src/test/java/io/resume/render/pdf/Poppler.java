package io.resume.render.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * poppler's pdftotext, the text extraction most applicant-tracking systems run, in its modes:
 * default (reading order), {@code -raw} (content order) and {@code -layout}. Skipped, saying so,
 * when it is missing, except where RESUME_REQUIRE_OFFICE is set (CI installs poppler-utils with the
 * other document tools), where a missing pdftotext fails.
 */
final class Poppler {
  enum Mode {
    DEFAULT(),
    RAW("-raw"),
    LAYOUT("-layout");

    final List<String> options;

    Mode(String... options) {
      this.options = List.of(options);
    }
  }

  private final Path pdftotext;

  private Poppler(Path pdftotext) {
    this.pdftotext = pdftotext;
  }

  static Poppler required() {
    Path found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(dir -> !dir.isEmpty())
            .map(dir -> Path.of(dir, "pdftotext"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    if (found == null && System.getenv("RESUME_REQUIRE_OFFICE") != null) {
      throw new IllegalStateException(
          "pdftotext is required here (RESUME_REQUIRE_OFFICE) but missing: "
              + "apt-get install poppler-utils");
    }
    assumeTrue(found != null, "SKIPPED: no pdftotext (apt-get install poppler-utils)");
    return new Poppler(found);
  }

  /** The PDF's text as pdftotext gives it in this mode, UTF-8. */
  String text(byte[] pdf, Mode mode) throws IOException, InterruptedException {
    Path file = Files.createTempFile("extract", ".pdf");
    try {
      Files.write(file, pdf);
      List<String> command = new ArrayList<>(List.of(pdftotext.toString(), "-enc", "UTF-8"));
      command.addAll(mode.options);
      command.addAll(List.of(file.toString(), "-"));
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("pdftotext failed: " + command);
      }
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
