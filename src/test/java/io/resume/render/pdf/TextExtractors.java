package io.resume.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The programs applicant-tracking systems read a PDF's text with: poppler's pdftotext in its three
 * modes (the default reading order, {@code -raw} content order, which resume parsers use, and
 * {@code -layout}), and PDFBox (which Tika uses). pdftotext is Debian's poppler-utils, installed by
 * .ci/run; without it these tests fail, saying how to install it.
 */
enum TextExtractors {
  PDFTOTEXT("pdftotext"),
  PDFTOTEXT_RAW("pdftotext -raw", "-raw"),
  PDFTOTEXT_LAYOUT("pdftotext -layout", "-layout"),
  PDFBOX("PDFBox");

  private final String label;
  private final List<String> options;

  TextExtractors(String label, String... options) {
    this.label = label;
    this.options = List.of(options);
  }

  @Override
  public String toString() {
    return label;
  }

  /** The PDF's text as this program gives it; pages apart by a form feed. */
  String text(byte[] pdf) throws IOException {
    if (this == PDFBOX) {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setPageEnd("\f");
        return stripper.getText(document);
      }
    }
    Path file = Files.createTempFile("extract", ".pdf");
    try {
      Files.write(file, pdf);
      List<String> command = new ArrayList<>(List.of(pdftotext(), "-enc", "UTF-8"));
      command.addAll(options);
      command.addAll(List.of(file.toString(), "-"));
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(
            label
                + " failed: "
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(label + " was interrupted", e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String pdftotext() {
    for (String folder :
        System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(folder.isEmpty() ? "." : folder, "pdftotext");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException(
        "these tests read the PDF as applicant-tracking systems do, with pdftotext, which is"
            + " missing: apt-get install poppler-utils (.ci/run does)");
  }
}
