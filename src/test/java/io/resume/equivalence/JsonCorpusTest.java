package io.resume.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of JSON Resumes (src/test/resources/io/resume/json/corpus: invented people, each
 * reproducing what real resume.json files do, see docs/json-resume.md) renders in every format, and
 * each format shows every text of every standard member and links every web link of the JSON,
 * computed from the JSON itself ({@link JsonExpectations}).
 */
class JsonCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/io/resume/json/corpus");
  private static final Pipeline PIPELINE = SharedPipeline.bundled();

  static List<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  static Stream<Arguments> filesAndFormats() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Path file : corpus()) {
      for (Format format : Format.values()) {
        cases.add(Arguments.of(file.getFileName().toString(), format));
      }
    }
    return cases.stream();
  }

  @Test
  void theCorpusHoldsAtLeastTwentyFiveResumes() throws IOException {
    int files = corpus().size();
    assertTrue(files >= 25, () -> files + " files");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("filesAndFormats")
  void everyTextAndLinkOfTheJsonIsInTheOutput(String name, Format format) throws Exception {
    Path file = CORPUS.resolve(name);
    PreparedResume resume = PIPELINE.prepare(file, null, w -> {});
    byte[] output = render(resume, format);
    assertTrue(output.length > 0);
    JsonExpectations expected = JsonExpectations.of(file);
    assertEquals(List.of(), missing(expected, format, output));
  }

  /** What the check finds missing: "pointer: piece", and "link: href". */
  static List<String> missing(JsonExpectations expected, Format format, byte[] output)
      throws IOException {
    Set<String> links = Extract.links(format, output);
    String text = Extract.text(format, output, links);
    List<String> missing = new ArrayList<>();
    String found = ReaderItems.normalize(text);
    for (JsonExpectations.Member member : expected.texts()) {
      if (format == Format.PDF && isRightToLeft(member)) {
        for (String word : words(member)) {
          if (!found.contains(ReaderItems.normalize(word))) {
            missing.add(member.pointer() + ": missing: " + word);
          }
        }
        continue;
      }
      for (String problem : InOrder.problems(member.pieces(), text)) {
        missing.add(member.pointer() + ": " + problem);
      }
    }
    for (String link : expected.links()) {
      if (!links.contains(link)) {
        missing.add("link: " + link);
      }
    }
    return missing;
  }

  /**
   * PDF text extraction reads a right-to-left line from its left edge, so a sentence's final
   * period, or a Latin run inside it, comes out elsewhere in the line (see FixtureEquivalenceTest):
   * there, each word of a right-to-left text must be found, in any order.
   */
  private static boolean isRightToLeft(JsonExpectations.Member member) {
    return member.pieces().stream()
        .anyMatch(piece -> piece.matches("(?s).*[\\p{IsArabic}\\p{IsHebrew}].*"));
  }

  private static List<String> words(JsonExpectations.Member member) {
    List<String> words = new ArrayList<>();
    for (String piece : member.pieces()) {
      for (String word : piece.split("\\s+")) {
        String bare = word.replaceAll("^\\p{P}+|\\p{P}+$", "");
        if (!bare.isEmpty()) {
          words.add(bare);
        }
      }
    }
    return words;
  }

  /** A member left out of the résumé must be caught: its paragraph is removed before rendering. */
  @Test
  void aDroppedMemberIsCaught() throws Exception {
    Path file = CORPUS.resolve("dash-lists-references.json");
    PreparedResume broken =
        mutate(
            PIPELINE.prepare(file, null, w -> {}),
            "Supported a 350-person engineering organization.",
            "");
    JsonExpectations expected = JsonExpectations.of(file);
    for (Format format : List.of(Format.PDF, Format.HTML, Format.DOCX)) {
      List<String> missing = missing(expected, format, render(broken, format));
      assertEquals(
          List.of("/work/1/summary: missing: Supported a 350-person engineering organization."),
          missing,
          format::toString);
    }
  }

  /** A link lost on the way must be caught in every format. */
  @Test
  void aLostLinkIsCaught() throws Exception {
    Path file = CORPUS.resolve("dash-lists-references.json");
    PreparedResume broken =
        mutate(
            PIPELINE.prepare(file, null, w -> {}),
            " href=\"https://legalmeadow.example.com\"",
            " href=\"https://elsewhere.example.com\"");
    JsonExpectations expected = JsonExpectations.of(file);
    for (Format format : List.of(Format.PDF, Format.HTML, Format.DOCX)) {
      List<String> missing = missing(expected, format, render(broken, format));
      assertEquals(List.of("link: https://legalmeadow.example.com"), missing, format::toString);
    }
  }

  /** The expectations come from the JSON: an old name's value counts as much as a new one's. */
  @Test
  void expectationsCoverEitherSchemaGeneration() throws Exception {
    JsonExpectations old = JsonExpectations.of(CORPUS.resolve("gen0-company-website.json"));
    assertTrue(
        old.texts().stream()
            .anyMatch(
                t ->
                    t.pointer().equals("/work/0/company")
                        && t.pieces().equals(List.of("Lanternfish Finance"))),
        old.texts()::toString);
    assertTrue(
        old.texts().stream().anyMatch(t -> t.pointer().equals("/education/0/gpa")),
        old.texts()::toString);
    assertTrue(old.links().contains("https://lanternfish.example.com/"), old.links()::toString);
    JsonExpectations bio = JsonExpectations.of(CORPUS.resolve("bio-draft-generation.json"));
    assertTrue(
        bio.texts().stream().anyMatch(t -> t.pointer().equals("/basics/name")),
        bio.texts()::toString);
    assertFalse(
        JsonExpectations.pieces("Mise en place d'un **middleware** (`Node.js`)")
            .contains("**middleware**"));
  }

  private static byte[] render(PreparedResume resume, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PIPELINE.renderer(format).render(resume, out, w -> {});
    return out.toByteArray();
  }

  private static PreparedResume mutate(PreparedResume resume, String from, String to)
      throws Exception {
    String view = resume.view().toString();
    assertTrue(view.contains(from), () -> "the mutation must apply: " + from);
    XdmNode broken =
        resume
            .view()
            .getProcessor()
            .newDocumentBuilder()
            .build(new StreamSource(new StringReader(view.replace(from, to))));
    return new PreparedResume("mutated", broken);
  }
}
