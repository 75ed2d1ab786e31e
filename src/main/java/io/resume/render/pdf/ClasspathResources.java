package io.resume.render.pdf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Serves {@code classpath:} URIs to FOP, so the configuration can name fonts packed in jars
 * ({@code classpath:liberation/LiberationSerif-Regular.ttf}) and needs no file on the machine.
 */
final class ClasspathResources implements ResourceResolver {
  static final String SCHEME = "classpath";

  private final ClassLoader loader;

  ClasspathResources(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public Resource getResource(URI uri) throws IOException {
    String path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new FileNotFoundException("not on the class path: " + path);
    }
    return new Resource(in);
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("the class path is read-only: " + uri);
  }
}
