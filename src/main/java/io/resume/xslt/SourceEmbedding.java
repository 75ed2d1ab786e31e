package io.resume.xslt;

import io.resume.model.InvalidResumeException;
import io.resume.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The bytes a PDF attaches of its source, decided here once for every format and command ({@link
 * EmbedSource}): none; the version's résumé as written (the file's own bytes when the version is
 * the whole file); or, by default, the same without comments and processing instructions, which are
 * notes to oneself (a salary expectation) rather than the résumé. Items the version leaves out are
 * never in it, so no output holds a private item unless asked to.
 */
public final class SourceEmbedding {
  /** Copies a document without its comments and processing instructions. */
  private static final String WITHOUT_NOTES =
      "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
          + "<xsl:mode on-no-match='shallow-copy'/><xsl:template match='comment() | processing-instruction()'/></xsl:stylesheet>";

  /** The résumé's bytes as written (a file's own, a request's body), made only when needed. */
  @FunctionalInterface
  public interface Written {
    byte[] bytes() throws InvalidResumeException;
  }

  private final Processor processor;
  private final Preparer preparer;
  private final Sandbox sandbox;
  private XsltExecutable withoutNotes; // made on first use: most résumés have no comments

  public SourceEmbedding(Processor processor, Preparer preparer, Sandbox sandbox) {
    this.processor = processor;
    this.preparer = preparer;
    this.sandbox = sandbox;
  }

  /**
   * @param file the résumé's file, whose folder its stylesheets may read; null when it is no file
   * @param written its bytes as written, or null when it was converted (JSON Resume): the converted
   *     XML is then what is written
   * @return the bytes to attach, or null for none
   */
  public byte[] bytes(
      Path file, Written written, XdmNode source, Variant variant, EmbedSource embed)
      throws InvalidResumeException {
    if (embed == EmbedSource.NONE) {
      return null;
    }
    // f:select-version gives the résumé itself when the version leaves nothing out.
    XdmNode version = sandbox.during(file, () -> preparer.selectVersion(source, variant));
    if (embed == EmbedSource.CLEAN && hasNotes(version)) {
      return serialize(withoutNotes(version));
    }
    if (!version.equals(source)) {
      return serialize(version);
    }
    return written == null ? serialize(source) : written.bytes();
  }

  private static boolean hasNotes(XdmNode document) {
    return document
        .select(
            Steps.descendant()
                .where(
                    node ->
                        node.getNodeKind() == XdmNodeKind.COMMENT
                            || node.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION))
        .findAny()
        .isPresent();
  }

  /** The document without its comments and processing instructions. */
  private XdmNode withoutNotes(XdmNode document) {
    Xslt30Transformer transformer = withoutNotes().load30();
    XdmDestination result = new XdmDestination();
    try {
      transformer.applyTemplates(document, result);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot leave the notes out of the embedded résumé", e);
    }
    return result.getXdmNode();
  }

  private synchronized XsltExecutable withoutNotes() {
    if (withoutNotes == null) {
      try {
        withoutNotes =
            processor.newXsltCompiler().compile(new StreamSource(new StringReader(WITHOUT_NOTES)));
      } catch (SaxonApiException e) {
        throw new IllegalStateException("cannot compile the notes filter", e);
      }
    }
    return withoutNotes;
  }

  private byte[] serialize(XdmNode source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Serializer serializer = processor.newSerializer(bytes);
    serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
    try {
      serializer.serializeNode(source);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot serialise the embedded résumé", e);
    }
    return bytes.toByteArray();
  }
}
