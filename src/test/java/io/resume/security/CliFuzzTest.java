package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.StylesheetCopies;
import io.resume.cli.CliRun;
import io.resume.model.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line ({@code Main.run} with writers, as a user runs it) on mutated inputs of every
 * kind: résumés as XML and JSON (in batches), theme files, copies of the stylesheet folder, and
 * PDFs for {@code extract}. Every run must end with exit status 0, 1 or 2, print no stack trace nor
 * Java class name, touch no file outside its {@code --out}, and let nothing from outside the
 * sandbox reach its output: a canary file outside (which the mutations point at in every way they
 * can) and the process's environment must appear in no output, printed or written.
 *
 * <p>Seeded ({@code -Dfuzz.seed=S}) and counted: a fixed number of runs of each kind ({@code
 * -Dfuzz.cli.batches}, {@code .themes}, {@code .stylesheets}, {@code .pdfs}), not a time budget. A
 * failure names the seed, the run and its mutations.
 */
class CliFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_203L);
  private static final int BATCHES = Integer.getInteger("fuzz.cli.batches", 2);
  private static final int BATCH_SIZE = Integer.getInteger("fuzz.cli.batch", 12);
  private static final int THEMES = Integer.getInteger("fuzz.cli.themes", 20);
  private static final int STYLESHEETS = Integer.getInteger("fuzz.cli.stylesheets", 8);
  private static final int PDFS = Integer.getInteger("fuzz.cli.pdfs", 40);
  private static final String CANARY = "CANARY-" + UUID.randomUUID();

  /** The environment a stylesheet must not see (long enough not to occur by chance). */
  private static final String ENVIRONMENT = System.getenv("PATH");

  @TempDir static Path root;
  private static Path outside;
  private static Path work;
  private static byte[] pdf;

  @BeforeAll
  static void setUp() throws IOException {
    outside = Files.createDirectories(root.resolve("outside"));
    work = Files.createDirectories(root.resolve("work"));
    Files.writeString(outside.resolve("canary.txt"), CANARY);
    Files.writeString(outside.resolve("canary.xml"), "<canary>" + CANARY + "</canary>");
    Files.writeString(outside.resolve("canary.json"), "\"" + CANARY + "\"");
    Files.writeString(
        outside.resolve("canary.xsl"),
        "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
            + "<xsl:template match=\"/\">"
            + CANARY
            + "</xsl:template></xsl:stylesheet>");
    Path base = Files.createDirectories(root.resolve("base"));
    CliRun render = CliRun.of("render", Seed.FILE, "--format", "pdf", "--out", base.toString());
    assertEquals(0, render.status(), render.err());
    pdf = Files.readAllBytes(base.resolve("resume.pdf"));
  }

  /**
   * The ways a mutation points outside: the canary's file, written plainly, escaped, relative to
   * the work folder.
   */
  private static List<String> canaryUris(String file) {
    String plain = outside.resolve(file).toUri().toString();
    String escaped = work.toUri() + "%2e%2e/outside/" + file;
    return List.of(plain, escaped, "../outside/" + file, outside.resolve(file).toString());
  }

  // ------------------------------------------------------------------------------------ résumés

  @Test
  void mutatedResumesInBatches() throws Exception {
    List<FuzzTest.Sample> samples = FuzzTest.samples();
    int valid = 0;
    int refused = 0;
    for (int batch = 0; batch < 2 * BATCHES; batch++) {
      Random random = random(31, batch);
      boolean json = batch % 2 == 1;
      Path folder = Files.createDirectories(work.resolve("batch-" + batch));
      Map<String, List<String>> mutations = new TreeMap<>();
      for (int i = 0; i < BATCH_SIZE; i++) {
        List<FuzzTest.Sample> kind =
            samples.stream().filter(s -> s.extension().equals(json ? ".json" : ".xml")).toList();
        FuzzTest.Sample sample = kind.get(random.nextInt(kind.size()));
        List<String> log = new ArrayList<>();
        byte[] bytes = sample.mutate(random, log);
        if (random.nextInt(3) == 0) {
          bytes =
              pointOutside(new String(bytes, StandardCharsets.UTF_8), json, random, log)
                  .getBytes(StandardCharsets.UTF_8);
        }
        String name = "case-" + i + sample.extension();
        Files.write(folder.resolve(name), bytes);
        mutations.put(name, log);
      }
      Path out = work.resolve("batch-" + batch + "-out");
      String formats = batch < 2 ? "html,txt,md,pdf" : "html,txt,md";
      String where = "seed " + SEED + ", batch " + batch + ": " + mutations;
      CliRun run =
          runChecked(
              where,
              out,
              "render",
              folder.toString(),
              "--out",
              out.toString(),
              "--format",
              formats,
              "--jobs",
              "2");
      assertTrue(
          run.status() == 0 || run.status() == 1,
          () -> "a batch ends 0 or 1, not " + run.status() + ": " + where);
      for (String line : run.err().lines().toList()) {
        assertTrue(
            line.startsWith(folder.toString()),
            () -> "each line names its input: " + line + "\n" + where);
      }
      long failed = run.out().lines().filter(line -> line.startsWith("failed: ")).count();
      refused += (int) failed;
      valid += BATCH_SIZE - (int) failed;
      deleteTree(folder);
      deleteTree(out);
    }
    System.out.printf(
        "cli fuzz: seed %d, %d résumés in %d batches, %d refused%n",
        SEED, valid + refused, 2 * BATCHES, refused);
    assertTrue(
        valid > 0 && refused > 0,
        "the mutations make valid and invalid résumés: "
            + valid
            + " valid, "
            + refused
            + " refused");
  }

  /**
   * A résumé that names the canary: a DOCTYPE entity, XInclude, a link, a photo, a JSON Resume
   * image.
   */
  private static String pointOutside(String text, boolean json, Random random, List<String> log) {
    String uri = canaryUris("canary.txt").get(random.nextInt(4));
    if (json) {
      int basics = text.indexOf("\"basics\"");
      int at = text.indexOf('{', Math.max(basics, 0));
      log.add("image and url = " + uri);
      return at < 0
          ? text
          : text.substring(0, at + 1)
              + "\"image\": \""
              + uri.replace("\\", "\\\\")
              + "\", "
              + "\"url\": \""
              + uri.replace("\\", "\\\\")
              + "\", "
              + text.substring(at + 1);
    }
    String escaped = uri.replace("&", "&amp;").replace("\"", "&quot;");
    return switch (random.nextInt(3)) {
      case 0 -> {
        log.add("DOCTYPE entity " + uri);
        int root = text.indexOf("<resume");
        yield root < 0
            ? text
            : text.substring(0, root)
                + "<!DOCTYPE resume [<!ENTITY c SYSTEM \""
                + escaped
                + "\">]>"
                + text.substring(root).replaceFirst("<name>", "<name>&c;");
      }
      case 1 -> {
        log.add("XInclude " + uri);
        yield text.replaceFirst(
            "<basics>",
            "<basics><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                + escaped
                + "\" parse=\"text\"/>");
      }
      default -> {
        log.add("link to " + uri);
        yield text.replaceFirst("</name>", "</name><url>" + escaped + "</url>");
      }
    };
  }

  // ------------------------------------------------------------------------------------ themes

  private static final List<String> THEME_VALUES =
      List.of(
          "red;}</style><script>alert(1)</script>",
          "Georgia, url(" + "%s" + ")",
          "-5",
          "0",
          "1e9",
          "10.5",
          "#zzzzzz",
          "#123456",
          "uppercase",
          "Liberation Serif",
          "\"Noto Sans\", sans-serif",
          "x".repeat(70_000),
          "%s",
          "a\u0085b",
          "\u202Eevil",
          "");

  @Test
  void mutatedThemes() throws Exception {
    String classic = Files.readString(Path.of("xsl/themes/classic.xml"));
    int accepted = 0;
    for (int n = 0; n < THEMES; n++) {
      Random random = random(37, n);
      List<String> log = new ArrayList<>();
      Path theme = work.resolve("theme-" + n + ".xml");
      String text = classic;
      if (n % 4 == 0) {
        // A theme that leaves a setting out is valid (the classic value stands in): the valid path
        // is fuzzed too.
        text = text.replaceFirst("<setting key=\"color.rule\">[^<]*</setting>", "");
        log.add("drop color.rule");
      } else {
        for (int m = 0; m <= random.nextInt(2); m++) {
          text = mutateTheme(text, random, log);
        }
      }
      if (n % 4 != 0 && random.nextInt(8) == 0) {
        log.add("a link to the canary");
        Files.createSymbolicLink(
            theme, outside.resolve(random.nextBoolean() ? "canary.xml" : "canary.txt"));
      } else if (n % 4 != 0 && random.nextInt(5) == 0) {
        Files.write(
            theme, FuzzTest.damageBytes(text.getBytes(StandardCharsets.UTF_8), random, log));
      } else {
        Files.writeString(theme, text);
      }
      Path out = work.resolve("theme-" + n + "-out");
      String where = "seed " + SEED + ", theme " + n + ": " + log;
      CliRun run =
          runChecked(
              where,
              out,
              "render",
              Seed.FILE,
              "--theme",
              theme.toString(),
              "--out",
              out.toString(),
              "--format",
              "html,txt");
      if (run.status() == 0) {
        accepted++;
        assertOnlyItsOwnScripts(out.resolve("resume.html"), where);
      } else {
        assertEquals(1, run.err().lines().count(), () -> "one line: " + run.err() + where);
      }
      Files.delete(theme);
      deleteTree(out);
    }
    System.out.printf("cli fuzz: seed %d, %d themes, %d accepted%n", SEED, THEMES, accepted);
    assertTrue(
        accepted > 0 && accepted < THEMES,
        "valid and invalid themes: " + accepted + " of " + THEMES);
  }

  private static String mutateTheme(String text, Random random, List<String> log) {
    Matcher settings = Pattern.compile("<setting key=\"([^\"]+)\">([^<]*)</setting>").matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    while (settings.find()) {
      spans.add(new int[] {settings.start(), settings.end(), settings.start(2), settings.end(2)});
      keys.add(settings.group(1));
    }
    int pick = random.nextInt(spans.size());
    int[] span = spans.get(pick);
    switch (random.nextInt(5)) {
      case 0, 1 -> {
        String value =
            THEME_VALUES
                .get(random.nextInt(THEME_VALUES.size()))
                .replace("%s", canaryUris("canary.txt").get(random.nextInt(4)));
        log.add(
            keys.get(pick) + " = " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        return text.substring(0, span[2])
            + value.replace("&", "&amp;").replace("<", "&lt;")
            + text.substring(span[3]);
      }
      case 2 -> {
        log.add("drop " + keys.get(pick));
        return text.substring(0, span[0]) + text.substring(span[1]);
      }
      case 3 -> {
        log.add("twice " + keys.get(pick));
        return text.substring(0, span[1])
            + text.substring(span[0], span[1])
            + text.substring(span[1]);
      }
      default -> {
        String other =
            List.of("color.acent", "font.family", "pdf.font.body", "css.font.body")
                .get(random.nextInt(4));
        log.add("rename " + keys.get(pick) + " as " + other);
        return text.substring(0, span[0])
            + text.substring(span[0], span[1])
                .replace("\"" + keys.get(pick) + "\"", "\"" + other + "\"")
            + text.substring(span[1]);
      }
    }
  }

  // ------------------------------------------------------------------------------- stylesheets

  /**
   * What a hostile copy of the stylesheets may add to a template: each a way out of the sandbox.
   */
  private static List<String> hostileInstructions() {
    List<String> reads = new ArrayList<>();
    for (String uri : canaryUris("canary.txt")) {
      reads.add("<xsl:value-of select=\"unparsed-text('" + uri + "')\"/>");
    }
    for (String uri : canaryUris("canary.xml")) {
      reads.add("<xsl:value-of select=\"doc('" + uri + "')\"/>");
    }
    reads.add("<xsl:value-of select=\"json-doc('" + canaryUris("canary.json").get(1) + "')\"/>");
    reads.add("<xsl:value-of select=\"unparsed-text('file:///proc/self/environ')\"/>");
    reads.add("<xsl:value-of select=\"environment-variable('PATH')\"/>");
    reads.add(
        "<xsl:value-of select=\"string-join(available-environment-variables() ! environment-variable(.), ' ')\"/>");
    reads.add("<xsl:value-of select=\"system-property('java.class.path')\"/>");
    reads.add("<xsl:value-of select=\"collection('" + outside.toUri() + "')\"/>");
    reads.add(
        "<xsl:result-document href=\""
            + outside.toUri()
            + "written.txt\" method=\"text\">x</xsl:result-document>");
    reads.add("<xsl:result-document href=\"written.txt\" method=\"text\">x</xsl:result-document>");
    reads.add(
        "<xsl:value-of select=\"transform(map{'stylesheet-location': '"
            + outside.toUri()
            + "canary.xsl'})?output\"/>");
    return reads;
  }

  @Test
  void mutatedStylesheetFolders() throws Exception {
    List<String> hostile = hostileInstructions();
    int[] statuses = new int[3];
    for (int n = 0; n < STYLESHEETS; n++) {
      Random random = random(41, n);
      Path xsl = StylesheetCopies.copyTo(work.resolve("xsl-" + n));
      List<Path> files;
      try (Stream<Path> all = Files.walk(xsl)) {
        files = all.filter(Files::isRegularFile).sorted().toList();
      }
      List<String> log = new ArrayList<>();
      for (int m = 0; m <= random.nextInt(2); m++) {
        Path file = files.get(random.nextInt(files.size()));
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        String name = xsl.relativize(file).toString();
        switch (random.nextInt(6)) {
          case 0, 1, 2 -> {
            String text = Files.readString(file);
            Matcher template = Pattern.compile("<xsl:template[^>]*>").matcher(text);
            List<Integer> ends = new ArrayList<>();
            while (template.find()) {
              ends.add(template.end());
            }
            if (!ends.isEmpty()) {
              int at = ends.get(random.nextInt(ends.size()));
              String instruction = hostile.get(random.nextInt(hostile.size()));
              log.add(name + " += " + instruction);
              Files.writeString(file, text.substring(0, at) + instruction + text.substring(at));
            }
          }
          case 3 -> {
            log.add("damage " + name);
            Files.write(file, FuzzTest.damageBytes(Files.readAllBytes(file), random, log));
          }
          case 4 -> {
            log.add(name + " → a link to the canary");
            Files.delete(file);
            Files.createSymbolicLink(
                file, outside.resolve(name.endsWith(".xsl") ? "canary.xsl" : "canary.xml"));
          }
          default -> {
            log.add("delete " + name);
            Files.delete(file);
          }
        }
      }
      Path out = work.resolve("xsl-" + n + "-out");
      String where = "seed " + SEED + ", stylesheets " + n + ": " + log;
      CliRun run =
          runChecked(
              where,
              out,
              "render",
              Seed.FILE,
              "--xsl",
              xsl.toString(),
              "--out",
              out.toString(),
              "--format",
              n % 3 == 0 ? "html,txt,pdf" : "html,txt");
      statuses[run.status()]++;
      assertFalse(Files.exists(outside.resolve("written.txt")), where);
      if (run.status() == 0 && Files.exists(out.resolve("resume.html"))) {
        assertOnlyItsOwnScripts(out.resolve("resume.html"), where);
      }
      deleteTree(xsl);
      deleteTree(out);
    }
    System.out.printf(
        "cli fuzz: seed %d, %d stylesheet folders, exit statuses 0/1/2: %s%n",
        SEED, STYLESHEETS, java.util.Arrays.toString(statuses));
    assertTrue(statuses[1] > 0, "some mutated stylesheets fail");
  }

  // ------------------------------------------------------------------------------------- extract

  @Test
  void mutatedPdfsForExtract() throws Exception {
    int extracted = 0;
    for (int n = 0; n < PDFS; n++) {
      Random random = random(43, n);
      List<String> log = new ArrayList<>();
      Path input = work.resolve("pdf-" + n + ".pdf");
      switch (random.nextInt(8)) {
        case 0 -> {
          log.add("an attachment that inflates to 64 MB");
          HostilePdfs.withAttachment(input, HostilePdfs.inflatingTo(64), true);
        }
        case 1 -> {
          log.add("a name tree that lists itself");
          HostilePdfs.selfReferencingNameTree(input);
        }
        case 2 -> {
          log.add("a name tree 500 deep");
          HostilePdfs.deepNameTree(input, 500);
        }
        default -> {
          byte[] bytes = pdf;
          for (int m = 0; m <= random.nextInt(3); m++) {
            bytes = FuzzTest.damageBytes(bytes, random, log);
          }
          Files.write(input, bytes);
        }
      }
      Path out = work.resolve("pdf-" + n + "-out");
      Path xml = out.resolve("resume.xml");
      String where = "seed " + SEED + ", pdf " + n + ": " + log;
      CliRun run = runChecked(where, out, "extract", input.toString(), "-o", xml.toString());
      assertTrue(run.status() == 0 || run.status() == 1, where);
      if (run.status() == 0) {
        extracted++;
        assertTrue(Files.size(xml) <= InputLimits.MAX_BYTES, where);
      } else {
        assertEquals(1, run.err().lines().count(), () -> "one line: " + run.err() + where);
        assertTrue(run.err().startsWith(input + ": "), () -> run.err() + where);
      }
      Files.delete(input);
      deleteTree(out);
    }
    System.out.printf("cli fuzz: seed %d, %d PDFs, %d extracted%n", SEED, PDFS, extracted);
    assertTrue(
        extracted > 0 && extracted < PDFS,
        "damage that extract survives, and damage it refuses: " + extracted);
  }

  // ------------------------------------------------------------------------------------- checks

  /** The checks can fail: each thing they look for, planted, is caught. */
  @Test
  void theChecksCatchWhatTheyLookFor() throws IOException {
    Path out = Files.createDirectories(work.resolve("harness-out"));
    Snapshot before = Snapshot.of(root, out);
    CliRun clean = new CliRun(0, "", "");
    check("clean", clean, out, before);
    assertThrows(
        AssertionError.class,
        () ->
            check(
                "trace",
                new CliRun(1, "", "java.lang.IllegalStateException: x\n\tat a.b(C.java:1)"),
                out,
                before));
    assertThrows(AssertionError.class, () -> check("status", new CliRun(3, "", ""), out, before));
    assertThrows(
        AssertionError.class,
        () -> check("canary printed", new CliRun(1, "", "x: " + CANARY), out, before));
    Files.writeString(out.resolve("leak.html"), "<p>" + CANARY + "</p>");
    assertThrows(AssertionError.class, () -> check("canary written", clean, out, before));
    Files.delete(out.resolve("leak.html"));
    Files.writeString(work.resolve("stray.txt"), "written outside --out");
    assertThrows(AssertionError.class, () -> check("file outside", clean, out, before));
    Files.delete(work.resolve("stray.txt"));
    check("clean again", clean, out, before);
  }

  /**
   * The random choices of run n of a kind: seeds mixed, since java.util.Random's first draws of
   * near seeds agree.
   */
  private static Random random(int kind, int n) {
    return new Random(new java.util.SplittableRandom(SEED * kind + n).nextLong());
  }

  /** Runs the command line and checks what every run must keep. */
  private static CliRun runChecked(String where, Path out, String... args) throws IOException {
    Snapshot before = Snapshot.of(root, out);
    CliRun run = CliRun.of(args);
    check(where + "\n" + String.join(" ", args), run, out, before);
    return run;
  }

  private static void check(String where, CliRun run, Path out, Snapshot before)
      throws IOException {
    assertTrue(
        run.status() >= 0 && run.status() <= 2,
        () -> "exit status " + run.status() + ": " + where + "\n" + run.err());
    for (String printed : List.of(run.err(), run.out())) {
      assertNothingFromOutside(printed, where);
      try {
        BadInputTest.assertCleanText(printed);
      } catch (AssertionError e) {
        throw new AssertionError("a stack trace or a class name: " + where + "\n" + printed, e);
      }
    }
    assertEquals(
        before, Snapshot.of(root, out), () -> "a file outside --out was touched: " + where);
    if (Files.isDirectory(out)) {
      try (Stream<Path> files = Files.walk(out)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertNothingFromOutside(text(file), where + "\nin " + file);
        }
      }
    }
  }

  private static void assertNothingFromOutside(String text, String where) {
    assertFalse(text.contains(CANARY), () -> "the canary outside the sandbox was read: " + where);
    assertFalse(
        ENVIRONMENT != null && ENVIRONMENT.length() > 10 && text.contains(ENVIRONMENT),
        () -> "the environment was read: " + where);
  }

  /** A file's text: a PDF's as a reader extracts it, anything else as bytes taken for Latin-1. */
  private static String text(Path file) throws IOException {
    if (file.toString().endsWith(".pdf")) {
      try (PDDocument document = Loader.loadPDF(file.toFile())) {
        return new PDFTextStripper().getText(document);
      }
    }
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  /** The page runs no script but its JSON-LD data, parsed as a browser parses it. */
  private static void assertOnlyItsOwnScripts(Path html, String where) throws IOException {
    var page = Jsoup.parse(Files.readString(html));
    for (Element script : page.select("script")) {
      assertEquals(
          "application/ld+json", script.attr("type"), () -> where + "\n" + script.outerHtml());
    }
    for (Element style : page.select("style")) {
      assertFalse(
          Pattern.compile("url\\s*\\(", Pattern.CASE_INSENSITIVE).matcher(style.data()).find(),
          () -> where + "\n" + style.data());
    }
  }

  /** Every file below a folder (but one), with its size, time and kind, links not followed. */
  private record Snapshot(Map<String, String> files) {
    static Snapshot of(Path folder, Path except) throws IOException {
      Map<String, String> files = new TreeMap<>();
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path file : all.filter(f -> !f.startsWith(except)).toList()) {
          BasicFileAttributes attributes =
              Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          files.put(
              folder.relativize(file).toString(),
              attributes.isDirectory()
                  ? "folder"
                  : attributes.size()
                      + " "
                      + attributes.lastModifiedTime()
                      + (attributes.isSymbolicLink() ? " link" : ""));
        }
      }
      Path here = Path.of("").toAbsolutePath();
      try (Stream<Path> top = Files.list(here)) {
        top.forEach(file -> files.put("./" + file.getFileName(), "present"));
      }
      return new Snapshot(files);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path file : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
