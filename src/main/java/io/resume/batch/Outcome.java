package io.resume.batch;

import java.nio.file.Path;
import java.util.List;

/** What became of one input: the files written, or the problems that stopped it, and warnings. */
public record Outcome(Path input, List<Path> outputs, List<String> problems, List<String> warnings) {
  public boolean ok() {
    return problems.isEmpty();
  }
}
