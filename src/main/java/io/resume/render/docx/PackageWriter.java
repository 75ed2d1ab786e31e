package io.resume.render.docx;

import io.resume.render.JdkTransformers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the DOCX package once, fast, and the same bytes for the same document and timestamp.
 *
 * <p>POI's zip entries carry the time of the save (commons-compress stamps an entry without a time
 * with the clock), so the package is copied entry by entry, in POI's order (which is fixed: content
 * types, relationships, then the parts by name), into a zip whose entries all carry the render's
 * timestamp. The time is written as a DOS time of the timestamp in UTC, with no extended-time
 * field, so it does not depend on the machine's time zone; DOS times start in 1980, so an earlier
 * timestamp (SOURCE_DATE_EPOCH=0) becomes 1980-01-01.
 *
 * <p>A new XWPFDocument lives in a package backed by a memory buffer, and closing it saves the
 * whole package again into that buffer: {@link #discard} drops it without saving.
 *
 * <p>POI builds a TransformerFactory for each part it saves: it writes with the JDK's ({@link
 * JdkTransformers}), not a new Saxon configuration each time.
 */
final class PackageWriter {
  private PackageWriter() {}

  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  static void write(XWPFDocument doc, Instant timestamp, OutputStream out) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream(32 * 1024);
    JdkTransformers.during(() -> doc.write(saved));
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
}
