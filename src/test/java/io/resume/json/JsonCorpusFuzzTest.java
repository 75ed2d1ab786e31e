package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.resume.Pipeline;
import io.resume.cli.CliRun;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Resume corpus, mutated where real files go wrong: dates (words, slips, a time of day,
 * null), links (skype:, no scheme, javascript:), types (a number, a list, an object, true where a
 * text is due), nulls, and nesting. Every variant ends cleanly: what validate accepts renders in
 * every format, what it refuses it refuses in one line per problem at a place of the JSON, never
 * with a stack trace or a line of the converted XML; the command line says 0 or 1. Seeded, and
 * counted in cases, not seconds.
 */
class JsonCorpusFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_260_612L);

  /** Variants of each corpus file. */
  private static final int VARIANTS = Integer.getInteger("fuzz.variants", 5);

  /**
   * One accepted variant in this many is also rendered to PDF and DOCX (all are to HTML, TXT, MD).
   */
  private static final int PDF_ONE_IN = 4;

  /** One variant in this many also goes through the command line (validate and render). */
  private static final int CLI_ONE_IN = 10;

  private static final Path CORPUS = Path.of("src/test/resources/io/resume/json/corpus");
  private static final ObjectMapper LENIENT =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
              .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
              .build());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> DATES =
      List.of(
          "2021-13",
          "Summer 2019",
          "",
          "Present",
          "now",
          "2021",
          "2021-9-1",
          "2024-02-30",
          "-2021",
          "1-",
          "2021-03+05:00",
          "2018-05-20T10:00:00Z",
          "至今",
          "----",
          "0000",
          "2016 ~ 2020",
          "2030-01-01",
          "1899");
  private static final List<String> LINKS =
      List.of(
          "skype:someone?call",
          "www.example.com",
          "javascript:alert(1)",
          "https://",
          "mailto:",
          "",
          "https://x.example.com/<a>",
          "ftp://files.example.com",
          "/me.webp",
          "http://localhost",
          "https://example.com/a b",
          "tel:+1 555");
  private static final List<String> TEXTS =
      List.of(
          "",
          " ",
          "<script>alert(1)</script>",
          "]]>",
          "&e;",
          "**bold**",
          "- one\n- two",
          "line\nbreak",
          "\u202E",
          "x".repeat(10_001),
          "😀",
          "陈卓夫",
          "שלום",
          "مرحبا",
          "{1+1}",
          "%s%n");

  @TempDir Path dir;

  @Test
  void everyVariantRendersWhenValidAndIsRefusedCleanlyOtherwise() throws Exception {
    Pipeline pipeline = new Pipeline();
    Random random = new Random(SEED);
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    int cases = 0;
    int accepted = 0;
    int refused = 0;
    int inPdf = 0;
    for (Path file : files) {
      JsonNode original = LENIENT.readTree(file.toFile());
      for (int v = 0; v < VARIANTS; v++) {
        cases++;
        JsonNode variant = original.deepCopy();
        List<String> log = new ArrayList<>();
        for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
          mutate(variant, random, log);
        }
        Path input = dir.resolve(cases + "-" + file.getFileName());
        Files.writeString(
            input, LENIENT.writerWithDefaultPrettyPrinter().writeValueAsString(variant));
        String what = file.getFileName() + " variant " + v + " " + log + " (seed " + SEED + ")";
        try {
          pipeline.read(input, w -> assertOneLine(w, what));
        } catch (InvalidResumeException e) {
          refused++;
          for (Problem problem : e.problems()) {
            String line = problem.toString();
            assertOneLine(line, what);
            assertTrue(
                line.startsWith(input + ":"), () -> "names the file: " + line + " in " + what);
            assertTrue(
                problem.message().startsWith("/") || problem.line() == 1 && problem.column() == 1,
                () -> "at a JSON pointer (or the whole document): " + line + " in " + what);
            assertFalse(
                line.contains("converted") || line.contains("urn:resume"),
                () -> "not the XML's: " + line + " in " + what);
          }
          continue;
        } catch (RuntimeException e) {
          throw new AssertionError("reading crashed on " + what, e);
        }
        accepted++;
        boolean all = accepted % PDF_ONE_IN == 0;
        inPdf += all ? 1 : 0;
        try {
          PreparedResume resume = pipeline.prepare(input, null, w -> {});
          for (Format format : Format.values()) {
            if (all || format != Format.PDF && format != Format.DOCX) {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              pipeline.renderer(format).render(resume, out, w -> {});
              assertTrue(out.size() > 0, what);
            }
          }
        } catch (InvalidResumeException | RuntimeException | IOException e) {
          throw new AssertionError("validate accepted, render failed on " + what, e);
        }
        if (cases % CLI_ONE_IN == 0) {
          CliRun validate = CliRun.of("validate", input.toString());
          CliRun render =
              CliRun.of(
                  "render",
                  input.toString(),
                  "--out",
                  dir.resolve("out").toString(),
                  "--format",
                  "html,txt");
          for (CliRun run : List.of(validate, render)) {
            assertTrue(run.status() == 0 || run.status() == 1, () -> run.status() + " for " + what);
            assertFalse(
                run.err().contains("\tat ") || run.err().contains("Exception"),
                () -> run.err() + " for " + what);
          }
          assertEquals(
              validate.status(), render.status(), () -> "validate and render agree on " + what);
        }
      }
    }
    System.out.printf(
        "JSON corpus fuzz: %d variants, %d accepted and rendered (%d also to PDF and DOCX), %d refused%n",
        cases, accepted, inPdf, refused);
    // The variants must exercise both ends, or the check proves nothing.
    int total = cases;
    int yes = accepted;
    int no = refused;
    assertEquals(files.size() * VARIANTS, total);
    assertTrue(yes > total / 3 && no > 0, () -> yes + " accepted, " + no + " refused of " + total);
    int pdfs = inPdf;
    assertTrue(pdfs >= yes / PDF_ONE_IN, () -> pdfs + " in PDF");
  }

  private static void assertOneLine(String text, String what) {
    assertFalse(
        text.contains("\n") || text.contains("\tat ") || text.contains("Exception"),
        () -> text + " in " + what);
  }

  /** One mutation at a random place, chosen by what is there. */
  private static void mutate(JsonNode root, Random random, List<String> log) {
    List<Place> places = new ArrayList<>();
    collect(root, "", places);
    if (places.isEmpty()) {
      return;
    }
    Place place = places.get(random.nextInt(places.size()));
    String key = place.key() == null ? "" : place.key();
    JsonNode replacement;
    int kind = random.nextInt(6);
    if (key.endsWith("Date") || key.equals("date")) {
      replacement = random.nextInt(8) == 0 ? NODES.nullNode() : NODES.textNode(pick(DATES, random));
    } else if (key.equals("url")
        || key.equals("website")
        || key.equals("image")
        || key.equals("picture")) {
      replacement = NODES.textNode(pick(LINKS, random));
    } else if (key.equals("phone")) {
      replacement =
          NODES.textNode(
              pick(
                  List.of("Upon request", "+49 (0)30 1234567", "1-800-FLOWERS", "", "tel:", "x"),
                  random));
    } else if (kind == 0) {
      replacement =
          List.<JsonNode>of(
                  NODES.numberNode(42),
                  NODES.numberNode(4.0),
                  NODES.booleanNode(true),
                  NODES.nullNode())
              .get(random.nextInt(4));
    } else if (kind == 1) {
      ArrayNode list = NODES.arrayNode();
      list.add(place.value());
      replacement = list; // a list where one value is due
    } else if (kind == 2) {
      ObjectNode object = NODES.objectNode();
      object.set("text", place.value());
      replacement = object; // an object where a value is due
    } else if (kind == 3) {
      JsonNode nested = place.value();
      for (int depth = 0, d = 2 + random.nextInt(25); depth < d; depth++) {
        nested =
            random.nextBoolean()
                ? NODES.arrayNode().add(nested)
                : NODES.objectNode().set("x", nested);
      }
      replacement = nested;
    } else if (kind == 4) {
      replacement = NODES.textNode(pick(TEXTS, random));
    } else {
      replacement = null; // removed
    }
    log.add(
        place.pointer()
            + (replacement == null ? " removed" : " = " + abbreviate(replacement.toString())));
    if (place.parent() instanceof ObjectNode object) {
      if (replacement == null) {
        object.remove(place.key());
      } else {
        object.set(place.key(), replacement);
      }
    } else if (place.parent() instanceof ArrayNode array) {
      if (replacement == null) {
        array.remove(place.index());
      } else {
        array.set(place.index(), replacement);
      }
    }
  }

  private record Place(JsonNode parent, String key, int index, JsonNode value, String pointer) {}

  private static void collect(JsonNode node, String pointer, List<Place> into) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        String at = pointer + "/" + field.getKey();
        into.add(new Place(object, field.getKey(), -1, field.getValue(), at));
        collect(field.getValue(), at, into);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        into.add(new Place(array, null, i, array.get(i), pointer + "/" + i));
        collect(array.get(i), pointer + "/" + i, into);
      }
    }
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
