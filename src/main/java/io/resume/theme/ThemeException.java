package io.resume.theme;

/** A theme file that cannot be read or is not a theme. */
public final class ThemeException extends RuntimeException {
  public ThemeException(String message) {
    super(message);
  }
}
