package io.resume.render.docx;

/**
 * A stretch of text with one look: what one Word run holds.
 *
 * @param bold null to keep the paragraph style's weight
 * @param href the link target, or null
 */
record Span(String text, Boolean bold, boolean italic, Shift shift, String href) {
  /** Superscript, subscript or neither. */
  enum Shift { NONE, SUPER, SUB }

  static final Span PLAIN = new Span("", null, false, Shift.NONE, null);

  Span withText(String text) {
    return new Span(text, bold, italic, shift, href);
  }

  Span withBold(boolean bold) {
    return new Span(text, bold, italic, shift, href);
  }

  Span withItalic() {
    return new Span(text, bold, true, shift, href);
  }

  Span withShift(Shift shift) {
    return new Span(text, bold, italic, shift, href);
  }

  Span withHref(String href) {
    return new Span(text, bold, italic, shift, href);
  }
}
