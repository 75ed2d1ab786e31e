package io.resume.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.resume.l10n.LanguageTag;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.model.ResumeReader;
import io.resume.model.source.Resume;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;

/**
 * JSON Resume (jsonresume.org, v1) in and out: {@link #read} turns a {@code .json} file into the
 * canonical résumé, validated by the same reader and schema as an XML one; {@link #write} turns a
 * canonical résumé back into JSON Resume. Thread-safe; build once.
 */
public final class JsonResume {
  /**
   * Jackson's writer, made on first export only: building it loads several hundred classes, which
   * every start-up would pay for (a static test such as {@link #isJson} initialises this class).
   */
  private static final class Writer {
    static final ObjectWriter JSON = new ObjectMapper().writer(
        new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }

  private final ResumeReader reader;

  public JsonResume(ResumeReader reader) {
    this.reader = reader;
  }

  /** True for the files this class reads: names ending in {@code .json}. */
  public static boolean isJson(Path file) {
    return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * A JSON Resume as the canonical résumé: the XML text, its validated tree, what was dropped, and
   * its language (the xml:lang given it, or null) with whether it was told from the text rather
   * than from meta.language (then the user should hear of it: a detector may be wrong).
   */
  public record Imported(String xml, XdmNode resume, List<Problem> warnings, LanguageTag language, boolean languageDetected) {}

  /** A canonical résumé as JSON Resume text, and what JSON Resume could not hold. */
  public record Exported(String json, List<String> warnings) {}

  /** A JSON Resume as the canonical résumé, in the language meta.language gives, else the one its text is in. */
  public Imported read(Path file) throws InvalidResumeException {
    return read(file, true);
  }

  /**
   * @param detect whether to tell the résumé's language from its text when meta.language does not
   *     give it; false when the reader has chosen the language to render in (--lang), which then
   *     saves reading the detector's models
   */
  public Imported read(Path file, boolean detect) throws InvalidResumeException {
    return imported(JsonResumeReader.read(file), file.toString(), file.toUri().toString(), detect);
  }

  /**
   * A JSON Resume that is no file (a request's body), UTF-8, at most {@link
   * io.resume.model.InputLimits#MAX_BYTES}; {@code name} is what messages call it.
   */
  public Imported read(byte[] json, String name) throws InvalidResumeException {
    return imported(JsonResumeReader.read(json, name), name, "urn:resume:request", true);
  }

  private Imported imported(JsonValue root, String name, String systemId, boolean detect) throws InvalidResumeException {
    JsonToResume.Result result = JsonToResume.convert(root, name);
    // The converted résumé's xml:lang is set here, and only here.
    JsonLanguage language = JsonLanguage.of(root, name, detect);
    if (language.tag() != null) {
      result.resume().setLang(language.tag().tag());
    }
    List<Problem> warnings = new ArrayList<>(result.warnings());
    if (language.warning() != null) {
      warnings.add(language.warning());
    }
    String xml = marshal(result.resume());
    try {
      XdmNode resume = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, systemId);
      return new Imported(xml, resume, List.copyOf(warnings), language.tag(), language.detected());
    } catch (InvalidResumeException e) {
      // The checks above mirror the schema; reaching here means they missed a rule.
      throw new InvalidResumeException(e.problems().stream()
          .map(p -> new Problem(name, 0, 0, "converted résumé breaks resume.xsd (line " + p.line() + " of the XML): "
              + p.message()))
          .toList());
    }
  }

  public static Exported write(XdmNode resume) {
    ResumeToJson.Result result = ResumeToJson.convert(resume);
    return new Exported(json(result.json()), result.warnings());
  }

  /** Pretty JSON: two spaces, one member or item per line, "key": value. */
  public static String json(JsonNode node) {
    try {
      return Writer.JSON.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * The résumé as XML, indented by Saxon's serializer rather than JAXB's: JAXB indents inside
   * rich text too, where the indentation becomes a space that was not there ("**a**`b`").
   */
  static String marshal(Resume resume) {
    try {
      Marshaller marshaller = SourceModel.CONTEXT.createMarshaller();
      StringWriter out = new StringWriter();
      Serializer serializer = SourceModel.PROCESSOR.newSerializer(out);
      serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
      serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
      serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
      serializer.setOutputProperty(Serializer.Property.SAXON_SUPPRESS_INDENTATION, RICH_TEXT);
      marshaller.marshal(resume, serializer.getContentHandler());
      // Saxon-HE indents by three spaces; resume.xml's style is two. Only a tag starts an indented line.
      return INDENT.matcher(out.toString()).replaceAll(m -> " ".repeat(m.group(1).length() / 3 * 2)) + "\n";
    } catch (JAXBException | SaxonApiException e) {
      throw new IllegalStateException("cannot write the résumé as XML", e);
    }
  }

  private static final Pattern INDENT = Pattern.compile("(?m)^((?:   )+)(?=<)");

  /** The elements whose content is rich text: nothing may be added inside them. */
  private static final String RICH_TEXT = java.util.stream.Stream.of("p", "item", "title", "description", "text")
      .map(name -> "{" + ResumeToJson.NS + "}" + name)
      .collect(java.util.stream.Collectors.joining(" "));

  /** One JAXB context for the source model: costly to build, thread-safe to share. */
  private static final class SourceModel {
    static final JAXBContext CONTEXT = create();
    /** For its serializer only. */
    static final Processor PROCESSOR = new Processor(false);

    private static JAXBContext create() {
      try {
        return JAXBContext.newInstance(Resume.class);
      } catch (JAXBException e) {
        throw new IllegalStateException("cannot build the JAXB context of resume.xsd", e);
      }
    }
  }
}
