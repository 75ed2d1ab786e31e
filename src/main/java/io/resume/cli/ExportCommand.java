package io.resume.cli;

import io.resume.json.JsonResume;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.ResumeReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resume export resume.xml [-o resume.json]}: the canonical XML to JSON Resume. */
@Command(name = "export",
    description = "Converts a canonical résumé XML into a JSON Resume (jsonresume.org, v1). "
        + "What JSON Resume cannot hold is listed on stderr.")
final class ExportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "The résumé XML file.")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the JSON (default: standard output).")
  private Path output;

  @Override
  public Integer call() {
    PrintWriter stderr = spec.commandLine().getErr();
    XdmNode resume;
    try {
      resume = new ResumeReader(new Processor(false)).read(input);
    } catch (InvalidResumeException e) {
      e.problems().stream().map(Problem::toString).forEach(stderr::println);
      return Main.BAD_INPUT;
    }
    JsonResume.Exported exported = JsonResume.write(resume);
    exported.warnings().forEach(warning -> stderr.println(input + ": warning: " + warning));
    return ImportCommand.Output.write(exported.json(), output, spec.commandLine().getOut(), stderr);
  }
}
