package io.resume.render.pdf.font;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Lends each render a set of parsed fonts for its own use ({@link ParsedFonts}); renders at once
 * get different sets, so there are as many sets as renders ever ran at once. The set last given
 * back is lent first: it is the one most likely to hold the fonts already. Thread-safe.
 */
public final class FontPool {
  private final ConcurrentLinkedDeque<ParsedFonts> idle = new ConcurrentLinkedDeque<>();
  private final FontCopies copies;

  public FontPool(FontCopies copies) {
    this.copies = copies;
  }

  public FontPool() {
    this(new FontCopies());
  }

  public ParsedFonts borrow() {
    ParsedFonts fonts = idle.pollFirst();
    return fonts != null ? fonts : new ParsedFonts(copies);
  }

  public void giveBack(ParsedFonts fonts) {
    idle.offerFirst(fonts);
  }
}
