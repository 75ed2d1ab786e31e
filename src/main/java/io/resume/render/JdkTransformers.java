package io.resume.render;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * FOP and POI ask JAXP for a new TransformerFactory several times per document (FOP for the XMP
 * metadata and each SVG icon, POI for each part it saves). With Saxon on the class path each lookup
 * scans the jars for the service file and builds a whole new Saxon configuration, a large share of
 * a warm PDF and most of a DOCX (docs/performance.md, "Figures behind the code"). While such work
 * runs, the thread's context class loader hides that service file, so the JDK's own factory, which
 * does these identity copies as well, is used. Nothing global changes: other threads and the rest
 * of the pipeline still see Saxon.
 */
public final class JdkTransformers {
  private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";

  private JdkTransformers() {}

  /** Work that may throw a checked exception of one kind. */
  @FunctionalInterface
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  /** Runs the work on this thread with JAXP's TransformerFactory lookups answered by the JDK. */
  public static <E extends Exception> void during(Work<E> work) throws E {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(new ServiceHidingLoader(original));
    try {
      work.run();
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  /** Delegates everything to the original loader but the TransformerFactory service file. */
  private static final class ServiceHidingLoader extends ClassLoader {
    ServiceHidingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return SERVICE.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    @Override
    public URL getResource(String name) {
      return SERVICE.equals(name) ? null : super.getResource(name);
    }
  }
}
