package io.resume.render.pdf;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import net.sf.saxon.s9api.SaxonApiException;

/**
 * FOP asks JAXP for a new TransformerFactory several times per PDF (to write the XMP metadata, to
 * preload each SVG icon). With Saxon on the class path each lookup scans the jars for the service
 * file and builds a whole new Saxon configuration: about a fifth of a warm PDF. While FOP works,
 * the rendering thread's context class loader hides that service file, so the JDK's own factory,
 * which does these identity copies as well, is used. Nothing global changes (the DOCX renderer's
 * PackageWriter does the same around POI).
 */
final class JdkTransformers {
  private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";

  private JdkTransformers() {}

  /** A transformation into FOP. */
  interface Work {
    void run() throws SaxonApiException;
  }

  static void during(Work work) throws SaxonApiException {
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
