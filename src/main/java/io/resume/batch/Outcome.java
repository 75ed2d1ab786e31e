package io.resume.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one input: the files written, or the problems that stopped it, and warnings.
 *
 * @param fault the exception behind a problem that is a fault of the code (ours, a library's, a
 *     user's stylesheet), for {@code --debug}; null otherwise
 */
public record Outcome(
    Path input, List<Path> outputs, List<String> problems, List<String> warnings, Throwable fault) {
  public Outcome(Path input, List<Path> outputs, List<String> problems, List<String> warnings) {
    this(input, outputs, problems, warnings, null);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
