package io.resume.xslt;

/**
 * A stylesheet that does not compile or fails while running: a fault of the stylesheets, not of the
 * résumé.
 */
public final class StylesheetException extends RuntimeException {
  public StylesheetException(String message, Throwable cause) {
    super(message, cause);
  }
}
