package io.resume.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resume xsl --copy DIR}: the stylesheets the jar renders with, as an editable folder
 * ({@code render --xsl DIR} then uses it). Nothing is replaced: when any of the files is already
 * there, none is written.
 */
@Command(
    name = "xsl",
    description =
        "Copies the stylesheets (the xsl/ folder the jar renders with) into DIR, "
            + "to edit and render with --xsl DIR. Never replaces a file.")
final class XslCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--copy",
      paramLabel = "DIR",
      required = true,
      description = "The folder to copy them into (made when missing).")
  private Path copy;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<BundledFiles.Entry> files = BundledFiles.folder("/xsl/common/prepare.xsl", 1);
    int taken = 0;
    for (BundledFiles.Entry file : files) {
      String why = NewFiles.taken(copy.resolve(file.path()));
      if (why != null) {
        err.println(why);
        taken++;
      }
    }
    if (taken > 0) {
      err.println(
          copy
              + ": nothing copied ("
              + taken
              + " of the "
              + files.size()
              + " files exist already)");
      return Main.BAD_INPUT;
    }
    for (BundledFiles.Entry file : files) {
      Path target = copy.resolve(file.path());
      try {
        NewFiles.create(target, file.bytes());
      } catch (IOException e) {
        err.println(NewFiles.failure(target, e));
        return Main.BAD_INPUT;
      }
    }
    spec.commandLine().getOut().println(copy);
    err.println(files.size() + " files; render with them: resume render resume.xml --xsl " + copy);
    return Main.OK;
  }
}
