package io.resume.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * What a failed render says, in one line, wherever it runs ({@code render}, {@code watch}, the
 * preview and the render service): the input's problem, an output that could not be written, or a
 * fault (a stylesheet's, a library's, ours) that the user can only report.
 */
public final class RenderFailure {
  private RenderFailure() {}

  /** The line for a failure of a render, without the input's name. */
  public static String describe(Throwable failure) {
    Throwable e = unwrapped(failure);
    if (e instanceof UnrenderableException) {
      return e.getMessage();
    }
    if (e instanceof FileSystemException) {
      return "cannot write the output: " + OutputFiles.reason((IOException) e);
    }
    if (e instanceof IOException io) {
      return "could not be rendered: " + OutputFiles.why(io);
    }
    if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
      // The input limits should prevent these; one that slips through fails this render only.
      return "could not be rendered: it needs more "
          + (e instanceof StackOverflowError ? "stack" : "memory")
          + " than this process has";
    }
    return "could not be rendered: " + e.getMessage();
  }

  /**
   * Whether the failure is the input's to fix (its message says how), rather than a fault whose
   * stack trace {@code --debug} shows.
   */
  public static boolean isInputsFault(Throwable failure) {
    return unwrapped(failure) instanceof UnrenderableException;
  }

  private static Throwable unwrapped(Throwable failure) {
    return failure instanceof UncheckedIOException e && e.getCause() != null
        ? e.getCause()
        : failure;
  }
}
