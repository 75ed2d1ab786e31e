package io.resume.equivalence;

import io.resume.render.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a reader of one format sees of rich text, read with the libraries other tools use: PDFBox
 * (glyphs, their fonts and positions, link annotations), jsoup (the HTML's elements, and the
 * Markdown's as commonmark-java turns it into HTML), POI (the DOCX's runs, paragraphs and
 * numbering), and the plain text's lines. Plain text has no styles: there, a style is "the words
 * are shown, without Markdown's signs around them".
 */
abstract class RichTextReading {
  /** The text is shown in bold (strong). */
  abstract boolean bold(String text);

  abstract boolean italic(String text);

  abstract boolean boldItalic(String text);

  /** The text is shown as code (a monospaced font). */
  abstract boolean code(String text);

  /** The text is a link to href. */
  abstract boolean linked(String text, String href);

  /** The text is shown and is no link, and nothing links to href. */
  abstract boolean unlinked(String text, String href);

  /** The lines of text a reader sees, each without the spaces at its ends. */
  abstract List<String> lines();

  /** The text is an item of a bullet list. */
  abstract boolean bullet(String text);

  /** The child is an item of a list inside the parent's item. */
  abstract boolean nested(String parent, String child);

  /** Some text is shown, as written. */
  abstract boolean shows(String text);

  /** A line begins with the text: a line break came before it. */
  boolean startsLine(String text) {
    return lines().stream().anyMatch(line -> line.startsWith(text));
  }

  /** An item numbered with label: a line begins with the label, then the text. */
  boolean numbered(String label, String text) {
    return lines().stream()
        .anyMatch(line -> line.replaceAll("\\s+", " ").startsWith(label + " " + text));
  }

  static RichTextReading of(Format format, byte[] output) throws IOException {
    String string = new String(output, StandardCharsets.UTF_8);
    return switch (format) {
      case PDF -> new Pdf(output);
      case HTML -> new Html(Jsoup.parse(string));
      case MD -> new Html(Jsoup.parse(Extract.markdownHtml(string)));
      case DOCX -> new Docx(output);
      case TXT -> new Txt(string);
    };
  }

