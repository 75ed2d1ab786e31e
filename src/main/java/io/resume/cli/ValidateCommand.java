package io.resume.cli;

import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.Warnings;
import io.resume.xslt.Variant;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume validate INPUT... [--lang LANG]}: checks each input (XML, or JSON Resume converted
 * to it) against the schema. With a language it is also a completeness report: every text that has
 * no alternative in that language is listed, one line each, and the status is 1.
 */
@Command(
    name = "validate",
    description =
        "Checks résumés against the schema and everything `render` relies on; prints one line per problem.")
final class ValidateCommand implements Callable<Integer> {
  private static final int EXCERPT = 48;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Résumé files: .xml, or .json (JSON Resume); - reads one from standard input.")
  private List<Path> inputs;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Also list every text with no version in LANG (a BCP 47 tag, as in xml:lang); exit status 1 when there is one.")
  private String lang;

  @Override
  public Integer call() {
    if (lang != null) {
      lang = Languages.tag(spec, lang);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = new Pipeline();
    pipeline.prebuild(
        java.util.Set.of()); // the prepare step compiles while the first input is read
    if (inputs.stream().filter(StandardStreams::isDash).count() > 1) {
      throw new ParameterException(spec.commandLine(), "- (standard input) may be given once");
    }
    int status = Main.OK;
    for (Path file : inputs) {
      boolean standardInput = StandardStreams.isDash(file);
      String input = standardInput ? StandardStreams.INPUT_NAME : file.toString();
      try {
        Warnings warnings =
            Warnings.of(
                message -> err.println(Warnings.line(input, message)),
                note -> err.println(input + ": " + note));
        XdmNode source;
        if (standardInput) {
          StandardStreams.Body body = StandardStreams.read();
          source = pipeline.read(body.bytes(), body.json(), input, warnings);
        } else {
          source = pipeline.read(file, warnings);
        }
        // Render relies on the prepare step too: what it cannot prepare is not valid.
        try {
          pipeline.prepare(
              source, Variant.lang(lang), message -> err.println(Warnings.line(input, message)));
        } catch (RuntimeException e) {
          err.println(
              input
                  + ": cannot be rendered: "
                  + (e.getMessage() == null
                      ? e.getClass().getSimpleName()
                      : e.getMessage().strip().replaceAll("\\s+", " ")));
          status = Main.BAD_INPUT;
          continue;
        }
        if (lang == null) {
          out.println(input + ": valid");
          continue;
        }
        List<XdmNode> missing = pipeline.untranslated(source, lang);
        for (XdmNode node : missing) {
          err.println(
              new Problem(input, node.getLineNumber(), node.getColumnNumber(), describe(node)));
        }
        if (missing.isEmpty()) {
          out.println(input + ": valid; every text has a version in " + lang);
        } else {
          out.println(
              input
                  + ": valid, but "
                  + missing.size()
                  + (missing.size() == 1 ? " text has" : " texts have")
                  + " no version in "
                  + lang
                  + " (add it with xml:lang=\""
                  + lang
                  + "\", or mark the text translate=\"no\")");
          status = Main.BAD_INPUT;
        }
      } catch (InvalidResumeException e) {
        for (Problem problem : e.problems()) {
          err.println(problem);
        }
        status = Main.BAD_INPUT;
      }
    }
    return status;
  }

  /** "<role> has no zh version: "Research Intern"", or for a section, its title. */
  private String describe(XdmNode node) {
    String name = node.getNodeName().getLocalName();
    boolean section =
        node.getParent() != null
            && node.getParent().getNodeName() != null
            && "resume".equals(node.getParent().getNodeName().getLocalName());
    String text = section ? node.attribute("title") : node.getStringValue();
    if (section && text == null) {
      text = node.children("title").iterator().next().getStringValue();
    }
    text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (text.length() > EXCERPT) {
      text = text.substring(0, EXCERPT - 1) + "…";
    }
    return (section ? "the title of <" + name + ">" : "<" + name + ">")
        + " has no version in "
        + lang
        + ": \""
        + text
        + "\"";
  }
}
