package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.Targets;
import io.resume.json.JsonResume;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.Warnings;
import io.resume.xslt.Variant;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume export resume.xml [-o resume.json] [--target NAME] [--include-private]}: the
 * canonical XML to JSON Resume. Like {@code render}, it writes the version's own résumé: private
 * items and other versions' items stay out unless asked for.
 */
@Command(
    name = "export",
    description =
        "Converts a canonical résumé XML into a JSON Resume (jsonresume.org, v1): the same version "
            + "`render` shows (no private items unless --include-private). What JSON Resume cannot hold is listed on stderr.")
final class ExportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      description = "The résumé XML file; - reads it from standard input.")
  private Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the JSON (default, or -: standard output).")
  private Path output;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description =
          "The version for NAME: leave out items whose targets=\"…\" do not list it (default: keep all).")
  private String target;

  @Option(
      names = "--include-private",
      description = "Keep items marked private=\"true\" (left out otherwise, as `render` does).")
  private boolean includePrivate;

  @Override
  public Integer call() {
    PrintWriter stderr = spec.commandLine().getErr();
    Variant variant = new Variant(null, RenderChoices.target(spec, target), includePrivate);
    String refused = Targets.overwrites(output, input);
    if (refused != null) {
      throw new ParameterException(spec.commandLine(), refused);
    }
    Pipeline pipeline = new Pipeline();
    XdmNode version;
    boolean standardInput = StandardStreams.isDash(input);
    String name = standardInput ? StandardStreams.INPUT_NAME : input.toString();
    try {
      XdmNode source;
      if (standardInput) {
        StandardStreams.Body body = StandardStreams.read();
        source =
            pipeline.read(
                body.bytes(),
                body.json(),
                name,
                message -> stderr.println(Warnings.line(name, message)));
      } else {
        source = pipeline.read(input, message -> stderr.println(Warnings.line(name, message)));
      }
      version = pipeline.version(source, variant);
      long hidden = includePrivate ? 0 : privateItems(source);
      if (hidden > 0) {
        stderr.println(
            name
                + ": "
                + hidden
                + (hidden == 1 ? " private item" : " private items")
                + " left out (--include-private keeps them)");
      }
    } catch (InvalidResumeException e) {
      e.problems().stream().map(Problem::toString).forEach(stderr::println);
      return Main.BAD_INPUT;
    }
    JsonResume.Exported exported = JsonResume.write(version);
    exported.warnings().forEach(warning -> stderr.println(name + ": warning: " + warning));
    return ImportCommand.Output.write(exported.json(), output, spec.commandLine().getOut(), stderr);
  }

  private static long privateItems(XdmNode source) {
    return source
        .select(
            Steps.descendant()
                .where(Predicates.isElement())
                .where(
                    node ->
                        "true".equals(node.attribute("private"))
                            || "1".equals(node.attribute("private"))))
        .count();
  }
}
