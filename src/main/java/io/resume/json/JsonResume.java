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
    String name = file.toString();
    JsonValue root = JsonResumeReader.read(file);
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
      XdmNode resume = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name,
          file.toUri().toString());
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

  static String marshal(Resume resume) {
    try {
      Marshaller marshaller = SourceModel.CONTEXT.createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
      marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      marshaller.setProperty("org.glassfish.jaxb.indentString", "  ");
      StringWriter out = new StringWriter();
      marshaller.marshal(resume, out);
      return out.toString();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot write the résumé as XML", e);
    }
  }

  /** One JAXB context for the source model: costly to build, thread-safe to share. */
  private static final class SourceModel {
    static final JAXBContext CONTEXT = create();

    private static JAXBContext create() {
      try {
        return JAXBContext.newInstance(Resume.class);
      } catch (JAXBException e) {
        throw new IllegalStateException("cannot build the JAXB context of resume.xsd", e);
      }
    }
  }
}
