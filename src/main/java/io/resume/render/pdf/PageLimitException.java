package io.resume.render.pdf;

import io.resume.render.UnrenderableException;

/** The PDF has more pages than the user allowed ({@code render --max-pages N}). */
public final class PageLimitException extends UnrenderableException {
  private final int pages;
  private final int limit;

  /**
   * @param pastLimit what crosses onto the first page too many ("Section › Entry"), or null when
   *     unknown
   */
  PageLimitException(int pages, int limit, String pastLimit) {
    super(
        "the PDF has "
            + pages
            + " pages, more than --max-pages "
            + limit
            + (pastLimit == null
                ? ""
                : "; it goes past page " + limit + " at \"" + pastLimit + "\""));
    this.pages = pages;
    this.limit = limit;
  }

  public int pages() {
    return pages;
  }

  public int limit() {
    return limit;
  }
}
