package io.resume.render.pdf;

import io.resume.model.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Reads back the résumé a PDF of ours carries ({@value PdfRenderer#ATTACHMENT}), byte for byte,
 * within the limits the reader of résumés keeps: the attachment may be at most {@link
 * InputLimits#MAX_BYTES} once decoded, and no more than one byte over it is ever decoded (a stream
 * of 2 MB may inflate to gigabytes); the PDF's tree of attachment names is walked without
 * recursion, each node once, at most {@value #MAX_NODES} nodes {@value #MAX_DEPTH} deep (a node may
 * list itself as its own kid).
 */
public final class PdfAttachment {
  /** The deepest name tree walked; PDF writers make one or two levels. */
  static final int MAX_DEPTH = 32;

  /** The most nodes of a name tree looked at. */
  static final int MAX_NODES = 4096;

  /**
   * Why a file gives no résumé: not a PDF, or a PDF without our attachment. One line, for the user.
   */
  public static final class NotFound extends Exception {
    NotFound(String message) {
      super(message);
    }
  }

  private PdfAttachment() {}

  public static byte[] read(Path pdf) throws IOException, NotFound {
    return read(open(pdf));
  }

  public static byte[] read(byte[] pdf) throws NotFound, IOException {
    PDDocument document;
    try {
      document = Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw notAPdf(e);
    }
    return read(document);
  }

  private static byte[] read(PDDocument opened) throws IOException, NotFound {
    try (PDDocument document = opened) {
      PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
      PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
      PDEmbeddedFile found = files == null ? null : find(files);
      if (found == null) {
        throw new NotFound(
            "the PDF carries no résumé (no attachment named "
                + PdfRenderer.ATTACHMENT
                + "); only PDFs made by `resume render` do, unless rendered with --embed-source=none");
      }
      return bounded(found);
    } catch (RuntimeException e) {
      // PDFBox reports some damage unchecked (a wrong type where a dictionary should be).
      throw notAPdf(new IOException(e.getMessage(), e));
    }
  }

  private static PDDocument open(Path pdf) throws IOException, NotFound {
    try {
      return Loader.loadPDF(pdf.toFile());
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw notAPdf(e);
    }
  }

  private static NotFound notAPdf(IOException e) {
    String reason =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getMessage().replaceAll("\\s+", " ").trim();
    return new NotFound("not a PDF, or a damaged one (" + reason + ")");
  }

  /**
   * The attachment's decoded bytes, refused once they pass the limit. Decoded here, filter by
   * filter into bounded buffers: PDFBox's own decoding inflates a whole stream before the first
   * byte is read.
   */
  private static byte[] bounded(PDEmbeddedFile file) throws IOException, NotFound {
    COSStream stream = file.getCOSObject();
    List<COSName> filters = filters(stream.getFilters());
    try (InputStream raw = stream.createRawInputStream()) {
      if (filters.isEmpty()) {
        byte[] bytes = raw.readNBytes((int) InputLimits.MAX_BYTES + 1);
        if (bytes.length > InputLimits.MAX_BYTES) {
          throw tooLarge();
        }
        return bytes;
      }
      InputStream in = raw;
      byte[] decoded = null;
      for (int i = 0; i < filters.size(); i++) {
        // A stage before the last holds encoded data: room for hexadecimal or ASCII85 text of the
        // limit.
        Bounded out =
            new Bounded(
                i == filters.size() - 1 ? InputLimits.MAX_BYTES : 4 * InputLimits.MAX_BYTES);
        FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
        decoded = out.toByteArray();
        in = new ByteArrayInputStream(decoded);
      }
      return decoded;
    } catch (Bounded.Full e) {
      throw tooLarge();
    } catch (IOException | RuntimeException e) {
      throw new NotFound(
          "the attached résumé cannot be decoded ("
              + (e.getMessage() == null ? "damaged" : e.getMessage().replaceAll("\\s+", " ").trim())
              + ")");
    }
  }

  private static NotFound tooLarge() {
    return new NotFound(
        String.format(
            Locale.ROOT,
            "the attached résumé is larger than the %,d KB a résumé may be;"
                + " refused without reading the rest",
            InputLimits.MAX_BYTES >> 10));
  }

  /** A stream's /Filter: none, a name, or an array of names. */
  private static List<COSName> filters(COSBase filter) throws NotFound {
    if (filter == null) {
      return List.of();
    }
    if (filter instanceof COSName name) {
      return List.of(name);
    }
    if (filter instanceof COSArray array && array.size() <= 8) {
      List<COSName> names = new java.util.ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        if (!(array.getObject(i) instanceof COSName name)) {
          throw new NotFound("the attached résumé cannot be decoded (a filter that is not a name)");
        }
        names.add(name);
      }
      return names;
    }
    throw new NotFound("the attached résumé cannot be decoded (its /Filter is damaged)");
  }

  /** Bytes up to a limit; one more is refused, stopping the decoder that writes them. */
  private static final class Bounded extends OutputStream {
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final long limit;

    /** Thrown through the decoder, an IOException being what a decoder lets through. */
    static final class Full extends IOException {
      Full() {
        super("over the limit");
      }
    }

    Bounded(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws Full {
      check(1);
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws Full {
      check(len);
      bytes.write(b, off, len);
    }

    private void check(int more) throws Full {
      if (bytes.size() + (long) more > limit) {
        throw new Full();
      }
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  /**
   * The attachment in this name tree, or null: breadth first, each node once, within the bounds.
   */
  private static PDEmbeddedFile find(PDNameTreeNode<PDComplexFileSpecification> root)
      throws IOException, NotFound {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Level> queue = new ArrayDeque<>();
    queue.add(new Level(root, 0));
    while (!queue.isEmpty()) {
      Level at = queue.poll();
      if (!seen.add(at.node().getCOSObject())) {
        continue; // a node listed twice, or as its own descendant
      }
      if (seen.size() > MAX_NODES || at.depth() > MAX_DEPTH) {
        throw new NotFound(
            "the PDF's list of attachments is "
                + (at.depth() > MAX_DEPTH ? "deeper" : "larger")
                + " than any PDF of ours makes (damaged, or made to harm); refused");
      }
      Map<String, PDComplexFileSpecification> here = at.node().getNames();
      if (here != null) {
        for (PDComplexFileSpecification spec : here.values()) {
          if (spec != null
              && (PdfRenderer.ATTACHMENT.equals(spec.getFilename())
                  || PdfRenderer.ATTACHMENT.equals(spec.getFileUnicode()))) {
            PDEmbeddedFile file =
                spec.getEmbeddedFileUnicode() != null
                    ? spec.getEmbeddedFileUnicode()
                    : spec.getEmbeddedFile();
            if (file != null) {
              return file;
            }
          }
        }
      }
      List<PDNameTreeNode<PDComplexFileSpecification>> kids = at.node().getKids();
      if (kids != null) {
        if (kids.size() + queue.size() > MAX_NODES) {
          throw new NotFound(
              "the PDF's list of attachments is larger than any PDF of ours makes (damaged, or made"
                  + " to harm); refused");
        }
        for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
          queue.add(new Level(kid, at.depth() + 1));
        }
      }
    }
    return null;
  }

  private record Level(PDNameTreeNode<PDComplexFileSpecification> node, int depth) {}
}
