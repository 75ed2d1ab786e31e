package io.resume.render.pdf.font;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Serves {@code classpath:} URIs to FOP, so the configuration can name fonts packed in jars ({@code
 * classpath:liberation/LiberationSerif-Regular.ttf}) and needs no file on the machine. FOP reads a
 * font's file to parse it (once per {@link ParsedFonts} set) and again in every render that embeds
 * a subset of it; the bytes are kept after the first read so that no render inflates them from the
 * jar again. Thread-safe.
 */
public final class ClasspathResources implements ResourceResolver {
  public static final String SCHEME = "classpath";

  private final ClassLoader loader;
  private final Map<String, byte[]> read = new ConcurrentHashMap<>();

  public ClasspathResources(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public Resource getResource(URI uri) throws IOException {
    String path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
    try {
      return new Resource(new ByteArrayInputStream(read.computeIfAbsent(path, this::load)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private byte[] load(String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new FileNotFoundException("not on the class path: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("the class path is read-only: " + uri);
  }
}
