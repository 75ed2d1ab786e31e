package io.resume.render;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * A résumé ready for the renderers: the prepared document (urn:resume:view:1), the name of the file
 * it came from (for messages), the canonical résumé's bytes, which a format may carry along (the
 * PDF attaches them) or null where there are none, and the file it was read from, whose folder a
 * render may read, or null when it is no file (standard input, a request's body).
 */
public record PreparedResume(String sourceName, XdmNode view, byte[] source, Path file) {

  /** A résumé read from the file {@code sourceName} names. */
  public PreparedResume(String sourceName, XdmNode view, byte[] source) {
    this(sourceName, view, source, fileNamed(sourceName));
  }

  public PreparedResume(String sourceName, XdmNode view) {
    this(sourceName, view, null);
  }

  private static Path fileNamed(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
