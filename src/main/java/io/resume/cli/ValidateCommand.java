package io.resume.cli;

import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resume validate INPUT...}: checks each input (XML, or JSON Resume converted to it) against the schema. */
@Command(name = "validate", description = "Checks résumés against the schema; prints one line per problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Résumé files: .xml, or .json (JSON Resume).")
  private List<Path> inputs;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline();
    int status = Main.OK;
    for (Path input : inputs) {
      try {
        pipeline.read(input, message -> spec.commandLine().getErr().println(input + ": warning: " + message));
        spec.commandLine().getOut().println(input + ": valid");
      } catch (InvalidResumeException e) {
        for (Problem problem : e.problems()) {
          spec.commandLine().getErr().println(problem);
        }
        status = Main.BAD_INPUT;
      }
    }
    return status;
  }
}
