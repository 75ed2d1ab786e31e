package io.resume.theme;

import io.resume.model.Warnings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A look: one file of settings (fonts, sizes, colours) that the PDF and HTML stylesheets read, and
 * the DOCX renderer too, so the three formats share it. A theme may leave settings out: each is
 * then the default theme's (the classic one of the same stylesheets), filled in here, once, for
 * every format ({@link #settingsFor}).
 *
 * @param uri where the theme file is
 * @param settings the theme's own settings
 * @param defaults every setting of the default theme, which fills the gaps
 */
public record Theme(
    String name,
    String description,
    String uri,
    Map<String, String> settings,
    Map<String, String> defaults) {
  /**
   * The keys of the settings only one format reads start with its prefix; the others are shared.
   */
  public static final String PDF = "pdf.";

  public static final String HTML = "css.";
  public static final String DOCX = "docx.";

  public Theme {
    settings = Map.copyOf(settings);
    defaults = Map.copyOf(defaults);
  }

  /**
   * The settings the theme leaves out, in the order of classic.xml: each is then the default
   * theme's. A fact of the theme, said once where the theme is chosen ({@link #warnings}), not by
   * each format that reads it.
   */
  public List<String> gaps() {
    return Themes.SETTINGS.keySet().stream().filter(key -> !settings.containsKey(key)).toList();
  }

  /** The theme file as messages name it. */
  public String location() {
    return Themes.describe(uri);
  }

  /** One warning line for each gap, naming the theme file. */
  public List<String> warnings() {
    return gaps().stream()
        .map(
            key ->
                Warnings.line(
                    location(),
                    "the theme has no setting '" + key + "', using the classic theme's"))
        .toList();
  }

  /**
   * What one format reads: the settings every format shares and those under its prefix ({@link
   * #PDF}, {@link #HTML}, {@link #DOCX}), in the order of classic.xml, each the theme's own or else
   * the default theme's.
   */
  public Map<String, String> settingsFor(String prefix) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String key : Themes.SETTINGS.keySet()) {
      boolean shared = !key.startsWith(PDF) && !key.startsWith(HTML) && !key.startsWith(DOCX);
      if (!shared && !key.startsWith(prefix)) {
        continue;
      }
      String value = settings.getOrDefault(key, defaults.get(key));
      if (value == null) {
        throw new ThemeException(
            Themes.describe(uri)
                + ": the classic theme it falls back to has no setting '"
                + key
                + "' either");
      }
      chosen.put(key, value);
    }
    return chosen;
  }
}
