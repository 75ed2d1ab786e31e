package io.resume.cli;

import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import io.resume.theme.Theme;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What to make and how, as `render` and `watch` both take it: picocli mixes these options into each
 * command, and each choice is checked here once, as a usage error (exit status 2).
 */
final class RenderChoices {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description = "pdf, html, docx, txt, md (default: pdf,html,docx).")
  private List<String> formats;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of the labels, dates and texts, a BCP 47 tag such as zh, zh-Hant or pt-BR (default: the résumé's language).")
  private String lang;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description =
          "The version for NAME: leave out items whose targets=\"…\" do not list it (default: keep all).")
  private String target;

  @Option(
      names = "--include-private",
      description =
          "Show items marked private=\"true\" (left out of every output, embedded source included, otherwise).")
  private boolean includePrivate;

  @Option(
      names = "--days",
      description =
          "Show the day of a date on the first of a month, which a JSON Resume means as the month (default: May 2017 for 2017-05-01).")
  private boolean days;

  @Option(
      names = "--xsl",
      paramLabel = "DIR",
      description = "Use this copy of the stylesheets folder instead of the bundled one.")
  Path xsl;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      defaultValue = "a4",
      description = "Page size of the PDF and DOCX: a4 or letter (default: ${DEFAULT-VALUE}).")
  private String paper;

  @Option(
      names = "--theme",
      paramLabel = "NAME|FILE",
      description = "The look: classic (default), modern, or a theme file (see `resume themes`).")
  private String theme;

  @Option(
      names = "--embed-source",
      paramLabel = "full|clean|none",
      defaultValue = "clean",
      description =
          "What the PDF carries of the résumé (`resume extract` gives it back): the file as written (full), "
              + "without its comments and processing instructions (clean, the default), or nothing (none).")
  private String embedSource;

  /** The output folder, checked: an existing file (or a file on its path) cannot be one. */
  Path out(CommandSpec spec) {
    for (Path up = out.toAbsolutePath(); up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new ParameterException(
            spec.commandLine(),
            "--out "
                + out
                + ": "
                + (up.equals(out.toAbsolutePath())
                    ? "it is a file, not a folder"
                    : up + " is a file, not a folder"));
      }
    }
    return out;
  }

  EmbedSource embedSource(CommandSpec spec) {
    EmbedSource choice = EmbedSource.named(embedSource);
    if (choice == null) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown --embed-source '" + embedSource + "': choose full, clean or none");
    }
    return choice;
  }

  Set<Format> formats(CommandSpec spec) {
    if (formats == null || formats.isEmpty()) {
      return EnumSet.copyOf(Format.DEFAULT);
    }
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String name : formats) {
      Format format = Format.named(name);
      if (format == null) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown format '" + name + "': choose from pdf, html, docx, txt, md");
      }
      chosen.add(format);
    }
    return chosen;
  }

  Variant variant(CommandSpec spec) {
    return new Variant(
        lang == null ? null : Languages.tag(spec, lang),
        target(spec, target),
        includePrivate,
        days);
  }

  /** A --target value, checked (render, watch and export take the same names). */
  static String target(CommandSpec spec, String target) {
    if (target != null && !Variant.isTargetName(target)) {
      throw new ParameterException(
          spec.commandLine(), "--target takes one name such as academic, not '" + target + "'");
    }
    return target;
  }

  /** The options of one render; the theme is found in that pipeline's stylesheets. */
  RenderOptions options(CommandSpec spec, Pipeline pipeline, Integer maxPages) {
    Paper size = Paper.named(paper);
    if (size == null) {
      throw new ParameterException(
          spec.commandLine(), "unknown paper '" + paper + "': choose a4 or letter");
    }
    try {
      // No choice is the classic theme of these stylesheets (a copy's own), read and checked like
      // any other.
      Theme look = pipeline.theme(theme == null ? "classic" : theme);
      // What the theme leaves out is said here, once, not by each format that reads it.
      look.warnings().forEach(spec.commandLine().getErr()::println);
      return new RenderOptions(size, timestamp(), look, maxPages);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Where environment variables are read: the process's environment (a test gives its own). */
  static UnaryOperator<String> environment = System::getenv;

  /** SOURCE_DATE_EPOCH (reproducible builds), else now. */
  static Instant timestamp() {
    return RenderOptions.timestampFrom(environment.apply("SOURCE_DATE_EPOCH"));
  }
}
