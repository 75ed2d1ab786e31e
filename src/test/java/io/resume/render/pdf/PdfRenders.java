package io.resume.render.pdf;

import io.resume.Pipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Helpers the PDF tests share: a render to bytes, and the text of each page as PDFBox reads it. */
public final class PdfRenders {
  static final Instant FIXED = Instant.parse("2024-05-01T12:00:00Z");

  private PdfRenders() {}

  static byte[] render(
      Pipeline pipeline, PreparedResume resume, RenderOptions options, Warnings warnings)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.PDF).render(resume, options, out, warnings);
    return out.toByteArray();
  }

  public static RenderOptions fixed() {
    return new RenderOptions(Paper.A4, FIXED);
  }

  /** Each page's text, NFKC (FOP writes ligatures). */
  static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC));
      }
    }
    return pages;
  }

  /** Without any white space: how texts are compared across line breaks. */
  static String squeeze(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0]+", "");
  }
}
