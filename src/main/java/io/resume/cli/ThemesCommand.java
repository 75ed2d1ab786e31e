package io.resume.cli;

import io.resume.Pipeline;
import io.resume.theme.Theme;
import io.resume.theme.ThemeException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resume themes}: the themes that come with the stylesheets, and how to make one. */
@Command(name = "themes", description = "Lists the themes (render --theme NAME).")
final class ThemesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--xsl", paramLabel = "DIR", description = "List the themes of this copy of the stylesheets folder.")
  private Path xsl;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    java.util.List<Theme> themes;
    try {
      themes = new Pipeline(xsl).themes();
    } catch (ThemeException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Main.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    for (Theme theme : themes) {
      out.printf("%-9s %s%n", theme.name(), theme.description());
    }
    out.println();
    out.println("Your own: copy a theme file from xsl/themes/, edit it, and render with --theme path/to/theme.xml.");
    return Main.OK;
  }
}
