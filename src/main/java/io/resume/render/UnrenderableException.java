package io.resume.render;

import java.io.IOException;

/**
 * The résumé cannot be drawn as asked (more pages than allowed, text a page cannot show): a problem
 * of the input, which its message names for the user to fix, never a fault of the code.
 */
public abstract class UnrenderableException extends IOException {
  protected UnrenderableException(String message) {
    super(message);
  }
}
