package io.resume.render;

import java.util.Locale;

/** An output format; its name is also the file extension. */
public enum Format {
  PDF,
  HTML,
  DOCX,
  /** Plain text laid out for pasting into web forms. */
  TXT,
  /** Markdown for a README or a profile page. */
  MD;

  /** What {@code render} writes when no format is asked for. */
  public static final java.util.Set<Format> DEFAULT = java.util.EnumSet.of(PDF, HTML, DOCX);

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named by a user, in any case; null when there is none of that name. */
  public static Format named(String name) {
    for (Format format : values()) {
      if (format.extension().equalsIgnoreCase(name.trim())) {
        return format;
      }
    }
    return null;
  }
}
