package io.resume.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/** The XML parts of a DOCX, read straight from the zip and queried with XPath (prefix w). */
final class DocxParts {
  private static final Processor PROCESSOR = new Processor(false);

  private final byte[] docx;

  DocxParts(byte[] docx) {
    this.docx = docx;
  }

  byte[] bytes() {
    return docx;
  }

  /** The part's text, e.g. "word/document.xml"; fails when there is none. */
  String xml(String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }

  /**
   * A copy whose part has the text {@code from} replaced by {@code to} (the broken cases of tests).
   */
  DocxParts replacing(String part, String from, String to) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx));
        java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(out)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] bytes = zip.readAllBytes();
        if (entry.getName().equals(part)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          if (!xml.contains(from)) {
            throw new AssertionError(part + " has no " + from);
          }
          bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        copy.putNextEntry(new ZipEntry(entry.getName()));
        copy.write(bytes);
        copy.closeEntry();
      }
    }
    return new DocxParts(out.toByteArray());
  }

  /** The string values of what the expression selects in the part. */
  List<String> strings(String part, String xpath) throws IOException {
    try {
      XdmNode node =
          PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(xml(part))));
      XPathCompiler compiler = PROCESSOR.newXPathCompiler();
      compiler.declareNamespace(
          "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
      compiler.declareNamespace(
          "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
      compiler.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
      compiler.declareNamespace("dcterms", "http://purl.org/dc/terms/");
      compiler.declareNamespace(
          "ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
      List<String> values = new ArrayList<>();
      for (XdmItem item : compiler.evaluate(xpath, node)) {
        values.add(item.getStringValue());
      }
      return values;
    } catch (SaxonApiException e) {
      throw new AssertionError(xpath + ": " + e.getMessage(), e);
    }
  }

  String string(String part, String xpath) throws IOException {
    List<String> values = strings(part, xpath);
    if (values.size() != 1) {
      throw new AssertionError(xpath + " selects " + values);
    }
    return values.get(0);
  }
}
