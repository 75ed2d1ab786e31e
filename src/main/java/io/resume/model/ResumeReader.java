package io.resume.model;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a canonical résumé safely and validates it against {@code resume.xsd} in one pass. No DTD,
 * no external entity, no network: a DOCTYPE is an error. Thread-safe; build once.
 */
public final class ResumeReader {
  private static final String SCHEMA = "/io/resume/schema/resume.xsd";

  private final Processor processor;
  private final Schema schema;
  private final SAXParserFactory parsers;
  private final ResumeChecks checks;

  public ResumeReader(Processor processor) {
    this.processor = processor;
    this.schema = loadSchema(SCHEMA);
    this.parsers = secureParserFactory();
    this.checks = new ResumeChecks(processor);
  }

  /**
   * Parses and validates the file; every problem found is reported, not only the first. A folder,
   * an unreadable file or one over {@link InputLimits#MAX_BYTES} is refused before parsing.
   */
  /** The processor this reader builds its trees with. */
  public Processor processor() {
    return processor;
  }

  public XdmNode read(Path file) throws InvalidResumeException {
    String name = file.toString();
    try (InputStream in = InputLimits.open(file)) {
      return read(in, name, file.toUri().toString());
    } catch (IOException e) {
      throw new InvalidResumeException(InputLimits.cannotRead(name, e));
    }
  }

  public XdmNode read(InputStream in, String name, String systemId) throws InvalidResumeException {
    ProblemCollector problems = new ProblemCollector(name);
    try {
      DocumentBuilder builder = processor.newDocumentBuilder();
      builder.setBaseURI(java.net.URI.create(systemId));
      builder.setLineNumbering(true);
      BuildingContentHandler tree = builder.newBuildingContentHandler();
      ValidatorHandler validator = schema.newValidatorHandler();
      validator.setErrorHandler(problems);
      validator.setContentHandler(tree);
      NestingLimit nesting = new NestingLimit(problems);
      nesting.setParent(newReader());
      TextLengthLimit reader = new TextLengthLimit(problems);
      reader.setParent(nesting);
      reader.setErrorHandler(problems);
      reader.setContentHandler(validator);
      InputSource source = new InputSource(in);
      source.setSystemId(systemId);
      reader.parse(source);
      if (!problems.problems().isEmpty()) {
        throw new InvalidResumeException(problems.problems());
      }
      XdmNode resume = tree.getDocumentNode();
      List<Problem> mistakes = checks.check(resume, name);
      if (!mistakes.isEmpty()) {
        throw new InvalidResumeException(mistakes);
      }
      return resume;
    } catch (SAXParseException e) {
      // Already recorded by the collector: a fatal error stops parsing.
      throw new InvalidResumeException(
          problems.problems().isEmpty() ? List.of(problems.toProblem(e)) : problems.problems());
    } catch (SAXException | SaxonApiException | ParserConfigurationException e) {
      throw new InvalidResumeException(
          new Problem(name, 0, 0, "unreadable XML: " + e.getMessage()));
    } catch (CharConversionException e) {
      // The JDK parser reports most encoding errors with their place; a few escape as this.
      throw new InvalidResumeException(
          new Problem(name, 0, 0, ParserMessages.explain(e.getMessage())));
    } catch (IOException e) {
      throw new InvalidResumeException(InputLimits.cannotRead(name, e));
    }
  }

  private XMLReader newReader() throws ParserConfigurationException, SAXException {
    synchronized (parsers) { // a JAXP factory is not promised to be thread-safe
      return parsers.newSAXParser().getXMLReader();
    }
  }

  private static SAXParserFactory secureParserFactory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
  }

  static Schema loadSchema(String resource) {
    URL url = ResumeReader.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("missing schema " + resource);
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // The schemas import each other from the jar or the classes folder, never from the network.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(url);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load schema " + resource + ": " + e.getMessage(), e);
    }
  }
}
