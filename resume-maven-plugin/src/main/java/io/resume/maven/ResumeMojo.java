package io.resume.maven;

import io.resume.batch.InputFiles;
import io.resume.batch.Targets;
import io.resume.l10n.LanguageTag;
import io.resume.xslt.Variant;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What {@code render} and {@code validate} share: the résumés, the version and language, skip. */
abstract class ResumeMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /**
   * The résumés: files ({@code .xml}, or {@code .json} for JSON Resume) or folders of them.
   * Default: {@code ${project.basedir}/resume.xml}.
   */
  @Parameter(property = "resume.inputs")
  List<File> inputs;

  /** The language of labels, dates and texts, a BCP 47 tag (default: each résumé's own). */
  @Parameter(property = "resume.lang")
  String lang;

  /**
   * The version for this name: items whose {@code targets="…"} do not list it are left out
   * (default: keep all).
   */
  @Parameter(property = "resume.target")
  String target;

  /** Show items marked {@code private="true"}, which are otherwise in no output. */
  @Parameter(property = "resume.includePrivate", defaultValue = "false")
  boolean includePrivate;

  /** A copy of the stylesheets folder to render with (default: the bundled stylesheets). */
  @Parameter(property = "resume.xsl")
  File xsl;

  /** Skip this goal. */
  @Parameter(property = "resume.skip", defaultValue = "false")
  boolean skip;

  /** The input files, folders expanded, each once; a configuration mistake is the build's error. */
  List<Path> inputFiles() throws MojoExecutionException, MojoFailureException {
    List<Path> given =
        inputs == null || inputs.isEmpty()
            ? List.of(project.getBasedir().toPath().resolve("resume.xml"))
            : inputs.stream().map(File::toPath).toList();
    List<Path> files;
    try {
      files = Targets.distinct(InputFiles.expand(given));
    } catch (IOException e) {
      throw new MojoFailureException(given + ": cannot read the folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new MojoExecutionException("no résumé (.xml or .json) found in " + given);
    }
    return files;
  }

  /** The version and language to render, checked. */
  Variant variant() throws MojoExecutionException {
    if (target != null && !target.isBlank() && !Variant.isTargetName(target.strip())) {
      throw new MojoExecutionException(
          "<target> takes one name such as academic, not '" + target + "'");
    }
    return new Variant(lang(), target, includePrivate);
  }

  String lang() throws MojoExecutionException {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    try {
      return LanguageTag.parse(lang.strip()).tag();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("<lang>: " + e.getMessage());
    }
  }

  /** The build's shared pipeline for these stylesheets, said in the log. */
  io.resume.Pipeline pipeline() throws MojoExecutionException {
    WarmPipelines.Found found;
    try {
      found = WarmPipelines.of(xsl == null ? null : xsl.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("<xsl>: " + e.getMessage());
    }
    getLog()
        .info(
            found.warm()
                ? "using the warm pipeline of an earlier execution in this build"
                : "starting a pipeline for this build"
                    + (xsl == null ? "" : " (stylesheets: " + xsl + ")"));
    return found.pipeline();
  }

  /**
   * Fails the build with every problem, one line each ({@code file:line:column: what is wrong}).
   */
  static MojoFailureException failure(List<String> problems) {
    return new MojoFailureException(String.join(System.lineSeparator(), problems));
  }
}
