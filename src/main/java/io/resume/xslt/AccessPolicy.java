package io.resume.xslt;

import java.net.URI;
import java.net.URISyntaxException;
import net.sf.saxon.functions.ResolveURI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.trans.XPathException;

/**
 * What the stylesheets may read: the stylesheets themselves (the jar or the user's copy) and the
 * folders of the résumés being rendered; nothing else, and never the network. Installed on the
 * shared Saxon configuration, so {@code doc()}, {@code unparsed-text()}, {@code xsl:import} and
 * {@code collection()} all obey it.
 */
public final class AccessPolicy {
  private final Set<String> roots = ConcurrentHashMap.newKeySet();

  /** Allows everything below this URI (a folder URI ending in "/", or a jar's root). */
  public void allow(String uriPrefix) {
    roots.add(canonical(uriPrefix));
  }

  public void allowFolder(Path folder) {
    allow(folder.toAbsolutePath().normalize().toUri().toString());
  }

  public boolean permits(String uri) {
    String normalized;
    try {
      normalized = canonical(uri.startsWith("jar:") ? uri : URI.create(uri).normalize().toString());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (normalized.contains("/../")) {
      return false;
    }
    return roots.stream().anyMatch(normalized::startsWith);
  }

  /** A request's URI as the resolver will read it: relative ones (doc('../x.xml')) against their base. */
  private static String absolute(String uri, String base) throws XPathException {
    if (base == null || URI.create(uri).isAbsolute()) {
      return uri;
    }
    try {
      return ResolveURI.makeAbsolute(uri, base).toString();
    } catch (URISyntaxException e) {
      throw new XPathException("refused to read " + uri + ": not a URI", "FODC0002");
    }
  }

  /** file:///a and file:/a name the same file; Java and Saxon write them differently. */
  private static String canonical(String uri) {
    return uri.startsWith("file:///") ? "file:/" + uri.substring("file:///".length()) : uri;
  }

  void check(String uri) throws XPathException {
    if (!permits(uri)) {
      throw new XPathException("refused to read " + uri
          + ": stylesheets may only read the stylesheets and the résumé's own folder", "FODC0002");
    }
  }

  /** Makes the configuration ask this policy before it reads anything. */
  public void install(Configuration config) {
    config.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
    ResourceResolver resources = config.getResourceResolver();
    config.setResourceResolver(request -> {
      if (request.uri != null) {
        check(absolute(request.uri, request.baseUri));
      }
      return resources.resolve(request);
    });
    UnparsedTextURIResolver texts = config.getUnparsedTextURIResolver();
    config.setUnparsedTextURIResolver((uri, encoding, configuration) -> {
      check(uri.toString());
      return texts.resolve(uri, encoding, configuration);
    });
    config.setCollectionFinder((context, uri) -> {
      throw new XPathException("collection() is not available to résumé stylesheets", "FODC0002");
    });
  }
}
