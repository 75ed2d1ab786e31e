package io.resume.equivalence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Text and links of each format, read by the libraries a recruiter's tools use. */
public final class Extract {
  private Extract() {}

  /**
   * The characters the PDF's text layer gives for each glyph drawn, in drawing order and before any
   * normalisation (unlike {@link #pdfText}, which maps Arabic presentation forms back).
   */
  public static String pdfGlyphs(byte[] pdf) throws IOException {
    StringBuilder drawn = new StringBuilder();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            positions.forEach(position -> drawn.append(position.getUnicode()));
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.writeText(document, new StringWriter());
    }
    return drawn.toString();
  }

  public static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  public static Set<String> pdfLinks(byte[] pdf) throws IOException {
    Set<String> links = new LinkedHashSet<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
    }
    return links;
  }

  public static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  public static Set<String> docxLinks(byte[] docx) throws IOException {
    Set<String> links = new LinkedHashSet<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFHyperlink link : document.getHyperlinks()) {
        links.add(link.getURL());
      }
    }
    return links;
  }

  /** The visible text of the page body (scripts such as JSON-LD are data, not text). */
  public static String htmlText(String html) {
    return Jsoup.parse(html).body().text();
  }

  public static Set<String> htmlLinks(String html) {
    Set<String> links = new LinkedHashSet<>();
    Document document = Jsoup.parse(html);
    for (Element a : document.select("a[href]")) {
      String href = a.attr("href");
      if (!href.startsWith("#")) {
        links.add(href);
      }
    }
    return links;
  }

  /** Markdown as a CommonMark site shows it: rendered to HTML by commonmark-java. */
  public static String markdownHtml(String markdown) {
    return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
  }

  public static String markdownText(String markdown) {
    return htmlText(markdownHtml(markdown));
  }

  public static Set<String> markdownLinks(String markdown) {
    return htmlLinks(markdownHtml(markdown));
  }

  private static final Pattern ADDRESS =
      Pattern.compile(
          "https?://(?:[^\\s()<>]|\\([^\\s()<>]*\\))+|(?<email>[^\\s@()<>]+@[^\\s@()<>]+\\.[^\\s@()<>]+)");

  /**
   * The addresses plain text shows, which is all it can do for a link: web addresses as they are,
   * email addresses as their mailto: links. Punctuation that ends a sentence is not part of them.
   */
  public static Set<String> textLinks(String text) {
    Set<String> links = new LinkedHashSet<>();
    Matcher matcher = ADDRESS.matcher(text);
    while (matcher.find()) {
      String address = matcher.group().replaceFirst("[.,;:!?]+$", "");
      links.add(matcher.group("email") == null ? address : "mailto:" + address);
    }
    return links;
  }

  /**
   * Plain text without what it adds to show a link's address, "text (https://…)", which no other
   * format has in its text: the words left are compared with the other formats'.
   */
  public static String textWithoutAddresses(String text, Set<String> links) {
    String words = text;
    for (String link : links) {
      words = words.replaceAll("\\s+\\(" + Pattern.quote(link) + "\\)", "");
    }
    return words;
  }

  /** The text a reader gets from an output of any format, in the form the in-order check reads. */
  public static String text(io.resume.render.Format format, byte[] output, Set<String> links)
      throws IOException {
    String string = new String(output, java.nio.charset.StandardCharsets.UTF_8);
    return switch (format) {
      case PDF -> pdfText(output);
      case HTML -> htmlText(string);
      case DOCX -> docxText(output);
      case TXT -> textWithoutAddresses(string, links);
      case MD -> markdownText(string);
    };
  }

  /** The external links of an output of any format (for plain text, the addresses it shows). */
  public static Set<String> links(io.resume.render.Format format, byte[] output)
      throws IOException {
    String string = new String(output, java.nio.charset.StandardCharsets.UTF_8);
    return switch (format) {
      case PDF -> pdfLinks(output);
      case HTML -> htmlLinks(string);
      case DOCX -> docxLinks(output);
      case TXT -> textLinks(string);
      case MD -> markdownLinks(string);
    };
  }
}
