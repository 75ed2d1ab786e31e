package io.resume.render.pdf;

import io.resume.render.UnrenderableException;
import java.util.List;

/**
 * The PDF would not show all of the résumé: a line wider than the page, or a part that does not fit
 * on one and may not break. Thrown instead of writing it, naming each part that would lose text;
 * the user can shorten it (or fix the stylesheet that forbids the break).
 */
public final class LostContentException extends UnrenderableException {
  /** How many places the message names; the rest are counted. */
  private static final int NAMED = 3;

  LostContentException(List<FopEventWarnings.Loss> losses) {
    super(message(losses));
  }

  private static String message(List<FopEventWarnings.Loss> losses) {
    StringBuilder message = new StringBuilder("the PDF would not show all of the résumé: ");
    for (int i = 0; i < Math.min(NAMED, losses.size()); i++) {
      FopEventWarnings.Loss loss = losses.get(i);
      message
          .append(i == 0 ? "" : "; ")
          .append(loss.part() == null ? "a part of the résumé" : "\"" + loss.part() + "\"")
          .append(' ')
          .append(loss.what());
    }
    if (losses.size() > NAMED) {
      message.append("; and ").append(losses.size() - NAMED).append(" more");
    }
    return message.toString();
  }
}
