package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.Job;
import io.resume.batch.Summary;
import io.resume.batch.Targets;
import io.resume.render.EmbedSource;
import io.resume.render.Format;
import io.resume.render.OutputFiles;
import io.resume.render.RenderOptions;
import io.resume.theme.ThemeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resume render INPUT... [--out DIR] [--format pdf,html,docx]}. */
@Command(name = "render", description = "Renders résumés (files, or folders of them) to DIR/<name>.<format>.")
final class RenderCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Résumé files (.xml, or .json for JSON Resume), or folders of them.")
  private List<Path> inputs;

  @Mixin private RenderChoices choices;

  @Option(names = "--strict", description = "Treat every warning (a missing glyph, a refused link) as an error: exit status 1.")
  private boolean strict;

  @Option(names = "--max-pages", paramLabel = "N", description = "Fail an input whose PDF has more than N pages, naming what runs past page N.")
  private Integer maxPages;

  @Option(names = "--jobs", paramLabel = "N", description = "Résumés rendered at once (default: the number of cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    Set<Format> chosen = choices.formats(spec);
    Path outFolder = choices.out(spec);
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
      stderr.println(e.getMessage()); // a theme file that is not one: bad input, in one line, before any compiling
      return Main.BAD_INPUT;
    }
    pipeline.prebuild(chosen);
    List<Path> files;
    try {
      files = Targets.distinct(InputFiles.expand(inputs));
    } catch (IOException e) {
      String folder = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : String.valueOf(inputs);
      stderr.println(folder + ": cannot read the folder: " + OutputFiles.why(e));
      return Main.BAD_INPUT;
    }
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no résumé (.xml or .json) found in " + inputs);
    }
    List<String> conflicts = Targets.conflicts(files, outFolder, chosen);
    if (!conflicts.isEmpty()) {
      throw new ParameterException(spec.commandLine(), String.join(System.lineSeparator(), conflicts));
    }
    boolean batch = files.size() > 1;
    Progress progress = new Progress(stdout, stderr, batch && System.console() != null, Main.debug(spec));
    Job job = new Job(outFolder, chosen, choices.variant(spec), options, strict, embed);
    Summary summary = new BatchRenderer(pipeline, jobs).run(files, job, progress);
    if (batch) {
      stdout.println(summary);
      summary.failures().forEach(failed -> stdout.println("failed: " + failed.input()));
    }
    return summary.failures().isEmpty() ? Main.OK : Main.BAD_INPUT;
  }

  private Integer maxPages() {
    if (maxPages != null && maxPages < 1) {
      throw new ParameterException(spec.commandLine(), "--max-pages must be at least 1, not " + maxPages);
    }
    return maxPages;
  }
}
