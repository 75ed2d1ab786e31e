package io.resume.render.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the pages of a PDF break, told in the résumé's own terms: which part (the header, a
 * section's entry) runs past a given page, or is not on any page at all. Found from the PDF's text
 * page by page, as any reader sees it, matched against the prepared résumé's texts in reading order
 * ({@link ResumeParts}).
 */
final class PageBreaks {
  private PageBreaks() {}

  /**
   * The first part of the résumé that ends after page {@code lastPage}, that is the one that starts
   * on or crosses onto the next page, named "Section › Entry"; null when none is found.
   */
  static String pastPage(byte[] pdf, XdmNode view, int lastPage) throws IOException {
    List<String> pages = pageTexts(pdf);
    StringBuilder all = new StringBuilder();
    int boundary = 0;
    for (int page = 0; page < pages.size(); page++) {
      all.append(pages.get(page));
      if (page + 1 == lastPage) {
        boundary = all.length();
      }
    }
    String text = all.toString();
    int from = 0;
    for (ResumeParts.Part part : ResumeParts.of(view).inReadingOrder()) {
      int end = -1;
      for (String piece : part.texts()) {
        String needle = normalize(piece);
        int at = needle.isEmpty() ? -1 : text.indexOf(needle, from);
        if (at >= 0) {
          from = at + needle.length();
          end = from;
        }
      }
      if (end > boundary) {
        return part.name();
      }
    }
    return null;
  }

  /**
   * The first part of the résumé some text of which is on no page: FOP, given a part it could not
   * place, draws it past the foot of the page, where no reader sees it. Null when nothing is lost.
   */
  static String firstLost(byte[] pdf, XdmNode view) throws IOException {
    String text = String.join("", pageTexts(pdf));
    int from = 0;
    for (ResumeParts.Part part : ResumeParts.of(view).inReadingOrder()) {
      for (String piece : part.texts()) {
        String needle = normalize(piece);
        int at = needle.isEmpty() ? from : text.indexOf(needle, from);
        if (at < 0) {
          return part.name();
        }
        from = at + needle.length();
      }
    }
    return null;
  }

  /** Each page's text as printed (what lies off the paper left out), in the form compared. */
  private static List<String> pageTexts(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new OnPaperText();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(normalize(stripper.getText(document)));
      }
    }
    return pages;
  }

  /** NFKC (FOP writes ligatures), without white space. */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u200B]+", "");
  }

  /**
   * PDFBox's text without the glyphs drawn outside the page, which printers and viewers cut off.
   */
  private static final class OnPaperText extends PDFTextStripper {
    @Override
    protected void processTextPosition(TextPosition glyph) {
      PDRectangle paper = getCurrentPage().getCropBox();
      float x = glyph.getXDirAdj();
      float y = glyph.getYDirAdj();
      if (x >= 0 && y >= 0 && x <= paper.getWidth() && y <= paper.getHeight()) {
        super.processTextPosition(glyph);
      }
    }
  }
}
