package io.resume.render.pdf;

import io.resume.render.pdf.font.ClasspathResources;
import io.resume.render.pdf.font.InstalledFonts;
import io.resume.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/**
 * Builds the FOP factory from the bundled configuration ({@code fop.xconf}), adding the installed
 * fallback fonts (see {@link InstalledFonts}), each under the family name of its kind ("Installed
 * Fallback" for CJK, "Symbol Fallback" for emoji and symbols), which the stylesheets name last in
 * every font list.
 */
final class FopFactories {
  static final String CONFIGURATION = "fop.xconf";
  private static final String FALLBACK_MARKER = "<!-- installed fallback font -->";

  private FopFactories() {}

  /**
   * A new factory: costly (it reads the configuration), so build one and share it. Every file it
   * reads goes through {@code gate}; {@code classpath:} and the résumé sources are served apart.
   */
  static FopFactory create(
      ResourceGate gate,
      Sandbox sandbox,
      SourceAttachments sources,
      Map<InstalledFonts.Kind, InstalledFonts.Font> fallbacks) {
    ClassLoader loader = FopFactories.class.getClassLoader();
    ResourceResolverFactory.SchemeAwareResourceResolverBuilder builder =
        ResourceResolverFactory.createSchemeAwareResourceResolverBuilder(gate);
    builder.registerResourceResolverForScheme(
        ClasspathResources.SCHEME, new ClasspathResources(loader));
    builder.registerResourceResolverForScheme(SourceAttachments.SCHEME, sources);
    ResourceResolver resolver = builder.build();
    fallbacks.values().forEach(font -> sandbox.allowFile(font.file()));
    try (InputStream configuration = FopFactories.class.getResourceAsStream(CONFIGURATION)) {
      if (configuration == null) {
        throw new IllegalStateException(
            "the FOP configuration is missing from the class path: " + CONFIGURATION);
      }
      String text = new String(configuration.readAllBytes(), StandardCharsets.UTF_8);
      if (!text.contains(FALLBACK_MARKER)) {
        throw new IllegalStateException("the FOP configuration lacks the line " + FALLBACK_MARKER);
      }
      StringBuilder fonts = new StringBuilder();
      fallbacks.forEach((kind, font) -> fonts.append(fontElement(kind.family, font)));
      text = text.replace(FALLBACK_MARKER, fonts);
      // Relative URIs in an FO (none in ours) resolve against the working folder.
      FopConfParser parser =
          new FopConfParser(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              new File(".").toURI(),
              resolver);
      return parser.getFopFactoryBuilder().build();
    } catch (SAXException e) {
      throw new IllegalStateException(
          "the FOP configuration " + CONFIGURATION + " is broken: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FOP configuration " + CONFIGURATION, e);
    }
  }

  /**
   * The font, under the fallback family name in every style: it has one face, and any face beats
   * none.
   */
  private static String fontElement(String family, InstalledFonts.Font font) {
    StringBuilder element =
        new StringBuilder("<font kerning=\"yes\" embed-url=\"")
            .append(escape(font.file().toUri().toString()))
            .append('"');
    if (font.subFont() != null) {
      element.append(" sub-font=\"").append(escape(font.subFont())).append('"');
    }
    element.append('>');
    for (String style : new String[] {"normal", "italic"}) {
      for (String weight : new String[] {"normal", "bold"}) {
        element
            .append("<font-triplet name=\"")
            .append(family)
            .append("\" style=\"")
            .append(style)
            .append("\" weight=\"")
            .append(weight)
            .append("\"/>");
      }
    }
    return element.append("</font>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
