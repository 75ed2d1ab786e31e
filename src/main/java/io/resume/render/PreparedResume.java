package io.resume.render;

import net.sf.saxon.s9api.XdmNode;

/**
 * A résumé ready for the renderers: the prepared document (urn:resume:view:1) and the name
 * of the file it came from, for messages.
 */
public record PreparedResume(String sourceName, XdmNode view) {}
