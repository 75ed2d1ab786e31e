package io.resume.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Reads back the résumé a PDF of ours carries ({@value PdfRenderer#ATTACHMENT}), byte for byte. */
public final class PdfAttachment {
  /** Why a file gives no résumé: not a PDF, or a PDF without our attachment. One line, for the user. */
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
      byte[] found = files == null ? null : find(files);
      if (found == null) {
        throw new NotFound("the PDF carries no résumé (no attachment named " + PdfRenderer.ATTACHMENT
            + "); only PDFs made by `resume render` do, unless rendered with --embed-source=none");
      }
      return found;
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
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").trim();
    return new NotFound("not a PDF, or a damaged one (" + reason + ")");
  }

  /** The attachment in this node of the name tree or below it, or null. */
  private static byte[] find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
    Map<String, PDComplexFileSpecification> here = node.getNames();
    if (here != null) {
      for (Map.Entry<String, PDComplexFileSpecification> entry : here.entrySet()) {
        PDComplexFileSpecification spec = entry.getValue();
        if (PdfRenderer.ATTACHMENT.equals(spec.getFilename()) || PdfRenderer.ATTACHMENT.equals(spec.getFileUnicode())) {
          PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
          if (file != null) {
            return file.toByteArray();
          }
        }
      }
    }
    if (node.getKids() != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
        byte[] found = find(kid);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
