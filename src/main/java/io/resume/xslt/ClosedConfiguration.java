package io.resume.xslt;

import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.Configuration;
import net.sf.saxon.functions.registry.BuiltInFunctionSet;
import net.sf.saxon.om.NamespaceUri;

/**
 * Saxon with no way out of the sandbox for a stylesheet, even a user's own copy: every read obeys
 * the {@link AccessPolicy}, the environment is closed, and {@code fn:transform} does not exist. A
 * transformation it starts could name a Saxon configuration of its own (the vendor option {@code
 * saxon:configuration}), whose default resolvers read any file and any environment variable; a
 * résumé's stylesheets have no need of it.
 */
public final class ClosedConfiguration extends Configuration {
  /** By language version (20, 30, 31, 40), as Saxon asks for them. */
  private final Map<Integer, BuiltInFunctionSet> xslt = new HashMap<>();

  private final Map<Integer, BuiltInFunctionSet> xpath = new HashMap<>();

  public ClosedConfiguration(AccessPolicy access) {
    access.install(this);
  }

  @Override
  public synchronized BuiltInFunctionSet getXSLTFunctionSet(int version) {
    return cached(xslt, version, super.getXSLTFunctionSet(version));
  }

  @Override
  public synchronized BuiltInFunctionSet getXPathFunctionSet(int version) {
    return cached(xpath, version, super.getXPathFunctionSet(version));
  }

  private static BuiltInFunctionSet cached(
      Map<Integer, BuiltInFunctionSet> cache, int version, BuiltInFunctionSet all) {
    return cache.computeIfAbsent(version, v -> new WithoutTransform(all));
  }

  /**
   * The standard functions less {@code fn:transform}: a call is an unknown function,
   * function-lookup finds none.
   */
  private static final class WithoutTransform extends BuiltInFunctionSet {
    private final BuiltInFunctionSet all;

    WithoutTransform(BuiltInFunctionSet all) {
      this.all = all;
      importFunctionSet(all);
    }

    @Override
    public Entry getFunctionDetails(String name, int arity) {
      return name.equals("transform") ? null : super.getFunctionDetails(name, arity);
    }

    @Override
    public NamespaceUri getNamespace() {
      return all.getNamespace();
    }

    @Override
    public String getConventionalPrefix() {
      return all.getConventionalPrefix();
    }
  }
}
