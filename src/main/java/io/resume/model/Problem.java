package io.resume.model;

/**
 * One thing wrong with an input, at a place a user can find: {@code file:line:column: message}.
 * Line and column are 0 when unknown.
 */
public record Problem(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + Math.max(column, 1) + ": " + message : file + ": " + message;
  }
}
