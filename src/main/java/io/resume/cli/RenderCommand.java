package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.InputFiles;
import io.resume.batch.Job;
import io.resume.batch.Outcome;
import io.resume.batch.Summary;
import io.resume.batch.Targets;
import io.resume.model.InvalidResumeException;
import io.resume.render.Format;
import io.resume.render.OutputFiles;
import io.resume.render.RenderOptions;
import io.resume.theme.ThemeException;
import io.resume.xslt.EmbedSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume render INPUT... [--out DIR] [--format pdf,html,docx]}, or {@code resume render
 * INPUT -o FILE} for one output; {@code -} reads the résumé from standard input, {@code -o -}
 * writes the output to standard output.
 */
@Command(
    name = "render",
    description =
        "Renders résumés (files, or folders of them) to DIR/<name>.<format>, "
            + "or one résumé in one format to -o FILE; - is standard input (and, with -o, standard output).")
final class RenderCommand implements Callable<Integer> {
  /** What the outputs of standard input are named after in --out DIR: DIR/resume.pdf… */
  static final Path STANDARD_INPUT_NAMED_AS = Path.of("resume");

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Résumé files (.xml, or .json for JSON Resume), or folders of them; - reads one from standard input.")
  private List<Path> inputs;

  @Mixin private RenderChoices choices;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the one output to FILE (one input, one format: --format, else FILE's extension); - is standard output.")
  private Path output;

  @Option(
      names = "--strict",
      description =
          "Treat every warning (a missing glyph, a refused link) as an error: exit status 1.")
  private boolean strict;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description = "Fail an input whose PDF has more than N pages, naming what runs past page N.")
  private Integer maxPages;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Résumés rendered at once (default: the number of cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    boolean standardInput = inputs.stream().anyMatch(StandardStreams::isDash);
    if (standardInput && inputs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "- (standard input) must be the only input");
    }
    Set<Format> chosen = output == null ? choices.formats(spec) : outputFormat();
    Path outFolder = output == null ? choices.out(spec) : null;
    EmbedSource embed = choices.embedSource(spec);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Pipeline pipeline;
    try {
      pipeline = new Pipeline(choices.xsl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    RenderOptions options;
    try {
      options = choices.options(spec, pipeline, maxPages());
    } catch (ThemeException e) {
      // A theme file that is not one: bad input, in one line, before any compiling.
      stderr.println(e.getMessage());
      return Main.BAD_INPUT;
    }
    if (strict && !options.theme().gaps().isEmpty()) {
      stderr.println(
          options.theme().location()
              + ": "
              + options.theme().gaps().size()
              + " warning(s), and --strict makes warnings errors; nothing written");
      return Main.BAD_INPUT;
    }
    pipeline.prebuild(chosen);
    List<Path> files = List.of();
    if (!standardInput) {
      try {
        files = Targets.distinct(InputFiles.expand(inputs));
      } catch (IOException e) {
        String folder =
            e instanceof FileSystemException fs && fs.getFile() != null
                ? fs.getFile()
                : String.valueOf(inputs);
        stderr.println(folder + ": cannot read the folder: " + OutputFiles.why(e));
        return Main.BAD_INPUT;
      }
      if (files.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "no résumé (.xml or .json) found in " + inputs);
      }
      List<String> conflicts =
          output == null ? Targets.conflicts(files, outFolder, chosen) : oneOutputConflicts(files);
      if (!conflicts.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), String.join(System.lineSeparator(), conflicts));
      }
    }
    OneOutput one = output == null ? null : new OneOutput(output, chosen.iterator().next());
    try {
      Job job =
          new Job(
              one == null ? outFolder : one.target().toAbsolutePath().getParent(),
              chosen,
              choices.variant(spec),
              options,
              strict,
              embed,
              one == null ? null : one.target());
      // Standard output carries the document itself with -o -: the names of the files written go
      // nowhere.
      PrintWriter names =
          one != null && one.toStandardOutput() ? new PrintWriter(Writer.nullWriter()) : stdout;
      boolean batch = files.size() > 1;
      Progress progress =
          new Progress(names, stderr, batch && System.console() != null, Main.debug(spec));
      BatchRenderer renderer = new BatchRenderer(pipeline, jobs);
      boolean ok;
      if (standardInput) {
        ok = renderStandardInput(renderer, job, progress, stderr);
      } else {
        Summary summary = renderer.run(files, job, progress);
        if (batch) {
          stdout.println(summary);
          summary.failures().forEach(failed -> stdout.println("failed: " + failed.input()));
        }
        ok = summary.failures().isEmpty();
      }
      if (ok && one != null) {
        one.deliver();
      }
      return ok ? Main.OK : Main.BAD_INPUT;
    } finally {
      if (one != null) {
        one.close();
      }
    }
  }

  private boolean renderStandardInput(
      BatchRenderer renderer, Job job, Progress progress, PrintWriter stderr) {
    if (System.console() != null) {
      stderr.println("reading the résumé from standard input (Ctrl-D ends it)");
    }
    StandardStreams.Body body;
    try {
      body = StandardStreams.read();
    } catch (InvalidResumeException e) {
      e.problems().forEach(stderr::println);
      return false;
    }
    Outcome outcome =
        renderer.renderBytes(
            body.bytes(), body.json(), StandardStreams.INPUT_NAME, STANDARD_INPUT_NAMED_AS, job);
    progress.finished(outcome, 1, 1);
    return outcome.ok();
  }

  /** The one format of -o FILE: --format's, else the one FILE's extension names. */
  private Set<Format> outputFormat() {
    if (spec.commandLine().getParseResult().hasMatchedOption("--out")) {
      throw new ParameterException(
          spec.commandLine(), "-o FILE writes one file, --out DIR a folder of them: choose one");
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      Set<Format> chosen = choices.formats(spec);
      if (chosen.size() != 1) {
        throw new ParameterException(
            spec.commandLine(),
            "-o FILE holds one format: choose one in --format, or use --out DIR");
      }
      return chosen;
    }
    if (StandardStreams.isDash(output)) {
      throw new ParameterException(
          spec.commandLine(),
          "-o - (standard output): say which format with --format pdf, html, docx, txt or md");
    }
    String name = output.getFileName() == null ? "" : output.getFileName().toString();
    Format format =
        name.lastIndexOf('.') < 0 ? null : Format.named(name.substring(name.lastIndexOf('.') + 1));
    if (format == null) {
      throw new ParameterException(
          spec.commandLine(),
          "-o "
              + output
              + ": say which format with --format (the name ends in none of .pdf, .html, .docx, .txt, .md)");
    }
    return EnumSet.of(format);
  }

  /** What stops -o FILE: more than one input, a folder in FILE's place, or FILE being the input. */
  private List<String> oneOutputConflicts(List<Path> files) {
    if (files.size() != 1) {
      return List.of(
          "-o FILE takes one input, not " + files.size() + ": render several with --out DIR");
    }
    if (!StandardStreams.isDash(output) && Files.isDirectory(output)) {
      return List.of("-o " + output + ": it is a folder: give a file, or use --out " + output);
    }
    String overwrites =
        StandardStreams.isDash(output) ? null : Targets.overwrites(output, files.get(0));
    return overwrites == null ? List.of() : List.of(overwrites);
  }

  private Integer maxPages() {
    if (maxPages != null && maxPages < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-pages must be at least 1, not " + maxPages);
    }
    return maxPages;
  }

  /**
   * The file of -o FILE, or, for -o - (standard output), a file in a private folder of its own,
   * copied to standard output once the render has succeeded (nothing of a failed one is written).
   */
  private static final class OneOutput {
    private final Path target;
    private final Path folder; // the private folder of -o -, deleted at the end; null for a file

    OneOutput(Path output, Format format) {
      if (StandardStreams.isDash(output)) {
        try {
          folder = Files.createTempDirectory("resume-render-");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        target = folder.resolve("resume." + format.extension());
      } else {
        folder = null;
        target = output;
      }
    }

    Path target() {
      return target;
    }

    boolean toStandardOutput() {
      return folder != null;
    }

    void deliver() {
      if (folder != null) {
        try {
          StandardStreams.write(Files.readAllBytes(target));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    void close() {
      if (folder != null) {
        try {
          Files.deleteIfExists(target);
          Files.deleteIfExists(folder);
        } catch (IOException e) {
          // A temporary file of the system's temporary folder: left for the system to clear.
        }
      }
    }
  }
}
