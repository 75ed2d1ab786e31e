package io.resume.cli;

import io.resume.Pipeline;
import io.resume.theme.Theme;
import io.resume.theme.ThemeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume themes [--copy NAME DIR]}: the themes that come with the stylesheets, and a copy of
 * one to edit.
 */
@Command(
    name = "themes",
    description = "Lists the themes (render --theme NAME); --copy NAME DIR copies one to edit.")
final class ThemesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--xsl",
      paramLabel = "DIR",
      description = "List the themes of this copy of the stylesheets folder.")
  private Path xsl;

  @Option(
      names = "--copy",
      paramLabel = "NAME",
      description =
          "Copy the theme NAME into DIR as NAME.xml, to edit and render with --theme DIR/NAME.xml.")
  private String copy;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "With --copy: the folder to copy it into (made when missing).")
  private Path folder;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    List<Theme> themes;
    try {
      themes = new Pipeline(xsl).themes();
    } catch (ThemeException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Main.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (copy != null || folder != null) {
      return copy(themes);
    }
    for (Theme theme : themes) {
      out.printf("%-9s %s%n", theme.name(), theme.description());
    }
    out.println();
    out.println(
        "Your own: resume themes --copy classic my-look/, edit my-look/classic.xml, and render with --theme my-look/classic.xml.");
    return Main.OK;
  }

  private int copy(List<Theme> themes) {
    if (copy == null || folder == null) {
      throw new ParameterException(
          spec.commandLine(), "say which theme to copy where: resume themes --copy NAME DIR");
    }
    Theme theme =
        themes.stream()
            .filter(t -> t.name().equals(copy))
            .findFirst()
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown theme '"
                            + copy
                            + "': choose "
                            + String.join(", ", themes.stream().map(Theme::name).toList())));
    Path target = folder.resolve(theme.name() + ".xml");
    var err = spec.commandLine().getErr();
    String taken = NewFiles.taken(target);
    if (taken != null) {
      err.println(taken);
      return Main.BAD_INPUT;
    }
    try (InputStream in = URI.create(theme.uri()).toURL().openStream()) {
      NewFiles.create(target, in.readAllBytes());
    } catch (IOException e) {
      err.println(NewFiles.failure(target, e));
      return Main.BAD_INPUT;
    }
    spec.commandLine().getOut().println(target);
    err.println("Edit it, then render with: resume render resume.xml --theme " + target);
    return Main.OK;
  }
}
