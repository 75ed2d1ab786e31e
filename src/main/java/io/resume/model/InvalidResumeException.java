package io.resume.model;

import java.util.List;

/** An input that cannot be rendered, with every problem found in it. */
public final class InvalidResumeException extends Exception {
  private final transient List<Problem> problems;

  public InvalidResumeException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid résumé" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  public InvalidResumeException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
