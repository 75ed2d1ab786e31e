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
import io.resume.model.Repeats;
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
    static final ObjectWriter JSON =
        new ObjectMapper()
            .writer(
                new DefaultPrettyPrinter()
                    .withSeparators(
                        Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }

  private final ResumeReader reader;

  public JsonResume(ResumeReader reader) {
    this.reader = reader;
  }

  /** True for the files this class reads: names ending in {@code .json}. */
  public static boolean isJson(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * A JSON Resume as the canonical résumé: the XML text, its validated tree, what was dropped, and
   * its language (the xml:lang given it, or null) with whether it was told from the text rather
   * than from meta.language (then the user should hear of it: a detector may be wrong).
   */
  public record Imported(
      String xml,
      XdmNode resume,
      List<Problem> warnings,
      LanguageTag language,
      boolean languageDetected) {}

  /** A canonical résumé as JSON Resume text, and what JSON Resume could not hold. */
  public record Exported(String json, List<String> warnings) {}

  /**
   * A JSON Resume as the canonical résumé, in the language meta.language gives, else the one its
   * text is in.
   */
  public Imported read(Path file) throws InvalidResumeException {
    return read(file, true, new ArrayList<>());
  }

  /** The same, its warnings added to {@code warnings} also when it is then refused (see below). */
  public Imported read(Path file, List<Problem> warnings) throws InvalidResumeException {
    return read(file, true, warnings);
  }

  /** The same, its language told from its text only when {@code detect} (see below). */
  public Imported read(Path file, boolean detect) throws InvalidResumeException {
    return read(file, detect, new ArrayList<>());
  }

  /**
   * Reads a JSON Resume. Its warnings are added to {@code warnings} (in the order of the file) also
   * when it is then refused, so that a user fixing the errors already knows the rest.
   *
   * @param detect whether to tell the résumé's language from its text when meta.language does not
   *     give it; false when the reader has chosen the language to render in (--lang), which then
   *     saves reading the detector's models
   */
  public Imported read(Path file, boolean detect, List<Problem> warnings)
      throws InvalidResumeException {
    String name = file.toString();
    List<Problem> found = new ArrayList<>();
    try {
      return imported(
          JsonResumeReader.read(file, found), name, file.toUri().toString(), detect, found);
    } finally {
      warnings.addAll(Conversion.inFileOrder(found));
    }
  }

  /**
   * A JSON Resume that is no file (a request's body), UTF-8, at most {@link
   * io.resume.model.InputLimits#MAX_BYTES}; {@code name} is what messages call it.
   */
  public Imported read(byte[] json, String name) throws InvalidResumeException {
    return read(json, name, true, new ArrayList<>());
  }

  /**
   * The same, its warnings added to {@code warnings} also when it is then refused, its language
   * told as {@code detect} says.
   */
  public Imported read(byte[] json, String name, boolean detect, List<Problem> warnings)
      throws InvalidResumeException {
    List<Problem> found = new ArrayList<>();
    try {
      return imported(
          JsonResumeReader.read(json, name, found), name, "urn:resume:request", detect, found);
    } finally {
      warnings.addAll(Conversion.inFileOrder(found));
    }
  }

  private Imported imported(
      JsonValue root, String name, String systemId, boolean detect, List<Problem> found)
      throws InvalidResumeException {
    JsonToResume.Result result = JsonToResume.convert(root, name);
    found.addAll(result.warnings());
    // The converted résumé's xml:lang is set here, and only here. A résumé refused anyway is not
    // read by the detector, but a bad meta.language is still told with the other warnings.
    JsonLanguage language = JsonLanguage.of(root, name, detect && result.problems().isEmpty());
    if (language.warning() != null) {
      found.add(language.warning());
    }
    if (!result.problems().isEmpty()) {
      throw new InvalidResumeException(result.problems());
    }
    if (language.tag() != null) {
      result.resume().setLang(language.tag().tag());
    }
    String xml = shownOnce(result, root, name, found);
    try {
      XdmNode resume =
          reader.read(
              new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, systemId);
      return new Imported(
          xml, resume, Conversion.inFileOrder(found), language.tag(), language.detected());
    } catch (InvalidResumeException e) {
      // The conversion mirrors the schema and the checks; should it miss a rule, the problem is
      // still told at the JSON's place (the entry it came from), never at a line of the XML.
      JsonPlaces places = places(xml, result, root);
      throw new InvalidResumeException(
          Conversion.inFileOrder(
              e.problems().stream()
                  .map(
                      p -> {
                        JsonValue at = places == null ? root : places.at(p.line());
                        return new Problem(
                            name,
                            at.line(),
                            at.column(),
                            (at.pointer().isEmpty() ? "" : at.pointer() + ": ") + p.message());
                      })
                  .toList()));
    }
  }

  /**
   * The résumé's XML with every entry shown once: an entry written twice (al-folio's sample
   * references differ only in an icon) and an entry with nothing to show are left out, kept
   * verbatim for export, each with a warning. The same test as the XML reader's (model.Repeats).
   */
  private String shownOnce(
      JsonToResume.Result result, JsonValue root, String name, List<Problem> warnings) {
    String xml = marshal(result.resume());
    JsonPlaces places = places(xml, result, root);
    if (places == null) {
      return xml; // unreadable: the reader says why, below
    }
    List<Runnable> removals = new ArrayList<>();
    Conversion conversion = result.conversion();
    java.util.Map<XdmNode, XdmNode> repeats =
        new java.util.LinkedHashMap<>(Repeats.in(places.document()));
    for (XdmNode section : places.sections()) {
      for (XdmNode entry : JsonPlaces.elements(section)) {
        if (entry.getStringValue().isBlank()) {
          repeats.put(entry, null);
        }
      }
    }
    repeats.forEach(
        (entry, first) -> {
          int[] at = places.indices(entry);
          JsonValue item = places.entry(entry);
          if (item == null) {
            return;
          }
          Conversion.Placed section = conversion.sections().get(at[0]);
          Object value = section.entries().get(at[1]);
          JsonValue earlier = first == null ? null : places.entry(first);
          conversion.keep(item);
          warnings.add(
              new Problem(
                  name,
                  item.line(),
                  item.column(),
                  item.pointer()
                      + ": not shown: "
                      + (earlier == null
                          ? "nothing in it can be shown"
                          : "it repeats " + earlier.pointer() + " (line " + earlier.line() + ")")));
          removals.add(() -> section.entries().remove(value));
        });
    if (removals.isEmpty()) {
      return xml;
    }
    removals.forEach(Runnable::run);
    for (Conversion.Placed section : conversion.sections()) {
      if (section.entries().isEmpty()) {
        result.resume().getSummaryOrWorkOrVolunteer().remove(section.element());
      }
    }
    result.resume().setExtensions(JsonToResume.extensions(conversion));
    return marshal(result.resume());
  }

  /**
   * Where the XML's entries came from; null when the XML cannot be read (the reader then says why).
   */
  private JsonPlaces places(String xml, JsonToResume.Result result, JsonValue root) {
    try {
      var builder = reader.processor().newDocumentBuilder();
      builder.setLineNumbering(true);
      XdmNode document =
          builder.build(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
      return new JsonPlaces(document, result.conversion(), root, result.basics());
    } catch (net.sf.saxon.s9api.SaxonApiException e) {
      return null;
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
   * The résumé as XML, indented by Saxon's serializer rather than JAXB's: JAXB indents inside rich
   * text too, where the indentation becomes a space that was not there ("**a**`b`").
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
      // Saxon-HE indents by three spaces; resume.xml's style is two. Only a tag starts an indented
      // line.
      return INDENT.matcher(out.toString()).replaceAll(m -> " ".repeat(m.group(1).length() / 3 * 2))
          + "\n";
    } catch (JAXBException | SaxonApiException e) {
      throw new IllegalStateException("cannot write the résumé as XML", e);
    }
  }

  private static final Pattern INDENT = Pattern.compile("(?m)^((?:   )+)(?=<)");

  /** The elements whose content is rich text: nothing may be added inside them. */
  private static final String RICH_TEXT =
      java.util.stream.Stream.of("p", "item", "title", "description", "text", "thesis")
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
