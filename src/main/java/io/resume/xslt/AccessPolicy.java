package io.resume.xslt;

import io.resume.sandbox.Sandbox;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import net.sf.saxon.Configuration;
import net.sf.saxon.functions.ResolveURI;
import net.sf.saxon.lib.EnvironmentVariableResolver;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.trans.XPathException;

/**
 * What the stylesheets may read: the {@link Sandbox}'s rule, the one FOP's reads obey too.
 * Installed on the shared Saxon configuration, so that {@code doc()}, {@code doc-available()},
 * {@code document()}, {@code unparsed-text()} and its kin, {@code json-doc()}, {@code
 * xsl:import}/{@code xsl:include}, {@code xsl:source-document} and the external entities of the
 * documents they read all obey it; {@code collection()} and {@code uri-collection()} are refused
 * outright. The environment is closed too: {@code environment-variable()} finds nothing and {@code
 * system-property()} gives no Java property (see also {@link ClosedConfiguration}).
 */
public final class AccessPolicy {
  private final Sandbox sandbox;

  public AccessPolicy() {
    this(new Sandbox());
  }

  public AccessPolicy(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /**
   * Allows everything below this URI (a folder URI ending in "/", or a jar's root), or this one
   * file.
   */
  public void allow(String uriPrefix) {
    sandbox.allow(uriPrefix);
  }

  public void allowFolder(Path folder) {
    sandbox.allowFolder(folder);
  }

  public boolean permits(String uri) {
    return sandbox.permits(uri);
  }

  /**
   * A request's URI as the resolver will read it: relative ones (doc('../x.xml')) against their
   * base.
   */
  private static String absolute(String uri, String base) throws XPathException {
    try {
      if (base == null || new URI(uri).isAbsolute()) {
        return uri;
      }
      return ResolveURI.makeAbsolute(uri, base).toString();
    } catch (URISyntaxException e) {
      throw new XPathException("refused to read " + uri + ": not a URI", "FODC0002");
    }
  }

  void check(String uri) throws XPathException {
    if (!sandbox.permits(uri)) {
      throw new XPathException("refused to read " + uri + ": " + Sandbox.RULE, "FODC0002");
    }
  }

  /**
   * Makes the configuration ask this policy before it reads anything, and closes the environment.
   */
  public void install(Configuration config) {
    config.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
    // No Java system properties through system-property(), no reflexive extension functions.
    config.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
    ResourceResolver resources = config.getResourceResolver();
    config.setResourceResolver(
        request -> {
          if (request.uri != null) {
            check(absolute(request.uri, request.baseUri));
          }
          return resources.resolve(request);
        });
    UnparsedTextURIResolver texts = config.getUnparsedTextURIResolver();
    config.setUnparsedTextURIResolver(
        (uri, encoding, configuration) -> {
          check(uri.toString());
          return texts.resolve(uri, encoding, configuration);
        });
    config.setCollectionFinder(
        (context, uri) -> {
          throw new XPathException(
              "collection() is not available to résumé stylesheets", "FODC0002");
        });
    config.setConfigurationProperty(
        Feature.ENVIRONMENT_VARIABLE_RESOLVER,
        new EnvironmentVariableResolver() {
          @Override
          public Set<String> getAvailableEnvironmentVariables() {
            return Set.of();
          }

          @Override
          public String getEnvironmentVariable(String name) {
            return null;
          }
        });
  }
}
