package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.model.InvalidResumeException;
import io.resume.model.Problem;
import io.resume.render.Format;
import io.resume.render.OutputFiles;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Thousands of mutated variants of the sample résumés (XML and JSON Resume): elements moved,
 * duplicated, renamed or dropped, attributes dropped or made hostile, text truncated or replaced,
 * bytes flipped, files cut short. Each must end in success or in a clean {@link
 * InvalidResumeException} (one line per problem, naming the file), never another exception, a hang
 * or a partial file. Seeded: a failure prints the seed and the case, and {@code -Dfuzz.seed=S
 * -Dfuzz.case=N} replays it alone. HTML for every valid variant, all five formats for a sample of
 * them. A fixed number of variants ({@code -Dfuzz.cases=N}): the work is counted, not timed. {@link
 * CliFuzzTest} runs the command line on mutated inputs of every kind.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_127L);
  private static final int CASES = Integer.getInteger("fuzz.cases", 240);
  private static final int ONLY = Integer.getInteger("fuzz.case", -1);

  /** Not a time limit: how long a case may run before the run is called a hang. */
  private static final Duration HANG = Duration.ofMinutes(2);

  /** One variant in this many is rendered to all five formats (when valid), not only HTML. */
  private static final int ALL_FORMATS_ONE_IN = 20;

  static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "<script>alert(1)</script>",
          "]]>",
          "&e;",
          "${user.home}",
          "{1+1}",
          "%s%n",
          "javascript:alert(1)",
          "data:text/html,x",
          "file:///etc/passwd",
          "https://",
          "mailto:",
          "2021-13",
          "2021-02-30",
          "0000",
          "99999",
          "-2021",
          "x".repeat(12_000),
          "\u0001",
          "\uFFFE",
          "\u202E",
          "\u0085",
          "\u009B[31m",
          "e\u0301",
          "😀",
          "陈卓夫",
          "\t\n",
          "a".repeat(300));

  @TempDir Path dir;

  @Test
  void mutatedResumesEndCleanly() throws Exception {
    Pipeline pipeline = new Pipeline();
    List<Sample> samples = samples();
    // The pipeline is shared by as many threads as there are cores: concurrent renders exercised on
    // top.
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "fuzz");
              thread.setDaemon(true); // a hung case must not keep the test JVM alive
              return thread;
            });
    Map<Integer, Long> running = new ConcurrentHashMap<>();
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger sampled = new AtomicInteger();
    List<Future<Boolean>> futures = new ArrayList<>();
    int first = ONLY >= 0 ? ONLY : 0;
    int last = ONLY >= 0 ? ONLY + 1 : CASES;
    for (int n = first; n < last; n++) {
      int number = n;
      futures.add(
          pool.submit(
              () -> {
                running.put(number, System.nanoTime());
                try {
                  runCase(pipeline, samples, number, valid, sampled);
                } finally {
                  running.remove(number);
                }
                return true;
              }));
    }
    pool.shutdown();
    int ran = 0;
    try {
      for (Future<Boolean> future : futures) {
        ran += future.get(HANG.toNanos(), TimeUnit.NANOSECONDS) ? 1 : 0;
      }
    } catch (TimeoutException e) {
      throw new AssertionError("hang: seed " + SEED + ", cases still running: " + running.keySet());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof AssertionError failure
          ? failure
          : new AssertionError(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "fuzz: seed %d, %d variants (%d threads), %d valid, %d in all five formats%n",
        SEED, ran, threads, valid.get(), sampled.get());
    assertEquals(last - first, ran, "every variant ran");
    assertTrue(
        ONLY >= 0 || valid.get() > 0 && valid.get() < ran,
        "the mutations should make both valid and invalid variants: " + valid + " of " + ran);
  }

  private void runCase(
      Pipeline pipeline, List<Sample> samples, int n, AtomicInteger valid, AtomicInteger sampled)
      throws Exception {
    Random random = new Random(SEED * 1_000_003L + n);
    Sample sample = samples.get(random.nextInt(samples.size()));
    List<String> mutations = new ArrayList<>();
    byte[] bytes = sample.mutate(random, mutations);
    Path input = Files.write(dir.resolve("case-" + n + sample.extension()), bytes);
    Path out = Files.createDirectories(dir.resolve("out-" + n));
    boolean allFormats = random.nextInt(ALL_FORMATS_ONE_IN) == 0;
    String where =
        "seed "
            + SEED
            + ", case "
            + n
            + " (rerun alone with -Dfuzz.seed="
            + SEED
            + " -Dfuzz.case="
            + n
            + "), "
            + sample.name()
            + " with "
            + mutations
            + ":\n"
            + preview(bytes);
    Outcome outcome = run(pipeline, input, out, allFormats);
    outcome.check(input, out, where);
    if (outcome.problems().isEmpty()) {
      valid.incrementAndGet();
      sampled.addAndGet(allFormats ? 1 : 0);
    }
    Files.delete(input);
    Files.delete(out);
  }

  /** The harness itself can fail: a variant that throws anything else is reported. */
  @Test
  void anUncleanEndIsCaught() {
    Outcome thrown = new Outcome(List.of(), List.of(), new IllegalStateException("boom"));
    AssertionError error =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class, () -> thrown.check(dir.resolve("x.xml"), dir, "here"));
    assertTrue(
        error.getMessage().contains("boom") && error.getMessage().contains("here"),
        error.getMessage());
    Outcome twoLines =
        new Outcome(List.of(new Problem("x.xml", 1, 1, "bad\nworse")), List.of(), null);
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class, () -> twoLines.check(dir.resolve("x.xml"), dir, "here"));
  }

  /** What became of one variant: its problems (if refused), the outputs written, or a fault. */
  private record Outcome(List<Problem> problems, List<Path> outputs, Throwable fault) {

    void check(Path input, Path out, String where) throws IOException {
      if (fault != null) {
        throw new AssertionError("not a clean end: " + fault + "\n" + where, fault);
      }
      for (Problem problem : problems) {
        String line = problem.toString();
        assertTrue(line.startsWith(input + ":"), () -> "names the file: " + line + "\n" + where);
        assertTrue(line.lines().count() == 1, () -> "one line: " + line + "\n" + where);
        BadInputTest.assertCleanText(line);
      }
      try (Stream<Path> files = Files.list(out)) {
        List<Path> left = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        assertEquals(List.of(), left, () -> "partial files left: " + where);
      }
      String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      try (Stream<Path> files = Files.list(out)) {
        List<Path> written =
            files.filter(f -> f.getFileName().toString().startsWith(base + ".")).toList();
        if (!problems.isEmpty()) {
          assertEquals(List.of(), written, () -> "a refused input wrote outputs: " + where);
        }
        for (Path file : written) {
          assertTrue(Files.size(file) > 0, () -> "empty output " + file + ": " + where);
          Files.delete(file);
        }
      }
    }
  }

  private static Outcome run(Pipeline pipeline, Path input, Path out, boolean allFormats) {
    List<Path> outputs = new ArrayList<>();
    try {
      PreparedResume resume = pipeline.prepare(input, null, message -> {});
      for (Format format : allFormats ? List.of(Format.values()) : List.of(Format.HTML)) {
        String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path target = out.resolve(base + "." + format.extension());
        OutputFiles.write(
            target,
            o -> pipeline.render(resume, format, RenderOptions.defaults(), o, message -> {}));
        outputs.add(target);
      }
      return new Outcome(List.of(), outputs, null);
    } catch (InvalidResumeException e) {
      return new Outcome(e.problems(), outputs, e.problems().isEmpty() ? e : null);
    } catch (Exception | StackOverflowError e) {
      return new Outcome(List.of(), outputs, e);
    }
  }

  private static String preview(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
  }

  // ------------------------------------------------------------------------------ samples

  static List<Sample> samples() throws Exception {
    List<Sample> samples = new ArrayList<>();
    samples.add(new XmlSample("resume.xml", Files.readAllBytes(Seed.PATH)));
    Path json = Path.of("src/test/resources/io/resume/json");
    for (Path file :
        List.of(
            json.resolve("roundtrip/jsonresume-sample.json"),
            json.resolve("roundtrip/unicode.json"),
            json.resolve("roundtrip/minimal.json"),
            json.resolve("extras.json"))) {
      samples.add(new JsonSample(file.getFileName().toString(), Files.readAllBytes(file)));
    }
    return samples;
  }

  interface Sample {
    String name();

    String extension();

    /** Structural mutations most of the time, then sometimes byte-level damage on top. */
    default byte[] mutate(Random random, List<String> log) throws Exception {
      byte[] bytes = mutateStructure(random, log);
      if (random.nextInt(4) == 0) {
        bytes = damageBytes(bytes, random, log);
      }
      return bytes;
    }

    byte[] mutateStructure(Random random, List<String> log) throws Exception;
  }

  static byte[] damageBytes(byte[] bytes, Random random, List<String> log) {
    byte[] copy = bytes.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
          int at = random.nextInt(copy.length);
          copy[at] ^= (byte) (1 << random.nextInt(8));
          log.add("flip byte " + at);
        }
      }
      case 1 -> {
        int length = random.nextInt(copy.length);
        log.add("truncate at " + length);
        return java.util.Arrays.copyOf(copy, length);
      }
      case 2 -> {
        int at = random.nextInt(copy.length);
        byte[] junk =
            List.of("<", "&", "]]>", "\u0000", "&#1;", "<!DOCTYPE x>", "\"", "}", "\\u", "\uFEFF")
                .get(random.nextInt(10))
                .getBytes(StandardCharsets.UTF_8);
        log.add("insert " + junk.length + " bytes at " + at);
        byte[] longer = new byte[copy.length + junk.length];
        System.arraycopy(copy, 0, longer, 0, at);
        System.arraycopy(junk, 0, longer, at, junk.length);
        System.arraycopy(copy, at, longer, at + junk.length, copy.length - at);
        return longer;
      }
      default -> {
        int at = random.nextInt(copy.length);
        int length = Math.min(copy.length - at, 1 + random.nextInt(40));
        log.add("delete " + length + " bytes at " + at);
        byte[] shorter = new byte[copy.length - length];
        System.arraycopy(copy, 0, shorter, 0, at);
        System.arraycopy(copy, at + length, shorter, at, copy.length - at - length);
        return shorter;
      }
    }
    return copy;
  }

  /** The canonical résumé, mutated as a DOM tree and written back. */
  record XmlSample(String name, byte[] original) implements Sample {
    @Override
    public String extension() {
      return ".xml";
    }

    @Override
    public byte[] mutateStructure(Random random, List<String> log) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(original));
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        mutateOnce(document, random, log);
      }
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    }

    private static void mutateOnce(Document document, Random random, List<String> log) {
      List<Element> elements = elements(document);
      Element target = elements.get(1 + random.nextInt(elements.size() - 1)); // never the root
      Node parent = target.getParentNode();
      switch (random.nextInt(9)) {
        case 0 -> {
          Element host = elements.get(random.nextInt(elements.size()));
          if (!isAncestorOrSelf(target, host)) {
            parent.removeChild(target);
            NodeList children = host.getChildNodes();
            Node before =
                children.getLength() == 0
                    ? null
                    : children.item(random.nextInt(children.getLength()));
            host.insertBefore(target, before);
            log.add("move <" + target.getLocalName() + "> into <" + host.getLocalName() + ">");
          }
        }
        case 1 -> {
          parent.insertBefore(
              target.cloneNode(true), random.nextBoolean() ? target : target.getNextSibling());
          log.add("duplicate <" + target.getLocalName() + ">");
        }
        case 2 -> {
          parent.removeChild(target);
          log.add("drop <" + target.getLocalName() + ">");
        }
        case 3 -> {
          Element withAttributes =
              elements.stream()
                  .filter(Element::hasAttributes)
                  .skip(random.nextInt(3))
                  .findFirst()
                  .orElse(target);
          NamedNodeMap attributes = withAttributes.getAttributes();
          if (attributes.getLength() > 0) {
            Node attribute = attributes.item(random.nextInt(attributes.getLength()));
            if (!"xmlns".equals(attribute.getNodeName())) {
              withAttributes.removeAttributeNode((org.w3c.dom.Attr) attribute);
              log.add(
                  "drop @"
                      + attribute.getNodeName()
                      + " of <"
                      + withAttributes.getLocalName()
                      + ">");
            }
          }
        }
        case 4 -> {
          Node text = firstText(target);
          if (text != null) {
            String value = text.getNodeValue();
            text.setNodeValue(value.substring(0, random.nextInt(value.length() + 1)));
            log.add("truncate the text of <" + target.getLocalName() + ">");
          }
        }
        case 5 -> {
          String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
          Node text = firstText(target);
          if (text != null) {
            text.setNodeValue(value);
          } else {
            target.appendChild(document.createTextNode(value));
          }
          log.add("text of <" + target.getLocalName() + "> = " + describe(value));
        }
        case 6 -> {
          String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
          String attribute =
              List.of("href", "title", "label", "self", "equal", "xml:lang").get(random.nextInt(6));
          if (attribute.equals("xml:lang")) {
            target.setAttributeNS("http://www.w3.org/XML/1998/namespace", attribute, value);
          } else {
            target.setAttribute(attribute, value);
          }
          log.add("@" + attribute + " of <" + target.getLocalName() + "> = " + describe(value));
        }
        case 7 -> {
          Element other = elements.get(random.nextInt(elements.size()));
          document.renameNode(target, other.getNamespaceURI(), other.getLocalName());
          log.add("rename <" + target.getLocalName() + "> as <" + other.getLocalName() + ">");
        }
        default -> {
          Node sibling = target.getNextSibling();
          while (sibling != null && sibling.getNodeType() != Node.ELEMENT_NODE) {
            sibling = sibling.getNextSibling();
          }
          if (sibling != null) {
            parent.insertBefore(sibling, target);
            log.add(
                "swap <"
                    + target.getLocalName()
                    + "> with the next <"
                    + sibling.getLocalName()
                    + ">");
          }
        }
      }
    }

    private static List<Element> elements(Document document) {
      List<Element> elements = new ArrayList<>();
      NodeList all = document.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        elements.add((Element) all.item(i));
      }
      return elements;
    }

    private static boolean isAncestorOrSelf(Node node, Node of) {
      for (Node n = of; n != null; n = n.getParentNode()) {
        if (n == node) {
          return true;
        }
      }
      return false;
    }

    private static Node firstText(Element element) {
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
          return child;
        }
      }
      return null;
    }
  }

  /** A JSON Resume, mutated as a Jackson tree and written back. */
  record JsonSample(String name, byte[] original) implements Sample {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String extension() {
      return ".json";
    }

    @Override
    public byte[] mutateStructure(Random random, List<String> log) throws Exception {
      JsonNode root = MAPPER.readTree(original);
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        mutateOnce(root, random, log);
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static void mutateOnce(JsonNode root, Random random, List<String> log) {
      List<ContainerNode<?>> containers = new ArrayList<>();
      collect(root, containers);
      ContainerNode<?> container = containers.get(random.nextInt(containers.size()));
      if (container.size() == 0) {
        return;
      }
      int index = random.nextInt(container.size());
      String key = container instanceof ObjectNode object ? fieldName(object, index) : null;
      JsonNode value = key != null ? container.get(key) : container.get(index);
      JsonNode replacement;
      switch (random.nextInt(6)) {
        case 0 -> {
          remove(container, key, index);
          log.add("drop " + (key != null ? key : "[" + index + "]"));
          return;
        }
        case 1 -> {
          if (container instanceof ArrayNode array) {
            array.insert(index, value.deepCopy());
            log.add("duplicate [" + index + "]");
          } else {
            ((ObjectNode) container).set(key + "Copy", value.deepCopy());
            log.add("copy " + key);
          }
          return;
        }
        case 2 -> {
          ContainerNode<?> host = containers.get(random.nextInt(containers.size()));
          if (host == container || contains(value, host)) {
            return;
          }
          remove(container, key, index);
          if (host instanceof ArrayNode array) {
            array.add(value);
          } else {
            ((ObjectNode) host).set(key != null ? key : "moved", value);
          }
          log.add("move " + (key != null ? key : "[" + index + "]"));
          return;
        }
        case 3 -> {
          JsonNodeFactory nodes = JsonNodeFactory.instance;
          replacement =
              List.<JsonNode>of(
                      nodes.numberNode(42),
                      nodes.booleanNode(true),
                      nodes.nullNode(),
                      nodes.arrayNode(),
                      nodes.objectNode(),
                      nodes.textNode("x"))
                  .get(random.nextInt(6));
          log.add((key != null ? key : "[" + index + "]") + " = " + replacement);
        }
        case 4 -> {
          if (!value.isTextual()) {
            return;
          }
          String text = value.asText();
          replacement =
              JsonNodeFactory.instance.textNode(
                  text.substring(0, random.nextInt(text.length() + 1)));
          log.add("truncate " + (key != null ? key : "[" + index + "]"));
        }
        default -> {
          String text = HOSTILE.get(random.nextInt(HOSTILE.size()));
          replacement = JsonNodeFactory.instance.textNode(text);
          log.add((key != null ? key : "[" + index + "]") + " = " + describe(text));
        }
      }
      if (container instanceof ArrayNode array) {
        array.set(index, replacement);
      } else {
        ((ObjectNode) container).set(key, replacement);
      }
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
      if (node instanceof ContainerNode<?> container) {
        into.add(container);
        node.elements().forEachRemaining(child -> collect(child, into));
      }
    }

    private static boolean contains(JsonNode node, JsonNode target) {
      if (node == target) {
        return true;
      }
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        if (contains(children.next(), target)) {
          return true;
        }
      }
      return false;
    }

    private static String fieldName(ObjectNode object, int index) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      for (int i = 0; i < index; i++) {
        fields.next();
      }
      return fields.next().getKey();
    }

    private static void remove(ContainerNode<?> container, String key, int index) {
      if (container instanceof ArrayNode array) {
        array.remove(index);
      } else {
        ((ObjectNode) container).remove(key);
      }
    }
  }

  private static String describe(String value) {
    String shown =
        value.length() > 20 ? value.substring(0, 20) + "… (" + value.length() + " chars)" : value;
    StringBuilder escaped = new StringBuilder("\"");
    shown
        .codePoints()
        .forEach(
            c ->
                escaped.append(
                    c < 0x20
                            || c == 0x202E
                            || c == 0xFFFE
                            || Character.getType(c) == Character.SURROGATE
                        ? String.format("\\u%04X", c)
                        : Character.toString(c)));
    return escaped.append('"').toString();
  }
}
