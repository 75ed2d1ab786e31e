package io.resume.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the DOCX package once, fast.
 *
 * <p>A new XWPFDocument lives in a package backed by a memory buffer, and closing it saves the
 * whole package again into that buffer: {@link #discard} drops it without saving.
 *
 * <p>POI asks
 * {@code TransformerFactory.newInstance()} for a fresh factory for each of several parts it
 * saves; with Saxon on the class path that scans every jar for the service file and builds a
 * whole new Saxon configuration each time. Measured on this project (loaded machine): 96 ms
 * per factory, about 300 ms per document; the JDK's own factory takes 0.4 ms and does the
 * same identity copy. So, while writing only, this thread's context class loader hides the
 * TransformerFactory service file, and the JDK's built-in factory is used. Nothing global is
 * changed; other threads and the rest of the pipeline still see Saxon.
 */
final class PackageWriter {
  private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";

  private PackageWriter() {}

  static void write(XWPFDocument doc, OutputStream out) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(new ServiceHidingLoader(original));
    try {
      doc.write(out);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  /** Closes the document without the second save that {@code close()} would make. */
  static void discard(XWPFDocument doc) {
    doc.getPackage().revert();
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
