package io.resume.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code resume} command. A thin adapter: it parses the command line, calls the pipeline and
 * turns the outcome into an exit code (0 success, 1 bad input, 2 bad usage). It writes only to the
 * writers it is given, so it is tested without a console.
 */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // so that `resume render --help` works too
    versionProvider = VersionProvider.class,
    description =
        "Renders a résumé kept as XML (or JSON Resume) into PDF, HTML and DOCX that say the same thing.")
public final class Main {
  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int BAD_USAGE = 2;

  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          RenderCommand.class,
          ValidateCommand.class,
          WatchCommand.class,
          ServeCommand.class,
          ImportCommand.class,
          ExportCommand.class,
          ExtractCommand.class,
          ThemesCommand.class,
          InitCommand.class,
          XslCommand.class,
          SchemaCommand.class,
          CommandLine.HelpCommand.class);

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print its stack trace (for a bug report).")
  private boolean debug;

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    addSubcommands(commandLine, args.length > 0 ? args[0] : null);
    configure(commandLine, out, err);
    if (args.length == 0) {
      commandLine.usage(err);
      return BAD_USAGE;
    }
    return commandLine.execute(args);
  }

  /**
   * Writers and the handler of internal errors, for a command of a Main and its subcommands (added
   * before).
   */
  static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
    Main main = (Main) commandLine.getCommand();
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, args) -> {
          // A mistake in the command line: one line that says it, and the option meant when a name
          // was
          // misspelt (picocli would print the whole help instead).
          CommandLine cmd = exception.getCommandLine();
          String name = cmd.getCommandSpec().qualifiedName();
          String meant =
              exception instanceof CommandLine.UnmatchedArgumentException unmatched
                      && !unmatched.getSuggestions().isEmpty()
                  ? "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?"
                  : "";
          String message =
              exception.getMessage() == null
                  ? "bad usage"
                  : exception.getMessage().strip().replaceAll("\\s+", " ");
          // Where an option or an input is unknown or missing, the options' list helps; a value
          // refused
          // says itself what is allowed.
          boolean helps =
              exception instanceof CommandLine.UnmatchedArgumentException
                  || exception instanceof CommandLine.MissingParameterException;
          cmd.getErr()
              .println(message + meant + (helps ? " (" + name + " --help lists the options)" : ""));
          return BAD_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parsed) -> {
          // Every failure a user can cause is reported by the commands themselves; what reaches
          // here
          // is a fault of ours: one line, and the stack trace only when asked for.
          cmd.getErr()
              .println(
                  "resume: internal error: "
                      + oneLine(exception)
                      + (main.debug
                          ? ""
                          : " (run again with --debug for the details of a bug report)"));
          if (main.debug) {
            exception.printStackTrace(cmd.getErr());
          }
          return BAD_INPUT;
        });
    return commandLine;
  }

  /** Whether {@code --debug} was given (the command's root is a Main). */
  static boolean debug(CommandSpec spec) {
    return spec.root().userObject() instanceof Main main && main.debug;
  }

  /** An exception as one line: its class and message, without line breaks. */
  static String oneLine(Throwable exception) {
    String message = exception.getMessage();
    return exception.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.strip().replaceAll("\\s+", " "));
  }

  /**
   * Adds the subcommand that the first argument names, or all of them when it names none (for the
   * help, a version or an error message). picocli builds a subcommand's model by reflection:
   * building only the one that runs takes a tenth of a second off every cold start.
   */
  private static void addSubcommands(CommandLine commandLine, String first) {
    // "help" is left out: `resume help render` needs the command it describes.
    boolean namesOne =
        SUBCOMMANDS.stream()
            .anyMatch(
                command -> name(command).equals(first) && command != CommandLine.HelpCommand.class);
    for (Class<?> command : SUBCOMMANDS) {
      if (!namesOne || name(command).equals(first)) {
        commandLine.addSubcommand(command);
      }
    }
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }
}
