package io.resume.theme;

import java.util.Map;

/**
 * A look: one file of settings (fonts, sizes, colours) that the PDF and HTML stylesheets read,
 * and the DOCX renderer too, so the three formats share it.
 *
 * @param uri where the theme file is, as the stylesheets' {@code theme} parameter takes it
 */
public record Theme(String name, String description, String uri, Map<String, String> settings) {

  public Theme {
    settings = Map.copyOf(settings);
  }

  /** A setting, or the fallback when this theme lacks it. */
  public String setting(String key, String fallback) {
    return settings.getOrDefault(key, fallback);
  }
}