  private static String squeeze(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  // ===== PDF =====

  /** Glyphs with their font and place; link annotations with their area. */
  private static final class Pdf extends RichTextReading {
    private record Glyph(String text, String font, float x, float y, int page) {}

    private record Area(String uri, PDRectangle rectangle, int page) {}

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Area> links = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();
    private final String squeezed;

    Pdf(byte[] pdf) throws IOException {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
          PDPage page = document.getPage(i);
          heights.add(page.getMediaBox().getHeight());
          for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link
                && link.getAction() instanceof PDActionURI uri) {
              links.add(new Area(uri.getURI(), link.getRectangle(), i));
            }
          }
        }
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void writeString(String text, List<TextPosition> positions)
                  throws IOException {
                for (TextPosition position : positions) {
                  // One entry per character: a ligature ("ﬁ") is as many characters as it stands
                  // for.
                  for (char c : squeeze(position.getUnicode()).toCharArray()) {
                    glyphs.add(
                        new Glyph(
                            String.valueOf(c),
                            position.getFont().getName(),
                            position.getXDirAdj() + position.getWidthDirAdj() / 2,
                            position.getYDirAdj(),
                            getCurrentPageNo() - 1));
                  }
                }
                super.writeString(text, positions);
              }
            };
        StringWriter text = new StringWriter();
        stripper.writeText(document, text);
        for (String line : text.toString().split("\\R")) {
          lines.add(line.strip());
        }
      }
      StringBuilder all = new StringBuilder();
      glyphs.forEach(glyph -> all.append(glyph.text()));
      squeezed = all.toString();
    }

    /** The glyphs of each place the text is drawn. */
    private List<List<Glyph>> find(String text) {
      String wanted = squeeze(text);
      List<List<Glyph>> found = new ArrayList<>();
      for (int at = squeezed.indexOf(wanted);
          at >= 0 && !wanted.isEmpty();
          at = squeezed.indexOf(wanted, at + 1)) {
        found.add(glyphs.subList(at, at + wanted.length()));
      }
      return found;
    }

    private boolean inFonts(String text, Pattern font) {
      return find(text).stream()
          .anyMatch(run -> run.stream().allMatch(g -> font.matcher(g.font()).find()));
    }

    @Override
    boolean bold(String text) {
      return inFonts(text, Pattern.compile("Bold"));
    }

    @Override
    boolean italic(String text) {
      return inFonts(text, Pattern.compile("Italic|Oblique"));
    }

    @Override
    boolean boldItalic(String text) {
      return inFonts(text, Pattern.compile("Bold.*(Italic|Oblique)|(Italic|Oblique).*Bold"));
    }

    @Override
    boolean code(String text) {
      return inFonts(text, Pattern.compile("Mono"));
    }

    /** Whether a link annotation to href (any, when null) covers every glyph of the run. */
    private boolean covered(List<Glyph> run, String href) {
      return run.stream()
          .allMatch(
              glyph ->
                  links.stream()
                      .anyMatch(
                          link ->
                              (href == null || link.uri().equals(href))
                                  && link.page() == glyph.page()
                                  && link.rectangle()
                                      .contains(
                                          glyph.x(), heights.get(glyph.page()) - glyph.y() + 1)));
    }

    @Override
    boolean linked(String text, String href) {
      return find(text).stream().anyMatch(run -> covered(run, href));
    }

    @Override
    boolean unlinked(String text, String href) {
      return !find(text).isEmpty()
          && find(text).stream().noneMatch(run -> covered(run, null))
          && links.stream().noneMatch(link -> link.uri().contains(href));
    }

    @Override
    List<String> lines() {
      return lines;
    }

    @Override
    boolean bullet(String text) {
      return lines.stream().anyMatch(line -> line.matches("•\\s*" + Pattern.quote(text) + ".*"));
    }

    /** The child's bullet item starts further in than the parent's. */
    @Override
    boolean nested(String parent, String child) {
      return bullet(parent)
          && bullet(child)
          && find(child).stream()
              .anyMatch(
                  c ->
                      find(parent).stream()
                          .anyMatch(
                              p -> c.get(0).x() > p.get(0).x() + 3 && c.get(0).y() > p.get(0).y()));
    }

    @Override
    boolean shows(String text) {
      return !find(text).isEmpty();
    }
  }

  // ===== HTML (and Markdown, as commonmark-java makes it HTML) =====

  private static final class Html extends RichTextReading {
    private static final Pattern BLOCK =
        Pattern.compile("p|li|ul|ol|div|h[1-6]|header|section|article|main|blockquote");
    private final Document page;
    private final List<String> lines = new ArrayList<>();

    Html(Document page) {
      this.page = page;
      StringBuilder text = new StringBuilder();
      lines(page.body(), text);
      for (String line : text.toString().split("\n")) {
        if (!line.isBlank()) {
          lines.add(line.strip().replaceAll("\\s+", " "));
        }
      }
    }

    /**
     * The text as a browser lays it out in lines: a line break at each br and around each block.
     */
    private static void lines(Node node, StringBuilder text) {
      for (Node child : node.childNodes()) {
        if (child instanceof TextNode textNode) {
          text.append(textNode.text());
        } else if (child instanceof Element element) {
          if (element.normalName().equals("br")) {
            text.append('\n');
          } else if (BLOCK.matcher(element.normalName()).matches()) {
            text.append('\n');
            lines(element, text);
            text.append('\n');
          } else if (!element.normalName().equals("script")
              && !element.normalName().equals("style")) {
            lines(element, text);
          }
        }
      }
    }

    private boolean inElement(String css, String text) {
      return page.body().select(css).stream().anyMatch(e -> e.text().contains(text));
    }

    @Override
    boolean bold(String text) {
      return inElement("strong, b", text);
    }

    @Override
    boolean italic(String text) {
      return inElement("em, i", text);
    }

    @Override
    boolean boldItalic(String text) {
      return inElement("strong em, em strong", text);
    }

    @Override
    boolean code(String text) {
      return inElement("code", text);
    }

    @Override
    boolean linked(String text, String href) {
      return page.body().select("a[href]").stream()
          .anyMatch(a -> a.attr("href").equals(href) && a.text().contains(text));
    }

    @Override
    boolean unlinked(String text, String href) {
      return shows(text)
          && !inElement("a", text)
          && page.body().select("a[href]").stream().noneMatch(a -> a.attr("href").contains(href));
    }

    @Override
    List<String> lines() {
      return lines;
    }

    /** An item's own text, without the lists it holds (in a loose list its text is a paragraph). */
    private static String ownText(Element item) {
      StringBuilder text = new StringBuilder();
      for (Node child : item.childNodes()) {
        if (child instanceof TextNode textNode) {
          text.append(textNode.text());
        } else if (child instanceof Element element && !element.normalName().matches("ul|ol")) {
          text.append(element.text());
        }
      }
      return text.toString().strip();
    }

    @Override
    boolean bullet(String text) {
      return page.body().select("ul > li").stream().anyMatch(li -> ownText(li).startsWith(text));
    }

    @Override
    boolean nested(String parent, String child) {
      return page.body().select("li").stream()
          .anyMatch(
              li ->
                  ownText(li).startsWith(parent)
                      && li.select("> ul > li, > ol > li").stream()
                          .anyMatch(inner -> ownText(inner).startsWith(child)));
    }

    @Override
    boolean shows(String text) {
      return page.body().text().contains(text);
    }
  }

  // ===== DOCX =====

  private static final class Docx extends RichTextReading {
    private final XWPFDocument document;
    private final String text;

    Docx(byte[] docx) throws IOException {
      document = new XWPFDocument(new ByteArrayInputStream(docx));
      try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
        text = extractor.getText();
      }
    }

    /** The runs that draw each place the text is found, paragraph by paragraph. */
    private List<List<XWPFRun>> find(String wanted) {
      String squeezedWanted = squeeze(wanted);
      List<List<XWPFRun>> found = new ArrayList<>();
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        List<XWPFRun> byCharacter = new ArrayList<>();
        StringBuilder squeezed = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
          String runText = squeeze(String.valueOf(run.text()));
          squeezed.append(runText);
          for (int i = 0; i < runText.length(); i++) {
            byCharacter.add(run);
          }
        }
        for (int at = squeezed.indexOf(squeezedWanted);
            at >= 0 && !squeezedWanted.isEmpty();
            at = squeezed.indexOf(squeezedWanted, at + 1)) {
          found.add(byCharacter.subList(at, at + squeezedWanted.length()));
        }
      }
      return found;
    }

    private boolean all(String wanted, java.util.function.Predicate<XWPFRun> look) {
      return find(wanted).stream().anyMatch(runs -> runs.stream().allMatch(look));
    }

    @Override
    boolean bold(String wanted) {
      return all(wanted, XWPFRun::isBold);
    }

    @Override
    boolean italic(String wanted) {
      return all(wanted, XWPFRun::isItalic);
    }

    @Override
    boolean boldItalic(String wanted) {
      return all(wanted, run -> run.isBold() && run.isItalic());
    }

    @Override
    boolean code(String wanted) {
      return all(wanted, run -> "Courier New".equals(run.getFontFamily()));
    }

    private String target(XWPFRun run) {
      if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(document) != null) {
        return link.getHyperlink(document).getURL();
      }
      return null;
    }

    @Override
    boolean linked(String wanted, String href) {
      return all(wanted, run -> href.equals(target(run)));
    }

    @Override
    boolean unlinked(String wanted, String href) {
      return !find(wanted).isEmpty()
          && all(wanted, run -> target(run) == null)
          && java.util.Arrays.stream(document.getHyperlinks())
              .noneMatch(link -> link.getURL().contains(href));
    }

    @Override
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        for (String line : paragraph.getText().split("\n")) {
          lines.add(line.strip());
        }
      }
      return lines;
    }

    private XWPFParagraph item(String wanted) {
      return document.getParagraphs().stream()
          .filter(p -> p.getNumID() != null && p.getText().strip().startsWith(wanted))
          .findFirst()
          .orElse(null);
    }

    @Override
    boolean bullet(String wanted) {
      XWPFParagraph item = item(wanted);
      return item != null && "bullet".equals(item.getNumFmt());
    }

    @Override
    boolean nested(String parent, String child) {
      XWPFParagraph outer = item(parent);
      XWPFParagraph inner = item(child);
      return outer != null
          && inner != null
          && inner.getNumIlvl() != null
          && (outer.getNumIlvl() == null ? 0 : outer.getNumIlvl().intValue())
              < inner.getNumIlvl().intValue()
          && document.getPosOfParagraph(inner) > document.getPosOfParagraph(outer);
    }

    @Override
    boolean shows(String wanted) {
      return text.contains(wanted);
    }
  }

  // ===== Plain text =====

  private static final class Txt extends RichTextReading {
    private final String raw;

    /** Lines wrap anywhere: the text with each run of white space one space. */
    private final String text;

    private final List<String> lines;

    Txt(String raw) {
      this.raw = raw;
      this.text = raw.replaceAll("\\s+", " ");
      this.lines = raw.lines().map(String::strip).toList();
    }

    /** Plain text shows no style: the words, without Markdown's signs around them. */
    private boolean plainly(String wanted) {
      return text.contains(wanted)
          && !text.contains("*" + wanted)
          && !text.contains("`" + wanted)
          && !text.contains("_" + wanted);
    }

    @Override
    boolean bold(String wanted) {
      return plainly(wanted);
    }

    @Override
    boolean italic(String wanted) {
      return plainly(wanted);
    }

    @Override
    boolean boldItalic(String wanted) {
      return plainly(wanted);
    }

    @Override
    boolean code(String wanted) {
      return plainly(wanted);
    }

    /** A link is its text, then its address in parentheses. */
    @Override
    boolean linked(String wanted, String href) {
      return text.contains(wanted + " (" + href + ")");
    }

    @Override
    boolean unlinked(String wanted, String href) {
      return text.contains(wanted) && !text.contains(wanted + " (") && !text.contains(href);
    }

    @Override
    List<String> lines() {
      return lines;
    }

    @Override
    boolean bullet(String wanted) {
      return lines.stream().anyMatch(line -> line.startsWith("• " + wanted));
    }

    /** The child's bullet line is indented further than the parent's, and comes after it. */
    @Override
    boolean nested(String parent, String child) {
      List<String> all = raw.lines().toList();
      int outer = -1;
      for (int i = 0; i < all.size(); i++) {
        String line = all.get(i);
        if (line.strip().startsWith("• " + parent)) {
          outer = i;
        } else if (outer >= 0 && line.strip().startsWith("• " + child)) {
          return line.indexOf('•') > all.get(outer).indexOf('•');
        }
      }
      return false;
    }

    @Override
    boolean shows(String wanted) {
      return text.contains(wanted);
    }
  }
}
