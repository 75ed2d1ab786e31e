package io.resume.architecture.broken.render.pdf;

import io.resume.architecture.broken.render.docx.WordThing;

/** A renderer that imports another: the architecture test must catch it. */
public final class BorrowsFromWord {
  WordThing borrowed;
}
