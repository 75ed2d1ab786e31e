package io.resume.cli;

import io.resume.batch.Targets;
import io.resume.render.OutputFiles;
import io.resume.render.pdf.PdfAttachment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resume extract resume.pdf [-o resume.xml]}: the résumé a PDF of ours carries, byte for byte. */
@Command(name = "extract",
    description = "Gives back the résumé XML that a PDF made by `render` carries inside, byte for byte, "
        + "so that a copy of the PDF can be rendered or edited again.")
final class ExtractCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PDF", description = "A PDF made by `resume render`.")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the XML (default: standard output).")
  private Path output;

  /** Where the bytes go without -o: the raw standard output, never through a character encoding. */
  static PrintStream standardOutput = System.out;

  @Override
  public Integer call() {
    String refused = Targets.overwrites(output, input);
    if (refused != null) {
      throw new ParameterException(spec.commandLine(), refused);
    }
    PrintWriter stderr = spec.commandLine().getErr();
    if (!Files.isRegularFile(input)) {
      stderr.println(input + ": " + (Files.isDirectory(input) ? "this is a folder, not a PDF: give the path of a PDF made by `resume render`"
          : Files.exists(input) ? "not a regular file (a pipe or a device?): give the path of a PDF made by `resume render`"
          : "no such file"));
      return Main.BAD_INPUT;
    }
    byte[] source;
    try {
      source = PdfAttachment.read(input);
    } catch (PdfAttachment.NotFound e) {
      stderr.println(input + ": " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      stderr.println(input + ": cannot read the file: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    if (output == null) {
      spec.commandLine().getOut().flush();
      standardOutput.write(source, 0, source.length);
      standardOutput.flush();
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
}
