package io.resume.render.docx;

/**
 * A stretch of text with one look: what one Word run holds.
 *
 * @param bold null to keep the paragraph style's weight
 * @param href the link target, or null
 * @param code drawn in the monospaced code style
 * @param lineBreak a line break (its text is empty), not text
 */
record Span(
    String text,
    Boolean bold,
    boolean italic,
    Shift shift,
    String href,
    boolean code,
    boolean lineBreak) {
  /** Superscript, subscript or neither. */
  enum Shift {
    NONE,
    SUPER,
    SUB
  }

  static final Span PLAIN = new Span("", null, false, Shift.NONE, null, false, false);

  Span withText(String text) {
    return new Span(text, bold, italic, shift, href, code, lineBreak);
  }

  Span withBold(boolean bold) {
    return new Span(text, bold, italic, shift, href, code, lineBreak);
  }

  Span withItalic() {
    return new Span(text, bold, true, shift, href, code, lineBreak);
  }

  Span withShift(Shift shift) {
    return new Span(text, bold, italic, shift, href, code, lineBreak);
  }

  Span withHref(String href) {
    return new Span(text, bold, italic, shift, href, code, lineBreak);
  }

  Span withCode() {
    return new Span(text, bold, italic, shift, href, true, lineBreak);
  }

  /** A line break with this look (a break inside a link stays inside it). */
  Span asLineBreak() {
    return new Span("", bold, italic, shift, href, code, true);
  }
}
