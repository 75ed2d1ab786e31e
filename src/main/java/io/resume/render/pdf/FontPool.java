package io.resume.render.pdf;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Lends each render a set of parsed fonts for its own use ({@link ParsedFonts}); renders at once
 * get different sets, so there are as many sets as renders ever ran at once. The set last given
 * back is lent first: it is the one most likely to hold the fonts already. Thread-safe.
 */
final class FontPool {
  private final ConcurrentLinkedDeque<ParsedFonts> idle = new ConcurrentLinkedDeque<>();
  private final FontCopies copies;

  FontPool(FontCopies copies) {
    this.copies = copies;
  }

  FontPool() {
    this(new FontCopies());
  }

  ParsedFonts borrow() {
    ParsedFonts fonts = idle.pollFirst();
    return fonts != null ? fonts : new ParsedFonts(copies);
  }

  void giveBack(ParsedFonts fonts) {
    idle.offerFirst(fonts);
  }
}
