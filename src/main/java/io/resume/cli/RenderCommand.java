package io.resume.cli;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.Job;
import io.resume.batch.Summary;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import io.resume.theme.Theme;
import io.resume.xslt.Variant;
import java.time.Instant;
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
@Command(name = "render", description = "Renders résumés (files, or folders of them) to DIR/<name>.<format>.")
final class RenderCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Résumé files (.xml, or .json for JSON Resume), or folders of them.")
  private List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "pdf, html, docx, txt, md (default: pdf,html,docx).")
  private List<String> formats;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the labels and dates (default: the résumé's xml:lang, else en).")
  private String lang;

  @Option(names = "--target", paramLabel = "NAME", description = "The version for NAME: leave out items whose targets=\"…\" do not list it (default: keep all).")
  private String target;

  @Option(names = "--include-private", description = "Show items marked private=\"true\" (left out of every output, embedded source included, otherwise).")
  private boolean includePrivate;

  @Option(names = "--xsl", paramLabel = "DIR", description = "Use this copy of the stylesheets folder instead of the bundled one.")
  private Path xsl;

  @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "Page size of the PDF and DOCX: a4 or letter (default: ${DEFAULT-VALUE}).")
  private String paper;

  @Option(names = "--theme", paramLabel = "NAME|FILE", description = "The look: classic (default), modern, or a theme file (see `resume themes`).")
  private String theme;

  @Option(names = "--strict", description = "Treat every warning (a missing glyph, a refused link) as an error: exit status 1.")
  private boolean strict;

  @Option(names = "--max-pages", paramLabel = "N", description = "Fail an input whose PDF has more than N pages, naming what runs past page N.")
  private Integer maxPages;

  @Option(names = "--jobs", paramLabel = "N", description = "Résumés rendered at once (default: the number of cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    Set<Format> chosen = chosenFormats();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Pipeline pipeline;
    try {
      pipeline = new Pipeline(xsl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Path> files = InputFiles.expand(inputs);
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no résumé (.xml or .json) found in " + inputs);
    }
    boolean batch = files.size() > 1;
    Progress progress = new Progress(stdout, stderr, batch && System.console() != null);
    Theme look = theme == null ? null : theme(pipeline);
    Job job = new Job(out, chosen, variant(), new RenderOptions(paper(), timestamp(), look, maxPages()), strict);
    Summary summary = new BatchRenderer(pipeline, jobs).run(files, job, progress);
    if (batch) {
      stdout.println(summary);
      summary.failures().forEach(failed -> stdout.println("failed: " + failed.input()));
    }
    return summary.failures().isEmpty() ? Main.OK : Main.BAD_INPUT;
  }

  private Theme theme(Pipeline pipeline) {
    try {
      return pipeline.theme(theme);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Variant variant() {
    if (target != null && !target.matches("[\\p{L}_][\\p{L}\\p{N}._-]*")) {
      throw new ParameterException(spec.commandLine(), "--target takes one name such as academic, not '" + target + "'");
    }
    return new Variant(lang, target, includePrivate);
  }

  private Paper paper() {
    Paper chosen = Paper.named(paper);
    if (chosen == null) {
      throw new ParameterException(spec.commandLine(), "unknown paper '" + paper + "': choose a4 or letter");
    }
    return chosen;
  }

  private Integer maxPages() {
    if (maxPages != null && maxPages < 1) {
      throw new ParameterException(spec.commandLine(), "--max-pages must be at least 1, not " + maxPages);
    }
    return maxPages;
  }

  private Instant timestamp() {
    try {
      return RenderOptions.timestampFrom(System.getenv("SOURCE_DATE_EPOCH"));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Set<Format> chosenFormats() {
    if (formats == null || formats.isEmpty()) {
      return EnumSet.copyOf(Format.DEFAULT);
    }
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String name : formats) {
      Format format = Format.named(name);
      if (format == null) {
        throw new ParameterException(spec.commandLine(), "unknown format '" + name + "': choose from pdf, html, docx, txt, md");
      }
      chosen.add(format);
    }
    return chosen;
  }

}
