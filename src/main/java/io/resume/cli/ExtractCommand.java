package io.resume.cli;

import io.resume.batch.Targets;
import io.resume.render.OutputFiles;
import io.resume.render.pdf.PdfAttachment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume extract resume.pdf [-o resume.xml]}: the résumé a PDF of ours carries, byte for
 * byte.
 */
@Command(
    name = "extract",
    description =
        "Gives back the résumé XML that a PDF made by `render` carries inside, byte for byte, "
            + "so that a copy of the PDF can be rendered or edited again.")
final class ExtractCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PDF",
      description = "A PDF made by `resume render`; - reads it from standard input.")
  private Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the XML (default, or -: standard output).")
  private Path output;

  /**
   * The largest PDF read from standard input, which has to be held in memory: a PDF of ours is well
   * under 1 MB (fonts subset); a file is read by PDFBox as a file, whatever its size.
   */
  static final int MAX_PDF_BYTES = 32 << 20;

  @Override
  public Integer call() {
    boolean standardInput = StandardStreams.isDash(input);
    String refused = standardInput ? null : Targets.overwrites(output, input);
    if (refused != null) {
      throw new ParameterException(spec.commandLine(), refused);
    }
    String name = standardInput ? StandardStreams.INPUT_NAME : input.toString();
    PrintWriter stderr = spec.commandLine().getErr();
    if (!standardInput && !Files.isRegularFile(input)) {
      stderr.println(
          input
              + ": "
              + (Files.isDirectory(input)
                  ? "this is a folder, not a PDF: give the path of a PDF made by `resume render`"
                  : Files.exists(input)
                      ? "not a regular file (a pipe or a device?): give the path of a PDF made by `resume render`"
                      : "no such file"));
      return Main.BAD_INPUT;
    }
    byte[] source;
    try {
      source =
          standardInput ? PdfAttachment.read(standardInput(stderr)) : PdfAttachment.read(input);
    } catch (PdfAttachment.NotFound e) {
      stderr.println(name + ": " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (TooLarge e) {
      return Main.BAD_INPUT;
    } catch (IOException e) {
      stderr.println(name + ": cannot read the file: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    if (output == null || StandardStreams.isDash(output)) {
      spec.commandLine().getOut().flush();
      StandardStreams.write(source);
      return Main.OK;
    }
    try {
      OutputFiles.write(output, out -> out.write(source));
      return Main.OK;
    } catch (IOException e) {
      stderr.println(output + ": cannot write the output: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  /** A PDF on standard input, read no further than {@link #MAX_PDF_BYTES}. */
  private static byte[] standardInput(PrintWriter stderr) throws IOException, TooLarge {
    byte[] pdf = StandardStreams.input.readNBytes(MAX_PDF_BYTES + 1);
    if (pdf.length > MAX_PDF_BYTES) {
      stderr.println(
          StandardStreams.INPUT_NAME
              + ": more than the "
              + (MAX_PDF_BYTES >> 20)
              + " MB a PDF read from standard input may be; refused without reading the rest");
      throw new TooLarge();
    }
    return pdf;
  }

  /** Standard input over the limit, already reported. */
  private static final class TooLarge extends Exception {
    TooLarge() {
      super(null, null, false, false);
    }
  }
}
