package io.resume.theme;

import io.resume.xslt.Stylesheets;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The themes in the stylesheets' {@code themes/} folder, and themes given as a file. */
public final class Themes {
  /** The bundled themes, default first. */
  public static final List<String> BUNDLED = List.of("classic", "modern");

  private Themes() {}

  /** The theme of that name in the stylesheets' folder, or the theme file at that path. */
  public static Theme find(Stylesheets stylesheets, String nameOrPath) {
    if (BUNDLED.contains(nameOrPath)) {
      return read(stylesheets.uri("themes/" + nameOrPath + ".xml"));
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no theme '" + nameOrPath + "': choose " + String.join(", ", BUNDLED)
          + " or give the path of a theme file");
    }
    return read(file.toAbsolutePath().normalize().toUri().toString());
  }

  public static List<Theme> bundled(Stylesheets stylesheets) {
    return BUNDLED.stream().map(name -> find(stylesheets, name)).toList();
  }

  /** The classic theme as packed in the jar: the look when no theme is chosen. */
  public static Theme classic() {
    return Classic.THEME;
  }

  /** Read once: every DOCX without a chosen theme asks for it, and a jar's theme does not change. */
  private static final class Classic {
    static final Theme THEME = readClassic();

    private static Theme readClassic() {
      URL url = Themes.class.getResource("/xsl/themes/classic.xml");
      if (url == null) {
        throw new IllegalStateException("the classic theme is missing from the class path");
      }
      return read(url.toString());
    }
  }

  static Theme read(String uri) {
    try (InputStream in = URI.create(uri).toURL().openStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Element root = factory.newDocumentBuilder().parse(in, uri).getDocumentElement();
      if (!root.getTagName().equals("theme")) {
        throw new ThemeException(uri + ": not a theme (the root element must be <theme>)");
      }
      Map<String, String> settings = new LinkedHashMap<>();
      NodeList nodes = root.getElementsByTagName("setting");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element setting = (Element) nodes.item(i);
        settings.put(setting.getAttribute("key"), setting.getTextContent().strip().replaceAll("\\s+", " "));
      }
      NodeList description = root.getElementsByTagName("description");
      String text = description.getLength() == 0 ? "" : description.item(0).getTextContent().strip();
      return new Theme(root.getAttribute("name"), text, uri, settings);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new ThemeException("cannot read the theme " + uri + ": " + e.getMessage());
    }
  }
}
