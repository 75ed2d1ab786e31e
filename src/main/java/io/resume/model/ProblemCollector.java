package io.resume.model;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Collects parser and schema errors as {@link Problem}s instead of stopping at the first. */
final class ProblemCollector implements ErrorHandler {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ProblemCollector(String file) {
    this.file = file;
  }

  @Override
  public void warning(SAXParseException e) {
    // Parser warnings (such as an unknown encoding name fallback) do not make a résumé invalid.
  }

  @Override
  public void error(SAXParseException e) {
    Problem problem = toProblem(e);
    // The validator often reports one mistake twice at the same place (the value, then the
    // element).
    if (problems.isEmpty() || !samePlace(problems.get(problems.size() - 1), problem)) {
      problems.add(problem);
    }
  }

  private static boolean samePlace(Problem a, Problem b) {
    return a.line() == b.line() && a.column() == b.column();
  }

  @Override
  public void fatalError(SAXParseException e) throws SAXParseException {
    problems.add(toProblem(e));
    throw e;
  }

  Problem toProblem(SAXParseException e) {
    return new Problem(
        file, e.getLineNumber(), e.getColumnNumber(), ParserMessages.explain(e.getMessage()));
  }

  List<Problem> problems() {
    return problems;
  }
}
