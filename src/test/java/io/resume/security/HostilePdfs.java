package io.resume.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * PDFs made to hurt {@code resume extract}: attachments that inflate without end, name trees that
 * loop.
 */
final class HostilePdfs {
  private HostilePdfs() {}

  /** A PDF whose resume.xml attachment is these stream bytes, deflated ones when {@code flate}. */
  static Path withAttachment(Path target, byte[] stream, boolean flate) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      COSStream data = document.getDocument().createCOSStream();
      try (OutputStream out = data.createRawOutputStream()) {
        out.write(stream);
      }
      if (flate) {
        data.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      }
      PDEmbeddedFile file = new PDEmbeddedFile(data);
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("resume.xml");
      spec.setFileUnicode("resume.xml");
      spec.setEmbeddedFile(file);
      spec.setEmbeddedFileUnicode(file);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(Map.of("resume.xml", spec));
      setTree(document, tree);
      document.save(target.toFile());
    }
    return target;
  }

  /**
   * A zlib stream that inflates to {@code megabytes} MB of zeros: one megabyte deflated after a
   * full flush (so that it can follow itself), repeated, then an empty final block and the checksum
   * (of zeros: a = 1, b = the length). Made in milliseconds, 1 KB per MB.
   */
  static byte[] inflatingTo(int megabytes) {
    byte[] zeros = new byte[1 << 20];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] first = deflateFlushed(deflater, zeros);
    byte[] next = deflateFlushed(deflater, zeros);
    deflater.end();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(first.length + next.length * megabytes + 9);
    out.writeBytes(first);
    for (int i = 1; i < megabytes; i++) {
      out.writeBytes(next);
    }
    out.writeBytes(
        new byte[] {0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF}); // final stored block, empty
    long b = ((long) megabytes << 20) % 65521;
    out.writeBytes(new byte[] {(byte) (b >> 8), (byte) b, 0, 1});
    return out.toByteArray();
  }

  private static byte[] deflateFlushed(Deflater deflater, byte[] input) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!deflater.needsInput()) {
      out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
    }
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
      out.write(buffer, 0, n);
    } while (n == buffer.length);
    return out.toByteArray();
  }

  /** A name tree whose root lists itself as its only kid. */
  static Path selfReferencingNameTree(Path target) throws IOException {
    return Files.write(target, rawPdf(List.of("<< /Kids [4 0 R] >>")));
  }

  /** A name tree {@code depth} nodes deep, one kid each, with nothing at the bottom. */
  static Path deepNameTree(Path target, int depth) throws IOException {
    List<String> nodes = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      nodes.add("<< /Kids [" + (5 + i) + " 0 R] >>");
    }
    nodes.add("<< /Names [] >>");
    return Files.write(target, rawPdf(nodes));
  }

  /**
   * A one-page PDF written by hand (PDFBox's own writer walks a deep tree recursively), whose
   * catalogue's embedded files name tree is object 4, then the given objects from 4 on.
   */
  private static byte[] rawPdf(List<String> treeObjects) {
    List<String> objects =
        new ArrayList<>(
            List.of(
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
    objects.addAll(treeObjects);
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length()); // ASCII only: characters are bytes
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static void setTree(PDDocument document, PDEmbeddedFilesNameTreeNode tree) {
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(tree);
    document.getDocumentCatalog().setNames(names);
  }
}
