package io.resume.xslt;

import io.resume.l10n.IcuFunctions;
import io.resume.model.TextLanguage;
import io.resume.model.Warnings;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;

/**
 * The stylesheets of {@code xsl/}, compiled once and shared. They come from the jar unless the user
 * points at an editable copy of the folder. Their processor knows the CLDR functions ({@link
 * IcuFunctions}), the rule of links ({@link LinkRefusal}) and the language of a text ({@link
 * TextLanguage}). Thread-safe.
 */
public final class Stylesheets {
  private final Processor processor;
  private final String base;
  private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

  /** How many stylesheets were compiled: the work a test counts (a prebuild does it ahead). */
  private final AtomicInteger compilations = new AtomicInteger();

  private Stylesheets(Processor processor, String base) {
    this.processor = processor;
    this.base = base;
    // The stylesheets take each language's ways of writing dates and lists from CLDR (icu:*).
    IcuFunctions.register(processor);
    // The prepare step links only what a résumé may link to (links:refusal).
    processor.registerExtensionFunction(new LinkRefusal());
    // The filter tells a text's language by the reader's rule (language:of).
    TextLanguage.register(processor);
  }

  /** The stylesheets packed in the jar (or the classes folder, when run from the build). */
  public static Stylesheets bundled(Processor processor) {
    URL marker = Stylesheets.class.getResource("/xsl/common/prepare.xsl");
    if (marker == null) {
      throw new IllegalStateException(
          "the stylesheets are missing from the class path (xsl/common/prepare.xsl)");
    }
    String uri = marker.toString();
    return new Stylesheets(
        processor, uri.substring(0, uri.length() - "common/prepare.xsl".length()));
  }

  /** A user's copy of the {@code xsl/} folder. */
  public static Stylesheets in(Processor processor, Path folder) {
    if (!Files.isRegularFile(folder.resolve("common/prepare.xsl"))) {
      throw new IllegalArgumentException(
          folder + " is not a stylesheet folder: it has no common/prepare.xsl");
    }
    return new Stylesheets(processor, folder.toAbsolutePath().normalize().toUri().toString());
  }

  public Processor processor() {
    return processor;
  }

  /** The compiled stylesheet at a path relative to the folder, such as {@code html/html.xsl}. */
  public XsltExecutable get(String path) {
    return compiled.computeIfAbsent(path, Compiled::new).get();
  }

  /**
   * One stylesheet, compiled on first use. Not {@code computeIfAbsent(path, this::compile)}: the
   * map would hold its lock for the whole compilation, so that two threads compiling two
   * stylesheets (the FO and the HTML ones at start-up) could wait for each other.
   */
  private final class Compiled {
    private final String path;
    private XsltExecutable executable;

    Compiled(String path) {
      this.path = path;
    }

    synchronized XsltExecutable get() {
      if (executable == null) {
        executable = compile(path);
        compilations.incrementAndGet();
      }
      return executable;
    }
  }

  /** How many stylesheets have been compiled so far. */
  public int compilations() {
    return compilations.get();
  }

  /** The folder's URI, ending in "/". */
  public String base() {
    return base;
  }

  /**
   * A fresh transformer of a stylesheet of the folder, whose messages and warnings go to {@code
   * warnings}. Errors are not printed: they come back as the transformation's exception.
   */
  public Xslt30Transformer load(String path, Warnings warnings) {
    Xslt30Transformer transformer = transformer(path);
    transformer.setMessageHandler(new MessageWarnings(warnings));
    transformer.setErrorReporter(
        error -> {
          if (error.isWarning()) {
            warnings.warn(error.getMessage());
          }
        });
    return transformer;
  }

  /**
   * A fresh transformer of a stylesheet of the folder that writes nothing but its own output: an
   * {@code xsl:result-document} with a URI fails (Saxon would otherwise write any file it names).
   */
  public Xslt30Transformer transformer(String path) {
    Xslt30Transformer transformer = get(path).load30();
    transformer
        .getUnderlyingController()
        .setResultDocumentResolver(
            (context, href, base, properties) -> {
              throw new XPathException(
                  "refused to write " + href + ": stylesheets write only the output they render",
                  "FODC0002");
            });
    return transformer;
  }

  /** Where a file of the folder is, as a URI string. */
  public String uri(String path) {
    return base + path;
  }

  private XsltExecutable compile(String path) {
    XsltCompiler compiler = processor.newXsltCompiler();
    String uri = uri(path);
    // Errors are told in the exception, in one line, not printed by Saxon on the console.
    List<XmlProcessingError> errors = new ArrayList<>();
    compiler.setErrorReporter(
        error -> {
          if (!error.isWarning()) {
            errors.add(error);
          }
        });
    try {
      return compiler.compile(new StreamSource(uri));
    } catch (SaxonApiException e) {
      String reason =
          errors.isEmpty()
              ? e.getMessage()
              : placed(errors.get(0))
                  + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "");
      throw new StylesheetException(
          "cannot compile " + describe(uri) + ": " + reason.strip().replaceAll("\\s+", " "), e);
    }
  }

  /** "module.xsl:12:5: what is wrong", the place in the module where the error is. */
  private static String placed(XmlProcessingError error) {
    Location location = error.getLocation();
    String module =
        location == null || location.getSystemId() == null ? "" : describe(location.getSystemId());
    String place =
        module.isEmpty()
            ? ""
            : module
                + (location.getLineNumber() > 0
                    ? ":" + location.getLineNumber() + ":" + Math.max(location.getColumnNumber(), 1)
                    : "")
                + ": ";
    return place + error.getMessage();
  }

  private static String describe(String uri) {
    try {
      return uri.startsWith("file:") ? Path.of(new java.net.URI(uri)).toString() : uri;
    } catch (URISyntaxException e) {
      return uri;
    }
  }
}
