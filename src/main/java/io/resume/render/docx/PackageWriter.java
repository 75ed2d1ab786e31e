package io.resume.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the DOCX package once, fast, and the same bytes for the same document and timestamp.
 *
 * <p>POI's zip entries carry the time of the save (commons-compress stamps an entry without a
 * time with the clock), so the package is copied entry by entry, in POI's order (which is
 * fixed: content types, relationships, then the parts by name), into a zip whose entries all
 * carry the render's timestamp. The time is written as a DOS time of the timestamp in UTC,
 * with no extended-time field, so it does not depend on the machine's time zone; DOS times
 * start in 1980, so an earlier timestamp (SOURCE_DATE_EPOCH=0) becomes 1980-01-01.
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

  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  static void write(XWPFDocument doc, Instant timestamp, OutputStream out) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream(32 * 1024);
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(new ServiceHidingLoader(original));
    try {
      doc.write(saved);
    } finally {
      thread.setContextClassLoader(original);
    }
    restamp(saved.toByteArray(), timestamp, out);
  }

  /** Copies a zip, giving every entry the same time. */
  static void restamp(byte[] zip, Instant timestamp, OutputStream out) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    if (time.isBefore(DOS_EPOCH)) {
      time = DOS_EPOCH;
    }
    ZipOutputStream target = new ZipOutputStream(out);
    try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        target.putNextEntry(copy);
        source.transferTo(target);
        target.closeEntry();
      }
    }
    target.finish(); // not close(): the caller owns out
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
