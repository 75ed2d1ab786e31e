package io.resume.cli;

import io.resume.Pipeline;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Warnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resume render INPUT... [--out DIR] [--format pdf,html,docx]}. */
@Command(name = "render", description = "Renders résumés to DIR/<name>.<format>.")
final class RenderCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Résumé files: .xml, or .json (JSON Resume).")
  private List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "pdf, html, docx (default: all three).")
  private List<String> formats;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the labels and dates (default: the résumé's xml:lang, else en).")
  private String lang;

  @Option(names = "--xsl", paramLabel = "DIR", description = "Use this copy of the stylesheets folder instead of the bundled one.")
  private Path xsl;

  @Override
  public Integer call() {
    Set<Format> chosen = chosenFormats();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Pipeline pipeline;
    try {
      pipeline = new Pipeline(xsl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    int status = Main.OK;
    for (Path input : inputs) {
      Warnings warnings = message -> stderr.println(input + ": warning: " + message);
      try {
        PreparedResume resume = pipeline.prepare(input, lang, warnings);
        for (Format format : chosen) {
          Path target = out.resolve(baseName(input) + "." + format.extension());
          pipeline.render(resume, format, target, warnings);
          stdout.println(target);
        }
      } catch (InvalidResumeException e) {
        e.problems().stream().map(Problem::toString).forEach(stderr::println);
        status = Main.BAD_INPUT;
      } catch (IOException e) {
        stderr.println(input + ": cannot write the output: " + e.getMessage());
        status = Main.BAD_INPUT;
      }
    }
    return status;
  }

  private Set<Format> chosenFormats() {
    if (formats == null || formats.isEmpty()) {
      return EnumSet.allOf(Format.class);
    }
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String name : formats) {
      Format format = Format.named(name);
      if (format == null) {
        throw new ParameterException(spec.commandLine(), "unknown format '" + name + "': choose from pdf, html, docx");
      }
      chosen.add(format);
    }
    return chosen;
  }

  static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
