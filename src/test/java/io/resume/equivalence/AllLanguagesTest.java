package io.resume.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.sf.saxon.s9api.QName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language of xsl/l10n, on the seed résumé and the JSON Resume sample, in every format: no
 * warning (no label missing, no glyph missing), every item of the prepared résumé in order in each
 * output, and each output says its language: the HTML's lang, the PDF's /Lang, the DOCX's w:lang.
 * One pipeline for all (rendering 37 languages × 2 résumés × 5 formats).
 */
class AllLanguagesTest {
  private static final Pipeline PIPELINE = SharedPipeline.bundled();
  private static final Path JSON_SAMPLE =
      Path.of("src/test/resources/io/resume/json/roundtrip/jsonresume-sample.json");
  private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
  private static final Pattern DOCX_LANG = Pattern.compile("<w:lang [^>]*>");

  static Stream<Arguments> languagesAndResumes() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("xsl/l10n"))) {
      for (String tag :
          files.map(f -> f.getFileName().toString().replace(".xml", "")).sorted().toList()) {
        cases.add(Arguments.of(tag, Path.of(Seed.FILE)));
        cases.add(Arguments.of(tag, JSON_SAMPLE));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("languagesAndResumes")
  void everyFormatInEveryLanguage(String tag, Path input) throws Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = PIPELINE.prepare(input, tag, warnings::add);
    assertEquals(tag, resume.view().children().iterator().next().getAttributeValue(XML_LANG));
    List<String> items = ReaderItems.textItems(resume.view());
    Set<String> links = ReaderItems.links(resume.view());
    for (Format format : Format.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PIPELINE.renderer(format).render(resume, out, warnings::add);
      byte[] bytes = out.toByteArray();
      String text = Extract.text(format, bytes, links);
      List<String> problems =
          format == Format.PDF && READ_IN_PIECES.contains(tag)
              ? missingWords(items, text)
              : InOrder.problems(items, text);
      assertEquals(List.of(), problems, format + " in " + tag);
      if (format == Format.HTML || format == Format.PDF || format == Format.DOCX) {
        // BCP 47 tags are case-insensitive; FOP writes the PDF's /Lang in capitals after the
        // language (zh-HANT).
        assertEquals(
            tag.toLowerCase(Locale.ROOT),
            declaredLanguage(format, bytes, tag).toLowerCase(Locale.ROOT),
            format + " says its language");
      }
    }
    assertEquals(List.of(), warnings, tag);
  }

  /**
   * PDFs whose text PDFBox reads in another order than it was written: a right-to-left résumé of
   * text mostly in Latin script, whose mixed lines it reads in pieces, swapped, with neutral
   * characters moved (FixtureEquivalenceTest accepts the swaps for résumés written right to left);
   * and Hindi, whose vowel signs FOP draws before their consonant (ि) as a reader sees them, and
   * PDFBox then reads in that order. Every word of every item must still be there, its letters in
   * any order.
   */
  private static final Set<String> READ_IN_PIECES = Set.of("ar", "he", "hi");

  private static List<String> missingWords(List<String> items, String text) {
    Set<String> words = new HashSet<>(words(text));
    List<String> missing = new ArrayList<>();
    for (String item : items) {
      for (String word : words(item)) {
        if (!words.contains(word)) {
          missing.add("missing: " + word + " (of " + item + ")");
        }
      }
    }
    return missing;
  }

  /** The words of a text, cut where the script changes, each with its characters sorted. */
  private static List<String> words(String text) {
    String cut =
        text.replaceAll("[\\u200E\\u200F]", "")
            .replaceAll(
                "(?<=[\\p{IsArabic}\\p{IsHebrew}])(?=[^\\p{IsArabic}\\p{IsHebrew}])|(?<=[^\\p{IsArabic}\\p{IsHebrew}])(?=[\\p{IsArabic}\\p{IsHebrew}])",
                " ");
    List<String> words = new ArrayList<>();
    for (String word : cut.split("[\\s\\p{P}]+")) {
      if (!word.isEmpty()) {
        words.add(
            word.codePoints()
                .sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
      }
    }
    return words;
  }

  /** The language an output declares (plain text and Markdown have no place for one). */
  private static String declaredLanguage(Format format, byte[] bytes, String tag)
      throws IOException {
    switch (format) {
      case HTML:
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8))
            .selectFirst("html")
            .attr("lang");
      case PDF:
        try (PDDocument document = Loader.loadPDF(bytes)) {
          return document.getDocumentCatalog().getLanguage();
        }
      case DOCX:
        // Word keeps a language per kind of script: w:val (Latin, Greek, Cyrillic…), w:eastAsia
        // (CJK), w:bidi (right to left and other complex scripts). The default run style's.
        Matcher lang = DOCX_LANG.matcher(part(bytes, "word/styles.xml"));
        assertTrue(lang.find(), "w:lang in the default run style");
        Matcher of = Pattern.compile("w:(val|eastAsia|bidi)=\"([^\"]+)\"").matcher(lang.group());
        List<String> declared = new ArrayList<>();
        while (of.find()) {
          declared.add(of.group(2));
        }
        return declared.stream()
            .filter(d -> d.equalsIgnoreCase(tag))
            .findFirst()
            .orElse(String.join(" ", declared));
      default:
        throw new IllegalArgumentException(format + " declares no language");
    }
  }

  private static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
