package io.resume.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume init [--json] [FILE]}: a starter résumé, every section with one example entry and a
 * word on what goes there, valid as written. It never replaces a file: a second {@code init} on the
 * same path fails (status 1) and leaves the first one as it is.
 */
@Command(
    name = "init",
    description =
        "Writes a starter résumé (every section with one example; valid as written) to FILE, "
            + "default resume.xml, or resume.json with --json; `-` writes it to standard output. Never replaces a file.")
final class InitCommand implements Callable<Integer> {
  /** The starters, in the jar; tests render them in every format. */
  static final String XML = "/io/resume/init/resume.xml";

  static final String JSON = "/io/resume/init/resume.json";

  @Spec private CommandSpec spec;

  @Option(
      names = "--json",
      description = "A JSON Resume (jsonresume.org) instead of the canonical XML.")
  private boolean json;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "Where to write it (default: resume.xml, or resume.json with --json); a folder gets it inside; - is standard output.")
  private Path file;

  @Override
  public Integer call() {
    Path target = target();
    byte[] starter = BundledFiles.read(json || isJson(target) ? JSON : XML);
    PrintWriter out = spec.commandLine().getOut();
    if (StandardStreams.isDash(target)) {
      out.print(new String(starter, StandardCharsets.UTF_8));
      out.flush();
      return Main.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    String taken = NewFiles.taken(target);
    if (taken != null) {
      err.println(taken);
      return Main.BAD_INPUT;
    }
    try {
      NewFiles.create(target, starter);
    } catch (IOException e) {
      err.println(NewFiles.failure(target, e));
      return Main.BAD_INPUT;
    }
    out.println(target);
    err.println("Edit it, then: resume validate " + target + "   and   resume render " + target);
    return Main.OK;
  }

  /** The file to write: FILE, inside FILE when it is a folder, else the default name. */
  private Path target() {
    String name = json ? "resume.json" : "resume.xml";
    if (file == null) {
      return Path.of(name);
    }
    if (StandardStreams.isDash(file)) {
      return file;
    }
    Path target = Files.isDirectory(file) ? file.resolve(name) : file;
    if (json && !isJson(target)) {
      // The readers tell a JSON Resume by its name: another name would be read as XML.
      throw new ParameterException(
          spec.commandLine(),
          "--json: " + target + " must end in .json to be read as a JSON Resume");
    }
    return target;
  }

  private static boolean isJson(Path target) {
    return target.getFileName() != null
        && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
