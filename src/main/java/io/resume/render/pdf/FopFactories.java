package io.resume.render.pdf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/** Builds the FOP factory from the bundled configuration ({@code fop.xconf}). */
final class FopFactories {
  static final String CONFIGURATION = "fop.xconf";

  private FopFactories() {}

  /** A new factory: costly (it reads the configuration), so build one and share it. */
  static FopFactory create() {
    ClassLoader loader = FopFactories.class.getClassLoader();
    ResourceResolverFactory.SchemeAwareResourceResolverBuilder builder = ResourceResolverFactory
        .createSchemeAwareResourceResolverBuilder(ResourceResolverFactory.createDefaultResourceResolver());
    builder.registerResourceResolverForScheme(ClasspathResources.SCHEME, new ClasspathResources(loader));
    ResourceResolver resolver = builder.build();
    try (InputStream configuration = FopFactories.class.getResourceAsStream(CONFIGURATION)) {
      if (configuration == null) {
        throw new IllegalStateException("the FOP configuration is missing from the class path: " + CONFIGURATION);
      }
      // Relative URIs in an FO (none in ours) resolve against the working folder.
      FopConfParser parser = new FopConfParser(configuration, new File(".").toURI(), resolver);
      return parser.getFopFactoryBuilder().build();
    } catch (SAXException e) {
      throw new IllegalStateException("the FOP configuration " + CONFIGURATION + " is broken: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FOP configuration " + CONFIGURATION, e);
    }
  }
}
