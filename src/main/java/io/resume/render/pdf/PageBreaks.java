package io.resume.render.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Where the pages of a PDF break, told in the résumé's own terms: which part (the header, a
 * section's entry) runs past a given page. Found from the PDF's text page by page, as any
 * reader sees it, matched against the prepared résumé's texts in reading order.
 */
final class PageBreaks {
  /** A part that stays together: its name for the user and the texts it shows, in order. */
  private record Part(String name, List<String> texts) {}

  private static final String V = "urn:resume:view:1";

  private PageBreaks() {}

  /**
   * The first part of the résumé that ends after page {@code lastPage}, that is the one that
   * starts on or crosses onto the next page, named "Section › Entry"; null when none is found.
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
    for (Part part : parts(view)) {
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

  /** Each page's text in the form compared: NFKC (FOP writes ligatures), without white space. */
  private static List<String> pageTexts(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(normalize(stripper.getText(document)));
      }
    }
    return pages;
  }

  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u200B]+", "");
  }

  /** The header, then each entry (or paragraph, or list) of each section; a section's heading goes with its first part. */
  private static List<Part> parts(XdmNode view) {
    List<Part> parts = new ArrayList<>();
    XdmNode header = first(view, "/v:document/v:header");
    if (header != null) {
      parts.add(new Part(string(header, "normalize-space(v:name)"), strings(header, "v:name | v:headline | v:contact")));
    }
    for (XdmItem item : select(view, "/v:document/v:section")) {
      XdmNode section = (XdmNode) item;
      String heading = string(section, "normalize-space(v:heading)");
      boolean first = true;
      for (XdmItem child : select(section, "* except v:heading")) {
        XdmNode block = (XdmNode) child;
        List<String> texts = new ArrayList<>();
        if (first) {
          texts.add(heading);
          first = false;
        }
        texts.addAll(strings(block, "descendant-or-self::*[self::v:text or self::v:aside or self::v:para or self::v:item]"
            + "/(if (@label) then (string(@label), string(.)) else string(.))"));
        String title = string(block, "normalize-space(self::v:entry/v:row[1]/v:text)");
        parts.add(new Part(title.isEmpty() ? heading : heading + " › " + title, texts));
      }
    }
    return parts;
  }

  private static XdmNode first(XdmNode context, String path) {
    for (XdmItem item : select(context, path)) {
      return (XdmNode) item;
    }
    return null;
  }

  private static String string(XdmNode context, String path) {
    for (XdmItem item : select(context, path)) {
      return item.getStringValue();
    }
    return "";
  }

  private static List<String> strings(XdmNode context, String path) {
    List<String> strings = new ArrayList<>();
    select(context, path).forEach(item -> strings.add(item.getStringValue()));
    return strings;
  }

  private static Iterable<XdmItem> select(XdmNode context, String path) {
    XPathCompiler compiler = context.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", V);
    try {
      return compiler.evaluate(path, context);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot read the prepared résumé: " + e.getMessage(), e);
    }
  }
}
