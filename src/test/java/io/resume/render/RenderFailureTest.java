package io.resume.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** Each kind of failed render says one line, the same wherever it runs. */
class RenderFailureTest {
  private static final class TooLong extends UnrenderableException {
    TooLong() {
      super("the PDF has 3 pages, more than --max-pages 2");
    }
  }

  @Test
  void theInputsOwnProblemIsItsMessageAndNoFault() {
    assertEquals(
        "the PDF has 3 pages, more than --max-pages 2", RenderFailure.describe(new TooLong()));
    assertTrue(RenderFailure.isInputsFault(new TooLong()));
    assertTrue(RenderFailure.isInputsFault(new UncheckedIOException(new TooLong())));
  }

  @Test
  void anOutputThatCannotBeWrittenSaysWhich() {
    String line = RenderFailure.describe(new AccessDeniedException("/out/cv.pdf"));
    assertTrue(line.startsWith("cannot write the output: /out/cv.pdf: "), line);
    assertFalse(RenderFailure.isInputsFault(new AccessDeniedException("/out/cv.pdf")));
  }

  @Test
  void aFaultIsCouldNotBeRenderedWithItsMessage() {
    assertEquals(
        "could not be rendered: broken",
        RenderFailure.describe(new IllegalStateException("broken")));
    assertEquals(
        "could not be rendered: no font",
        RenderFailure.describe(new UncheckedIOException(new IOException("no font"))));
    assertFalse(RenderFailure.isInputsFault(new IllegalStateException("broken")));
  }

  @Test
  void runningOutOfStackOrMemoryFailsThisRenderInOneLine() {
    assertEquals(
        "could not be rendered: it needs more stack than this process has",
        RenderFailure.describe(new StackOverflowError()));
    assertEquals(
        "could not be rendered: it needs more memory than this process has",
        RenderFailure.describe(new OutOfMemoryError()));
  }
}
