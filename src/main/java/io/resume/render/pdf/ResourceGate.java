package io.resume.render.pdf;

import io.resume.sandbox.Sandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read (images of {@code fo:external-graphic}, fonts, attachments): what the {@link
 * Sandbox} permits, the rule the stylesheets' reads obey too; never the network, nor any other
 * file. The résumé's folder differs per render: the renderer makes it readable for the thread that
 * renders ({@link Sandbox#during}), which is the thread FOP reads in.
 */
final class ResourceGate implements ResourceResolver {
  static final String RULE =
      "the PDF may only use files from the résumé's folder, the stylesheets and the program";

  private final ResourceResolver delegate;
  private final Sandbox sandbox;

  ResourceGate(ResourceResolver delegate, Sandbox sandbox) {
    this.delegate = delegate;
    this.sandbox = sandbox;
  }

  @Override
  public Resource getResource(URI uri) throws IOException {
    if (!permits(uri)) {
      throw new IOException("refused to read " + uri + ": " + RULE);
    }
    return delegate.getResource(uri);
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("the PDF renderer writes no files: " + uri);
  }

  /**
   * Whether a URI as an FO names it (relative ones against the working folder, as FOP resolves
   * them) is refused.
   */
  boolean refuses(String uri) {
    try {
      URI parsed = new URI(uri.replace(" ", "%20"));
      return !permits(
          parsed.isAbsolute() ? parsed : Path.of("").toAbsolutePath().toUri().resolve(parsed));
    } catch (java.net.URISyntaxException e) {
      return true;
    }
  }

  boolean permits(URI uri) {
    return sandbox.permits(uri);
  }
}
