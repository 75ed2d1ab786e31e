package io.resume.theme;

import io.resume.model.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The themes in the stylesheets' {@code themes/} folder, and themes given as a file. Every theme
 * read is checked: a {@code <theme>} of {@code <setting key="…">} elements, each key one of {@link
 * #SETTINGS} and each value of its kind; anything else is refused with one line that names the
 * file, the place, the key and what is allowed.
 */
public final class Themes {
  /** The bundled themes, default first. */
  public static final List<String> BUNDLED = List.of("classic", "modern");

  /** Every setting a theme may have, and what it may hold, in the order of classic.xml. */
  static final Map<String, SettingKind> SETTINGS = settings();

  /** A theme file is a few hundred bytes; a larger one than this is not one. */
  static final long MAX_BYTES = 64 << 10;

  private Themes() {}

  private static Map<String, SettingKind> settings() {
    Map<String, SettingKind> kinds = new LinkedHashMap<>();
    kinds.put("font.size", SettingKind.SIZE);
    kinds.put("pdf.font.body", SettingKind.FONT_LIST);
    kinds.put("pdf.font.heading", SettingKind.FONT_LIST);
    kinds.put("css.font.body", SettingKind.CSS_FONT_LIST);
    kinds.put("css.font.heading", SettingKind.CSS_FONT_LIST);
    kinds.put("docx.font.body", SettingKind.FONT);
    kinds.put("docx.font.heading", SettingKind.FONT);
    kinds.put("color.text", SettingKind.COLOUR);
    kinds.put("color.accent", SettingKind.COLOUR);
    kinds.put("color.muted", SettingKind.COLOUR);
    kinds.put("color.rule", SettingKind.COLOUR);
    kinds.put("heading.case", SettingKind.CASE);
    return java.util.Collections.unmodifiableMap(kinds);
  }

  /**
   * The theme of that name in the stylesheets' folder, or the theme file at that path, its gaps
   * filled from the classic theme of that folder.
   *
   * @param stylesheets the stylesheets' folder, as a URI ending in "/"
   * @param readable whether a bundled theme's URI may be read (a copy's themes/ may hold a link
   *     out)
   * @throws IllegalArgumentException when there is no such theme or file: a usage error
   * @throws ThemeException when the file is not a valid theme: bad input
   */
  public static Theme find(String stylesheets, String nameOrPath, Predicate<String> readable) {
    Map<String, String> defaults =
        read(bundled(stylesheets, "classic", readable), Map.of()).settings();
    if (BUNDLED.contains(nameOrPath)) {
      return read(bundled(stylesheets, nameOrPath, readable), defaults);
    }
    Path file = Path.of(nameOrPath);
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(
          "--theme "
              + nameOrPath
              + " is a folder: give the path of a theme file,"
              + " or choose "
              + String.join(", ", BUNDLED));
    }
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          looksLikeAPath(nameOrPath)
              ? "--theme " + nameOrPath + ": the file does not exist"
              : "no theme '"
                  + nameOrPath
                  + "': choose "
                  + String.join(", ", BUNDLED)
                  + ", or give the path of a theme file");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "--theme "
              + nameOrPath
              + " is not a regular file (a pipe or a device?):"
              + " give the path of a theme file");
    }
    return read(file.toAbsolutePath().normalize().toUri().toString(), defaults);
  }

  /** The URI of a bundled theme in the stylesheets' folder, checked readable. */
  private static String bundled(String stylesheets, String name, Predicate<String> readable) {
    String uri = stylesheets + "themes/" + name + ".xml";
    if (!readable.test(uri)) {
      throw new ThemeException(
          describe(uri)
              + ": refused to read it: a theme of the stylesheets must be a file"
              + " inside their folder, not a link out of it");
    }
    return uri;
  }

  private static boolean looksLikeAPath(String nameOrPath) {
    return nameOrPath.contains("/")
        || nameOrPath.contains(java.io.File.separator)
        || nameOrPath.toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  public static List<Theme> bundled(String stylesheets, Predicate<String> readable) {
    return BUNDLED.stream().map(name -> find(stylesheets, name, readable)).toList();
  }

  /** The classic theme as packed in the jar: the look when no theme is chosen. */
  public static Theme classic() {
    return Classic.THEME;
  }

  /**
   * Read once: every DOCX without a chosen theme asks for it, and a jar's theme does not change.
   */
  private static final class Classic {
    static final Theme THEME = readClassic();

    private static Theme readClassic() {
      URL url = Themes.class.getResource("/xsl/themes/classic.xml");
      if (url == null) {
        throw new IllegalStateException("the classic theme is missing from the class path");
      }
      return read(url.toString(), null);
    }
  }

  /**
   * Reads and checks the theme file at that URI.
   *
   * @param defaults the settings that fill its gaps, or null when it is the default theme itself
   */
  static Theme read(String uri, Map<String, String> defaults) {
    String name = describe(uri);
    try (InputStream in = URI.create(uri).toURL().openStream()) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ThemeException(
            name + ": not a theme file: it is larger than " + (MAX_BYTES >> 10) + " KB");
      }
      ThemeHandler handler = new ThemeHandler(name);
      InputSource source = new InputSource(new java.io.ByteArrayInputStream(bytes));
      source.setSystemId(uri);
      parser().parse(source, handler);
      return new Theme(
          handler.themeName,
          handler.description.toString().strip(),
          uri,
          handler.settings,
          defaults == null ? handler.settings : defaults);
    } catch (Refusal e) {
      throw new ThemeException(e.getMessage());
    } catch (SAXParseException e) {
      throw new ThemeException(
          place(name, e.getLineNumber(), e.getColumnNumber())
              + "not a theme file: "
              + explain(e.getMessage()));
    } catch (SAXException e) {
      throw new ThemeException(name + ": not a theme file: " + explain(e.getMessage()));
    } catch (IOException e) {
      throw new ThemeException(
          name
              + ": cannot read the theme: "
              + (e.getMessage() == null ? "unreadable" : e.getMessage()));
    }
  }

  private static javax.xml.parsers.SAXParser parser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
  }

  /** The parser's words for the common cases, in a user's. */
  private static String explain(String message) {
    if (message == null) {
      return "unreadable XML";
    }
    if (message.contains("disallow-doctype-decl")) {
      return "DOCTYPE declarations are not allowed; remove the <!DOCTYPE ...> line";
    }
    if (message.startsWith("Content is not allowed in prolog")) {
      return "this is not XML; a theme starts with <theme name=\"...\">";
    }
    if (message.startsWith("Premature end of file")) {
      return "the file ends before the theme does (empty or truncated)";
    }
    if (message.startsWith("Invalid byte")) {
      return "this is not UTF-8 text";
    }
    return message.strip().replaceAll("\\s+", " ");
  }

  private static String place(String name, int line, int column) {
    return line > 0 ? name + ":" + line + ":" + Math.max(column, 1) + ": " : name + ": ";
  }

  /** A file's path, or a URI that is not a file (a theme in the jar). */
  static String describe(String uri) {
    try {
      return uri.startsWith("file:") ? Path.of(new URI(uri)).toString() : uri;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return uri;
    }
  }

  /** Collects the theme's name, description and settings, refusing what a theme cannot hold. */
  private static final class ThemeHandler extends DefaultHandler {
    private final String file;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final StringBuilder description = new StringBuilder();
    private Locator locator;
    private String themeName = "";
    private int depth;
    private String key; // the setting being read, or null
    private StringBuilder value;
    private boolean inDescription;
    private int line;
    private int column;

    ThemeHandler(String file) {
      this.file = file;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      depth++;
      if (depth == 1) {
        if (!qName.equals("theme")) {
          throw refused("not a theme: the root element is <" + qName + ">, a theme's is <theme>");
        }
        themeName = attributes.getValue("name") == null ? "" : attributes.getValue("name");
      } else if (depth == 2 && qName.equals("setting")) {
        key = attributes.getValue("key");
        if (key == null) {
          throw refused("a <setting> without a key=\"...\"");
        }
        if (!SETTINGS.containsKey(key)) {
          throw refused(
              "unknown setting "
                  + Excerpt.quote(key)
                  + ": a theme has "
                  + String.join(", ", SETTINGS.keySet()));
        }
        if (settings.containsKey(key)) {
          throw refused("the setting '" + key + "' is given twice: keep one");
        }
        value = new StringBuilder();
        line = locator.getLineNumber();
        column = locator.getColumnNumber();
      } else if (depth == 2 && qName.equals("description")) {
        inDescription = true;
      } else if (depth == 2 || key != null) {
        throw refused(
            "<"
                + qName
                + "> has no place "
                + (key != null
                    ? "in a setting, whose value is text"
                    : "in a theme, which holds <description> and <setting key=\"...\"> elements"));
      }
    }

    @Override
    public void characters(char[] text, int start, int length) {
      if (key != null) {
        value.append(text, start, length);
      } else if (inDescription) {
        description.append(text, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (depth == 2 && key != null) {
        String text = value.toString().strip().replaceAll("\\s+", " ");
        SettingKind kind = SETTINGS.get(key);
        if (!kind.accepts(text)) {
          throw new Refusal(
              place(file, line, column)
                  + "the setting '"
                  + key
                  + "' is "
                  + Excerpt.quote(text)
                  + ": it must be "
                  + kind.allowed);
        }
        settings.put(key, text);
        key = null;
      }
      if (depth == 2) {
        inDescription = false;
      }
      depth--;
    }

    private Refusal refused(String what) {
      return new Refusal(place(file, locator.getLineNumber(), locator.getColumnNumber()) + what);
    }
  }

  /** What the handler refuses, its message whole: place and reason. */
  private static final class Refusal extends SAXException {
    Refusal(String message) {
      super(message);
    }
  }
}
