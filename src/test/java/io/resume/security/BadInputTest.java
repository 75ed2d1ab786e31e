package io.resume.security;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.cli.CliRun;
import io.resume.cli.Main;
import io.resume.model.InputLimits;
import io.resume.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input, through the command line as a user runs it: exit status 1, exactly one
 * line per problem that names the file (and the line and column when there is one), no stack trace
 * nor Java class name, nothing written to the output folder. No clock: a flood is shown refused
 * unread by the memory it allocates (counted), not by how long it took.
 */
class BadInputTest {
  private static final String RESUME_START = "<resume xmlns=\"urn:resume:1\"><basics><name>";
  private static final String RESUME_END = "</name></basics></resume>";

  @TempDir Path dir;

  /**
   * name of the file, its bytes, and for each problem expected (in order) the place ("line:column";
   * "" for none; "*" for any) and a fragment of its message.
   */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("png.xml", png(), "1:1", "not UTF-8 text"),
        bad("truncated.xml", truncatedResume(), "*", "ends before the résumé does"),
        bad(
            "wrong-root.xml",
            "<cv xmlns=\"urn:resume:1\"><name>A</name></cv>",
            "1:26",
            "root element must be <resume"),
        bad(
            "no-namespace.xml",
            "<resume><basics><name>A</name></basics></resume>",
            "1:9",
            "root element must be <resume"),
        bad(
            "schema.xml",
            """
            <resume xmlns="urn:resume:1">
              <basics><name>A</name><email>nope</email><colour>red</colour></basics>
            </resume>
            """,
            "2:44",
            "'nope' is not an email address",
            "2:52",
            "<colour>"),
        bad(
            "dates.xml",
            """
            <resume xmlns="urn:resume:1">
              <basics><name>A</name></basics>
              <work><position><organization>O</organization><start>2021-13</start></position>
                <position><organization>P</organization><start>2021-02-30</start></position>
                <position><organization>Q</organization><start>2020-5-1</start></position></work>
            </resume>
            """,
            "3:71",
            "'2021-13' is not a date",
            "4:70",
            "'2021-02-30' is not a date",
            "5:68",
            "'2020-5-1' is not a date"),
        bad(
            "end-before-start.xml",
            """
            <resume xmlns="urn:resume:1">
              <basics><name>A</name></basics>
              <work><position><organization>R</organization><start>2022-05</start><end>2020</end></position></work>
            </resume>
            """,
            "3:76",
            "end date 2020 is before the start date 2022-05"),
        // A JSON Resume with a list for a name, a number for an email, one object for a list, or a
        // date in words is read as meant now, with warnings: see json/tolerated/types.016.json.
        bad("empty.xml", "", "1:1", "the file ends before the résumé does"),
        bad("empty.json", "", "1:1", "the file is empty"),
        bad("blank.xml", "\n  \n", "3:1", "the file ends before the résumé does"),
        bad("text.xml", "Jane Doe, engineer\n", "1:1", "this is not XML"),
        bad("binary.xml", randomBytes(4096, 7), "1:1", "not UTF-8 text"),
        bad("binary.json", randomBytes(4096, 8), "", "is not UTF-8 text"),
        bad(
            "invalid-utf8.xml",
            bytes(RESUME_START + "Caf", new byte[] {(byte) 0xC3, '<'}, RESUME_END),
            "1:47",
            "not UTF-8 text"),
        bad(
            "latin1.xml",
            (RESUME_START + "Zoë" + RESUME_END)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            "1:46",
            "not UTF-8 text"),
        bad(
            "doctype.xml",
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <resume xmlns="urn:resume:1"><basics><name>&lol3;</name></basics></resume>
            """,
            "2:10",
            "DOCTYPE declarations are not allowed"),
        bad(
            "nested.xml",
            nested(50_000),
            "1:" + (73 + 4 * (InputLimits.MAX_DEPTH - 2)),
            "nested " + (InputLimits.MAX_DEPTH + 1) + " elements deep"),
        bad(
            "nested.json",
            "{\"basics\": {\"name\": \"A\"}, \"meta\": "
                + "[".repeat(100_000)
                + "]".repeat(100_000)
                + "}",
            "",
            "too deeply nested"),
        bad(
            "bidi-override.xml",
            """
            <resume xmlns="urn:resume:1">
              <basics><name>Eve</name><label>cod\u202Egnp.exe</label></basics>
            </resume>
            """,
            "2:34",
            "U+202E is an invisible bidirectional control character"),
        bad(
            "missing-comma.json",
            "{\"basics\": {\"name\": \"A\" \"email\": \"a@b.c\"}}",
            "1:25",
            "malformed JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void aBadInputFailsWithOneLinePerProblem(String name, byte[] bytes, List<String> expected)
      throws IOException {
    Path input = Files.write(dir.resolve(name), bytes);
    assertRefused(input, expected);
  }

  /**
   * A control character (not tab, newline nor carriage return) is refused raw and as a reference.
   */
  @ParameterizedTest(name = "U+{0}")
  @MethodSource("controlCharacters")
  void controlCharactersAreRefused(String hex) throws IOException {
    int code = Integer.parseInt(hex, 16);
    String raw = RESUME_START + "A" + (char) code + "B" + RESUME_END;
    int column = RESUME_START.length() + 2;
    assertRefused(
        Files.writeString(dir.resolve("raw-" + hex + ".xml"), raw),
        List.of("1:" + column, "U+" + hex + " (a control character) is not allowed"));
    String reference = RESUME_START + "A&#x" + hex + ";B" + RESUME_END;
    int afterReference = column + ("&#x" + hex + ";").length(); // the parser points after it
    assertRefused(
        Files.writeString(dir.resolve("reference-" + hex + ".xml"), reference),
        List.of(
            "1:" + afterReference,
            "&#x" + hex + "; stands for a character XML 1.0 does not allow"));
  }

  static Stream<String> controlCharacters() {
    return Stream.of("0000", "0001", "0008", "000B", "000C", "001B", "001F");
  }

  /** Tab and newline are the control characters XML allows; they are white space in a name. */
  @Test
  void tabAndNewlineAreAllowed() throws IOException {
    Path input =
        Files.writeString(dir.resolve("tab.xml"), RESUME_START + "Jane\tQ.\nDoe" + RESUME_END);
    CliRun run = render(input);
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(Files.readString(dir.resolve("out/tab.txt")).startsWith("Jane Q. Doe"));
  }

  @Test
  void aMissingFile() {
    assertRefused(dir.resolve("nowhere.xml"), List.of("", "cannot read the file: no such file"));
  }

  @Test
  void aFolderGivenToValidate() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.xml"));
    CliRun run = CliRun.of("validate", folder.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals(
        folder + ": cannot read the file: it is a folder, not a résumé file", run.err().strip());
  }

  /**
   * A file the user may not read. Root reads any file whatever its mode (and CI runs as root), so
   * the refusal the file system gives is made here as the exception it throws.
   */
  @Test
  void anUnreadableFile() {
    Problem problem =
        InputLimits.cannotRead("locked.xml", new java.nio.file.AccessDeniedException("locked.xml"));
    assertEquals("locked.xml: cannot read the file: permission denied", problem.toString());
  }

  /** A UTF-16 file with a byte order mark is a valid XML file like any other. */
  @Test
  void utf16WithAByteOrderMarkWorks() throws IOException {
    Path input = dir.resolve("utf16.xml");
    // Java's UTF_16 encoder writes a big-endian BOM.
    Files.write(
        input,
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                + RESUME_START
                + "Zoë Ñandú 陈"
                + RESUME_END)
            .getBytes(UTF_16));
    assertEquals((byte) 0xFE, Files.readAllBytes(input)[0]);
    CliRun run = render(input);
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(Files.readString(dir.resolve("out/utf16.txt")).startsWith("Zoë Ñandú 陈"));
  }

  /**
   * 50 MB is refused before it is read, in well under the bound, allocating far less than the
   * file's size: a résumé with one 50 MB text node, and 50 MB of random bytes, as XML and JSON.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeInputs")
  void aHugeFileIsRefusedBeforeReading(String name, boolean random) throws IOException {
    Path input = dir.resolve(name);
    long size = 50L << 20;
    try (OutputStream out = Files.newOutputStream(input)) {
      if (random) {
        writeRandom(out, size);
      } else {
        boolean json = name.endsWith(".json");
        out.write((json ? "{\"basics\": {\"name\": \"" : RESUME_START).getBytes(UTF_8));
        byte[] block = "Lorem ipsum dolor sit amet. ".repeat(1024).getBytes(UTF_8);
        for (long written = 0; written < size; written += block.length) {
          out.write(block);
        }
        out.write((json ? "\"}}" : RESUME_END).getBytes(UTF_8));
      }
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    // In this thread, so that its allocations are the ones counted.
    assertRefused(
        input,
        List.of("", "larger than the 512 KB a résumé may be"),
        java.util.function.Supplier::get);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(
        allocated < size / 2, () -> "allocated " + (allocated >> 20) + " MB: the file was read");
  }

  static Stream<Arguments> hugeInputs() {
    return Stream.of(
        Arguments.of("huge-text.xml", false),
        Arguments.of("huge-text.json", false),
        Arguments.of("huge-random.xml", true),
        Arguments.of("huge-random.json", true));
  }

  /** Just under the size limit is still read: the limit refuses floods, not long résumés. */
  @Test
  void aLargeButAllowedResumeIsRead() throws IOException {
    String bullet = "<item>" + "Shipped things that mattered. ".repeat(30) + "</item>\n";
    StringBuilder xml =
        new StringBuilder("<resume xmlns=\"urn:resume:1\"><basics><name>A</name></basics><work>");
    for (int i = 0; xml.length() < InputLimits.MAX_BYTES - 2000; i++) {
      xml.append("<position><organization>Org ")
          .append(i)
          .append("</organization><highlights>")
          .append(bullet.replace("things", "things " + i))
          .append("</highlights></position>\n");
    }
    Path input = Files.writeString(dir.resolve("long.xml"), xml.append("</work></resume>"));
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(Main.OK, run.status(), run.err());
  }

  /** One paragraph the size of a book would take FOP minutes and gigabytes: refused at once. */
  @Test
  void aHugeParagraphIsRefused() throws IOException {
    String words = "word ".repeat(InputLimits.MAX_TEXT / 5 + 1);
    Path input =
        Files.writeString(
            dir.resolve("paragraph.xml"),
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name>"
                + "</basics>\n<summary><p><em>Long</em> "
                + words
                + "</p></summary></resume>");
    assertRefused(input, List.of("2:13", "<p> holds 10,010 characters, more than the 10,000"));
    Path allowed =
        Files.writeString(
            dir.resolve("paragraph-ok.xml"),
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name>"
                + "</basics>\n<summary><p>"
                + words.substring(20)
                + "</p></summary></resume>");
    assertEquals(Main.OK, CliRun.of("validate", allowed.toString()).status());
  }

  /** The limit is one nesting level above what is allowed; a real résumé's depth passes. */
  @Test
  void nestingUpToTheLimitIsAllowed() throws IOException {
    Path input = Files.write(dir.resolve("deep.xml"), nested(InputLimits.MAX_DEPTH - 5));
    CliRun run = render(input);
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(Files.readString(dir.resolve("out/deep.txt")).contains("deep"));
  }

  // ---------------------------------------------------------------------------------------------

  /** Renders; expects status 1 and exactly the expected lines; nothing written. */
  private void assertRefused(Path input, List<String> expected) {
    assertRefused(input, expected, java.util.function.Supplier::get);
  }

  private void assertRefused(
      Path input,
      List<String> expected,
      java.util.function.Function<java.util.function.Supplier<CliRun>, CliRun> runner) {
    Path out = dir.resolve("out-" + input.getFileName());
    CliRun run = runner.apply(() -> CliRun.of("render", input.toString(), "--out", out.toString()));
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(expected.size() / 2, lines.size(), () -> "one line per problem:\n" + run.err());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String place = expected.get(2 * i);
      String words = expected.get(2 * i + 1);
      String prefix = input + ":" + (place.isEmpty() ? "" : place + ":") + " ";
      String placed = "^" + java.util.regex.Pattern.quote(input + ":") + "\\d+:\\d+: .*";
      assertTrue(
          place.equals("*") ? line.matches(placed) : line.startsWith(prefix),
          () -> "expected " + prefix + "… but was\n" + line);
      assertTrue(line.contains(words), () -> "expected it to say '" + words + "':\n" + line);
    }
    assertCleanText(run.err());
    assertFalse(Files.exists(out) && !isEmpty(out), "nothing is written for a bad input");
    assertEquals("", run.out());
  }

  /** What a user reads: no stack trace, no Java class or exception name. */
  static void assertCleanText(String text) {
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("\tat "), text);
    assertFalse(text.matches("(?s).*\\b(java|javax|org|com|net)\\.[a-z]+\\..*"), text);
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private CliRun render(Path input) {
    return CliRun.of(
        "render", input.toString(), "--out", dir.resolve("out").toString(), "--format", "html,txt");
  }

  private static Arguments bad(String name, Object content, String... expected) {
    byte[] bytes = content instanceof String text ? text.getBytes(UTF_8) : (byte[]) content;
    return Arguments.of(name, bytes, List.of(expected));
  }

  private static byte[] png() {
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1A,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      1,
      0
    };
  }

  private static byte[] truncatedResume() {
    try {
      byte[] whole = Files.readAllBytes(Seed.PATH);
      return java.util.Arrays.copyOf(whole, whole.length / 2);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A bullet holding {@code depth} nested {@code <em>}s (the rest of the résumé adds 4 levels). */
  private static byte[] nested(int depth) {
    return ("<resume xmlns=\"urn:resume:1\"><basics><name>A</name></basics><summary><p>"
            + "<em>".repeat(depth)
            + "deep"
            + "</em>".repeat(depth)
            + "</p></summary></resume>")
        .getBytes(UTF_8);
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    bytes[0] = (byte) 0xC3; // not a byte that starts a text file
    return bytes;
  }

  private static void writeRandom(OutputStream out, long size) throws IOException {
    Random random = new Random(50);
    byte[] block = new byte[1 << 20];
    for (long written = 0; written < size; written += block.length) {
      random.nextBytes(block);
      out.write(block);
    }
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(UTF_8);
    byte[] c = after.getBytes(UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }
}
