package io.resume.cli;

import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** {@code resume watch INPUT [--format …] [--out DIR]}: renders again on every save, until Ctrl-C. */
@Command(name = "watch", description = "Renders a résumé, then again whenever it or the --xsl stylesheets change; Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "The résumé file (.xml, or .json for JSON Resume).")
  private Path input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "pdf, html, docx, txt, md (default: pdf,html,docx).")
  private List<String> formats;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the labels, dates and texts (default: the résumé's xml:lang, else en).")
  private String lang;

  @Option(names = "--target", paramLabel = "NAME", description = "The version for NAME (see render --target).")
  private String target;

  @Option(names = "--include-private", description = "Show items marked private=\"true\".")
  private boolean includePrivate;

  @Option(names = "--xsl", paramLabel = "DIR", description = "Use (and watch) this copy of the stylesheets folder.")
  private Path xsl;

  @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
  private String paper;

  /** How long the files must be quiet before a render: an editor's save is several events. */
  Duration debounce = Duration.ofMillis(150);

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + input);
    }
    Paper size = Paper.named(paper);
    if (size == null) {
      throw new ParameterException(spec.commandLine(), "unknown paper '" + paper + "': choose a4 or letter");
    }
    try {
      RenderOptions.timestampFrom(System.getenv("SOURCE_DATE_EPOCH")); // fails now, not at each save
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Watcher watcher;
    try {
      watcher = new Watcher(input, xsl, chosenFormats(), out, new Variant(lang, target, includePrivate),
          () -> new RenderOptions(size, RenderOptions.timestampFrom(System.getenv("SOURCE_DATE_EPOCH"))),
          debounce, stdout::println, stderr::println);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    watcher.run();
    return Main.OK;
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
