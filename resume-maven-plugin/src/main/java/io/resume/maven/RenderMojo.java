package io.resume.maven;

import io.resume.Pipeline;
import io.resume.batch.BatchRenderer;
import io.resume.batch.Job;
import io.resume.batch.Outcome;
import io.resume.batch.Summary;
import io.resume.batch.Targets;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import io.resume.theme.Theme;
import io.resume.theme.ThemeException;
import io.resume.xslt.EmbedSource;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the résumés into {@code outputDirectory}, as {@code resume render} does: each input
 * {@code x.xml} gives {@code x.pdf}, {@code x.html}, {@code x.docx}…; an input that is not valid,
 * or fails {@code strict} or {@code maxPages}, fails the build with its {@code file:line:column}
 * message and writes none of its outputs.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends ResumeMojo {
  /** Where the outputs go. */
  @Parameter(
      property = "resume.outputDirectory",
      defaultValue = "${project.build.directory}/resume")
  File outputDirectory;

  /** Any of pdf, html, docx, txt, md (default: pdf, html, docx). */
  @Parameter(property = "resume.formats")
  List<String> formats;

  /**
   * classic (default), modern, or a theme file of the project's (a path, from the project's
   * folder).
   */
  @Parameter(property = "resume.theme")
  String theme;

  /** The page size of the PDF and DOCX: a4 or letter. */
  @Parameter(property = "resume.paper", defaultValue = "a4")
  String paper;

  /** Every warning (a missing glyph, a refused link) fails the build. */
  @Parameter(property = "resume.strict", defaultValue = "false")
  boolean strict;

  /** A PDF longer than this many pages fails the build, naming what runs past the last page. */
  @Parameter(property = "resume.maxPages")
  Integer maxPages;

  /** What the PDF carries of the résumé: clean (default), full or none. */
  @Parameter(property = "resume.embedSource", defaultValue = "clean")
  String embedSource;

  /**
   * The time written into the PDF and DOCX: Maven's reproducible-builds property, else the
   * environment's SOURCE_DATE_EPOCH, else now.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("skipped (resume.skip)");
      return;
    }
    Set<Format> chosen = formats();
    Paper size = Paper.named(paper);
    if (size == null) {
      throw new MojoExecutionException("unknown <paper> '" + paper + "': choose a4 or letter");
    }
    EmbedSource embed = EmbedSource.named(embedSource);
    if (embed == null) {
      throw new MojoExecutionException(
          "unknown <embedSource> '" + embedSource + "': choose full, clean or none");
    }
    if (maxPages != null && maxPages < 1) {
      throw new MojoExecutionException("<maxPages> must be at least 1, not " + maxPages);
    }
    Pipeline pipeline = pipeline();
    RenderOptions options;
    try {
      Theme look = pipeline.theme(theme == null || theme.isBlank() ? "classic" : themePath(theme));
      // What the theme leaves out is said once for the execution, not by each format.
      look.warnings().forEach(getLog()::warn);
      if (strict && !look.warnings().isEmpty()) {
        throw failure(
            List.of(
                look.location()
                    + ": "
                    + look.warnings().size()
                    + " warning(s), and <strict> makes warnings errors; nothing written"));
      }
      options = new RenderOptions(size, timestamp(), look, maxPages);
    } catch (ThemeException e) {
      throw failure(List.of(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    pipeline.prebuild(chosen);
    List<Path> files = inputFiles();
    Path out = outputDirectory.toPath();
    List<String> conflicts = Targets.conflicts(files, out, chosen);
    if (!conflicts.isEmpty()) {
      throw new MojoExecutionException(String.join(System.lineSeparator(), conflicts));
    }
    Job job = new Job(out, chosen, variant(), options, strict, embed);
    List<String> problems = new ArrayList<>();
    Summary summary =
        new BatchRenderer(pipeline, Runtime.getRuntime().availableProcessors())
            .run(files, job, (outcome, done, total) -> report(outcome, problems));
    if (!summary.failures().isEmpty()) {
      throw failure(problems);
    }
    getLog().info(summary.toString());
  }

  /**
   * Tells the build log what became of one input; its problems are kept for the build's failure.
   */
  private synchronized void report(Outcome outcome, List<String> problems) {
    outcome.warnings().forEach(getLog()::warn);
    outcome.problems().forEach(getLog()::error);
    outcome.outputs().forEach(output -> getLog().info("wrote " + output));
    problems.addAll(outcome.problems());
  }

  private Set<Format> formats() throws MojoExecutionException {
    if (formats == null || formats.isEmpty()) {
      return EnumSet.copyOf(Format.DEFAULT);
    }
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String list : formats) {
      for (String name : list.split(",")) {
        Format format = Format.named(name);
        if (format == null) {
          throw new MojoExecutionException(
              "unknown format '"
                  + name.strip()
                  + "' in <formats>: choose from pdf, html, docx, txt, md");
        }
        chosen.add(format);
      }
    }
    return chosen;
  }

  /** A theme's name as it is; a path (it names a file) from the project's folder. */
  private String themePath(String value) {
    if (!value.contains("/") && !value.contains("\\") && !value.endsWith(".xml")) {
      return value;
    }
    Path path = Path.of(value);
    return (path.isAbsolute() ? path : project.getBasedir().toPath().resolve(path)).toString();
  }

  /**
   * project.build.outputTimestamp (ISO 8601, or seconds since 1970), else SOURCE_DATE_EPOCH, else
   * now.
   */
  private Instant timestamp() throws MojoExecutionException {
    String value = outputTimestamp == null ? "" : outputTimestamp.strip();
    if (value.length() > 1) { // Maven reads a single character as "not set"
      if (value.matches("[0-9]+")) {
        return RenderOptions.timestampFrom(value);
      }
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new MojoExecutionException(
            "project.build.outputTimestamp '"
                + value
                + "' is neither ISO 8601 (2024-01-01T00:00:00Z) nor seconds since 1970");
      }
    }
    try {
      return RenderOptions.timestampFrom(System.getenv("SOURCE_DATE_EPOCH"));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }
}
