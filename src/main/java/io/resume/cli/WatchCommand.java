package io.resume.cli;

import io.resume.batch.Targets;
import io.resume.render.Format;
import io.resume.render.OutputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume watch INPUT [--format …] [--out DIR]}: renders again on every save, until Ctrl-C.
 */
@Command(
    name = "watch",
    description =
        "Renders a résumé, then again whenever it or the --xsl stylesheets change; Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      description = "The résumé file (.xml, or .json for JSON Resume).")
  private Path input;

  @Mixin private RenderChoices choices;

  /** How long the files must be quiet before a render: an editor's save is several events. */
  Duration debounce = Duration.ofMillis(150);

  @Override
  public Integer call() throws IOException {
    if (StandardStreams.isDash(input)) {
      throw new ParameterException(
          spec.commandLine(),
          "watch needs a file to watch: standard input (-) is read once; use render -");
    }
    if (!Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + input);
    }
    try {
      RenderChoices.timestamp(); // fails now, not at each save
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path outFolder = choices.out(spec);
    Set<Format> formats = choices.formats(spec);
    List<String> conflicts = Targets.conflicts(List.of(input), outFolder, formats);
    if (!conflicts.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), String.join(System.lineSeparator(), conflicts));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Watcher watcher;
    try {
      watcher =
          new Watcher(
              input,
              choices.xsl,
              formats,
              outFolder,
              choices.variant(spec),
              choices.embedSource(spec),
              pipeline -> choices.options(spec, pipeline, null),
              debounce,
              stdout::println,
              stderr::println);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      watcher.run();
    } catch (IOException e) {
      // The system would not watch the folder (too many watches, a folder that went away).
      stderr.println(input + ": cannot watch it: " + OutputFiles.reason(e));
      return Main.BAD_INPUT;
    }
    return Main.OK;
  }
}
