package io.resume.render;

import net.sf.saxon.s9api.XdmNode;

/**
 * A résumé ready for the renderers: the prepared document (urn:resume:view:1), the name of the
 * file it came from (for messages), and the canonical résumé's bytes, which a format may carry
 * along (the PDF attaches them) or null where there are none.
 */
public record PreparedResume(String sourceName, XdmNode view, byte[] source) {

  public PreparedResume(String sourceName, XdmNode view) {
    this(sourceName, view, null);
  }
}
