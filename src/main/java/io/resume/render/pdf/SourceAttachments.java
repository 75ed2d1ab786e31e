package io.resume.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Serves the résumé's source to FOP from memory, under URIs of the {@code resume-source:} scheme,
 * so that the FO's {@code pdf:embedded-file} can attach it without a file on disk. Each render
 * registers its bytes and gets its own URI; it removes them when done. Thread-safe.
 */
final class SourceAttachments implements ResourceResolver {
  static final String SCHEME = "resume-source";

  private final Map<String, byte[]> sources = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();

  /** Makes the bytes readable by FOP until the returned registration is closed. */
  Registration register(byte[] source) {
    String key = Long.toString(next.incrementAndGet());
    sources.put(key, source);
    return new Registration(key);
  }

  final class Registration implements AutoCloseable {
    private final String key;

    private Registration(String key) {
      this.key = key;
    }

    String uri() {
      return SCHEME + ":" + key;
    }

    @Override
    public void close() {
      sources.remove(key);
    }
  }

  @Override
  public Resource getResource(URI uri) throws IOException {
    byte[] source = sources.get(uri.getSchemeSpecificPart());
    if (source == null) {
      throw new FileNotFoundException("no résumé source is registered as " + uri);
    }
    return new Resource(new ByteArrayInputStream(source));
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("résumé sources are read-only: " + uri);
  }
}
