package io.resume.render.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * Whether an extracted text reads the résumé's headings right, as a parser splits it: each entry's
 * heading (its rows: organisation and place, role and dates) on one line or adjacent lines, nothing
 * else among them (a superscript's "st", a page number, a bullet), entries in their order; the
 * contacts whole, each on one line, with their separators between them.
 *
 * <p>One allowance, for pdftotext's default mode only: it reads a page in columns, and the
 * right-aligned asides (places, dates) are a column. When an entry's body (bullets, paragraphs) is
 * narrower than the page, so that the asides' column is beside it and not above it, the mode reads
 * the body first; the asides must then follow the body, on lines of their own, before the next
 * entry. An entry with a body as wide as the page (any text longer than {@link #NARROW} characters
 * wraps or fills the line) gets no allowance.
 *
 * <p>Lines are compared without white space, after NFKC (FOP writes ligatures and Arabic
 * presentation forms) and without direction marks. Right-to-left résumés are compared by their
 * letters alone: extractors put the digits and dashes of a right-to-left line in an order of their
 * own ("2019 – 2016"), which no layout changes; and an aside may come first on its line.
 */
final class HeadingLines {
  private static final String V = "urn:resume:view:1";
  private static final String SEPARATOR = "·";

  /** A body text at most this long may end before the asides' column begins. */
  static final int NARROW = 95;

  private final boolean lettersOnly;
  private final boolean columns;

  private HeadingLines(boolean lettersOnly, boolean columns) {
    this.lettersOnly = lettersOnly;
    this.columns = columns;
  }

  /** One part of a heading: a row's text (the row's number) or its aside (the number, negative). */
  private record Piece(String text, int row, boolean aside) {}

  /** The problems of {@code text} as the headings of {@code view}; empty when it reads right. */
  static List<String> problems(XdmNode view, String text) {
    return problems(view, text, false);
  }

  /**
   * @param columns the text is in pdftotext's default reading order, which reads columns apart
   */
  static List<String> problems(XdmNode view, String text, boolean columns) {
    boolean rtl =
        "rtl"
            .equals(
                string(
                    view,
                    "if (/v:document/@xml:lang = ('ar', 'he', 'fa', 'ur')) then 'rtl' else 'ltr'"));
    return new HeadingLines(rtl, columns).check(view, text);
  }

  private List<String> check(XdmNode view, String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("[\\n\\f]")) {
      String normal = normalize(line);
      if (!normal.isEmpty()) {
        lines.add(normal);
      }
    }
    List<String> problems = new ArrayList<>();
    int cursor = contacts(view, lines, problems);
    for (XdmItem item : select(view, "/v:document/v:section/v:entry")) {
      XdmNode entry = (XdmNode) item;
      List<Piece> pieces = new ArrayList<>();
      int row = 0;
      for (XdmItem r : select(entry, "v:row")) {
        row++;
        pieces.add(new Piece(normalize(string((XdmNode) r, "string(v:text)")), row, false));
        String aside = normalize(string((XdmNode) r, "string(v:aside)"));
        if (!aside.isEmpty()) {
          pieces.add(new Piece(aside, row, true));
        }
      }
      pieces.removeIf(piece -> piece.text().isEmpty());
      if (pieces.isEmpty()) {
        continue;
      }
      String name = string(entry, "normalize-space(v:row[1])");
      int start =
          startOf(
              lines,
              cursor,
              pieces.stream()
                  .filter(piece -> piece.row() == 1 && (lettersOnly || !piece.aside()))
                  .toList());
      if (start < 0) {
        problems.add(
            "heading not found where it belongs (after the previous entry), or with a fragment before it: "
                + name);
        continue;
      }
      int end = window(lines, start, pieces);
      if (end < 0) {
        boolean narrow =
            columns
                && "true"
                    .equals(
                        string(
                            entry,
                            "string(exists(v:row/following-sibling::*) and "
                                + "not((v:para | v:list/v:item)[string-length(normalize-space()) gt "
                                + NARROW
                                + "]))"));
        end = narrow ? asidesAfterBody(lines, start, pieces) : -1;
        if (end < 0) {
          int shown = Math.min(lines.size(), start + pieces.size() + 2);
          problems.add(
              "heading lines of \""
                  + name
                  + "\" are not its rows and asides alone, in order: "
                  + lines.subList(start, shown));
          continue;
        }
      }
      cursor = end;
    }
    return problems;
  }

  /**
   * Checks the contacts (whole, each on one line, apart by separators); returns the line after
   * them.
   */
  private int contacts(XdmNode view, List<String> lines, List<String> problems) {
    List<String> contacts = new ArrayList<>();
    for (XdmItem item : select(view, "/v:document/v:header/v:contact")) {
      XdmNode contact = (XdmNode) item;
      contacts.add(
          normalize(string(contact, "(if (@kind = 'profile') then @label || ' ' else '') || .")));
    }
    if (contacts.isEmpty()) {
      return 0;
    }
    String expected = String.join(normalize(SEPARATOR), contacts);
    int start = startOf(lines, 0, contacts.get(0));
    if (start < 0) {
      problems.add("the first contact does not start a line: " + contacts.get(0));
      return 0;
    }
    StringBuilder window = new StringBuilder();
    int end = start;
    while (window.length() < expected.length() && end < lines.size()) {
      window.append(lines.get(end++));
    }
    List<String> shown = lines.subList(start, end);
    if (!window.toString().equals(expected)) {
      problems.add(
          "the contacts are not read as they are, apart by \"" + SEPARATOR + "\": " + shown);
    }
    for (String contact : contacts) {
      if (shown.stream().noneMatch(line -> line.contains(contact))) {
        problems.add("a contact breaks across lines: " + contact + " in " + shown);
      }
    }
    return end;
  }

  /**
   * The first line from {@code from} on where {@code first} starts (it may go on in the next
   * lines); -1 if none.
   */
  private static int startOf(List<String> lines, int from, String first) {
    return startOf(lines, from, List.of(new Piece(first, 1, false)));
  }

  /** The first line from {@code from} on where one of the pieces starts; -1 if none. */
  private static int startOf(List<String> lines, int from, List<Piece> firsts) {
    for (int i = from; i < lines.size(); i++) {
      for (Piece first : firsts) {
        StringBuilder text = new StringBuilder();
        for (int j = i; j < lines.size() && text.length() < first.text().length(); j++) {
          text.append(lines.get(j));
        }
        if (text.toString().startsWith(first.text())) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The line after the pieces when the lines from {@code start} are exactly the pieces, in order;
   * else -1.
   */
  private int window(List<String> lines, int start, List<Piece> pieces) {
    int total = pieces.stream().mapToInt(piece -> piece.text().length()).sum();
    StringBuilder window = new StringBuilder();
    int end = start;
    while (window.length() < total && end < lines.size()) {
      window.append(lines.get(end++));
    }
    return window.length() == total
            && tiles(window.toString(), 0, pieces, new boolean[pieces.size()])
        ? end
        : -1;
  }

  /**
   * pdftotext's default order for an entry with a narrow body: the rows' texts, the body, then the
   * asides on lines of their own. The line after the asides, or -1.
   */
  private int asidesAfterBody(List<String> lines, int start, List<Piece> pieces) {
    List<Piece> texts = pieces.stream().filter(piece -> !piece.aside()).toList();
    List<Piece> asides = pieces.stream().filter(Piece::aside).toList();
    int afterRows = window(lines, start, texts);
    if (afterRows < 0 || asides.isEmpty()) {
      return -1;
    }
    for (int i = afterRows + 1; i < lines.size(); i++) {
      int end = window(lines, i, asides);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /**
   * Whether the window is made of the pieces, each once, row texts in their order; left to right,
   * an aside after its row's text (on its line, as -raw reads, or after the rows, as pdftotext's
   * default reading order puts a column of dates).
   */
  private boolean tiles(String window, int at, List<Piece> pieces, boolean[] used) {
    if (at == window.length()) {
      return true;
    }
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (used[i] || !window.startsWith(piece.text(), at) || !inOrder(piece, pieces, used)) {
        continue;
      }
      used[i] = true;
      if (tiles(window, at + piece.text().length(), pieces, used)) {
        return true;
      }
      used[i] = false;
    }
    return false;
  }

  private boolean inOrder(Piece piece, List<Piece> pieces, boolean[] used) {
    for (int i = 0; i < pieces.size(); i++) {
      Piece other = pieces.get(i);
      boolean before =
          !other.aside()
              && (piece.aside()
                  ? other.row() == piece.row() && !lettersOnly
                  : other.row() < piece.row());
      if (before && !used[i]) {
        return false;
      }
    }
    return true;
  }

  private String normalize(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    normal =
        (lettersOnly ? lamAlefInPopplerOrder(normal) : normal)
            .replaceAll("[\\s\\u00A0\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]+", "");
    return lettersOnly ? normal.replaceAll("[^\\p{L}]", "") : normal;
  }

  /**
   * pdftotext writes the two letters of a lam-alef ligature in the wrong order ("الآن" comes out
   * "اآلن"; PDFBox reads it right, see ArabicExtractionTest): right-to-left texts are compared with
   * every lam right before an alef (in one word, before white space goes) put after it, on both
   * sides, so that this order alone does not count.
   */
  static String lamAlefInPopplerOrder(String letters) {
    return letters.replaceAll("\u0644([\u0622\u0623\u0625\u0627])", "$1\u0644");
  }

  private static String string(XdmNode context, String path) {
    for (XdmItem item : select(context, path)) {
      return item.getStringValue();
    }
    return "";
  }

  private static Iterable<XdmItem> select(XdmNode context, String path) {
    XPathCompiler compiler = context.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", V);
    try {
      return compiler.evaluate(path, context);
    } catch (SaxonApiException e) {
      throw new IllegalStateException(e);
    }
  }
}
