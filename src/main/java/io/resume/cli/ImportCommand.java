package io.resume.cli;

import io.resume.batch.Targets;
import io.resume.json.JsonResume;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.ResumeReader;
import io.resume.render.OutputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.Processor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code resume import resume.json [-o resume.xml]}: JSON Resume to the canonical XML. */
@Command(
    name = "import",
    description =
        "Converts a JSON Resume (jsonresume.org, v1) into a canonical résumé XML, checked against the schema. "
            + "Members with no place in the résumé are listed on stderr.")
final class ImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      description = "The JSON Resume file; - reads it from standard input.")
  private Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the XML (default, or -: standard output).")
  private Path output;

  @Override
  public Integer call() {
    String refused = Targets.overwrites(output, input);
    if (refused != null) {
      throw new ParameterException(spec.commandLine(), refused);
    }
    PrintWriter stderr = spec.commandLine().getErr();
    boolean standardInput = StandardStreams.isDash(input);
    String name = standardInput ? StandardStreams.INPUT_NAME : input.toString();
    JsonResume.Imported imported;
    java.util.List<Problem> warnings = new java.util.ArrayList<>();
    try {
      JsonResume json = new JsonResume(new ResumeReader(new Processor(false)));
      imported =
          standardInput
              ? json.read(StandardStreams.read().bytes(), name, true, warnings)
              : json.read(input, warnings);
    } catch (InvalidResumeException e) {
      // The warnings first, also when errors stop the import: the user fixing them knows the rest.
      warnings.forEach(w -> stderr.println(io.resume.model.Warnings.line(name, w.placedMessage())));
      e.problems().stream().map(Problem::toString).forEach(stderr::println);
      return Main.BAD_INPUT;
    }
    warnings.forEach(w -> stderr.println(io.resume.model.Warnings.line(name, w.placedMessage())));
    return Output.write(imported.xml(), output, spec.commandLine().getOut(), stderr);
  }

  /** Text to a file (replaced only when complete) or to standard output (none, or -). */
  static final class Output {
    private Output() {}

    static int write(String text, Path file, PrintWriter stdout, PrintWriter stderr) {
      if (file == null || StandardStreams.isDash(file)) {
        stdout.print(text);
        stdout.flush();
        return Main.OK;
      }
      try {
        OutputFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return Main.OK;
      } catch (IOException e) {
        stderr.println(file + ": cannot write the output: " + e.getMessage());
        return Main.BAD_INPUT;
      }
    }
  }
}
