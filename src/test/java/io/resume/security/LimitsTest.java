package io.resume.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.cli.CliRun;
import io.resume.cli.Main;
import io.resume.model.InputLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's limits hold however the input tries to pass them: a long text in an attribute rather
 * than an element, an input that is a pipe or a device rather than a file, a control character XML
 * 1.0 lets through (C1), half of a surrogate pair in JSON; and no message repeats a huge value in
 * full.
 */
class LimitsTest {
  private static final String START = "<resume xmlns=\"urn:resume:1\"><basics><name>";
  private static final String END = "</name></basics></resume>";

  @TempDir Path dir;

  @Test
  void aLongAttributeIsRefusedLikeALongElement() throws IOException {
    String title = "t".repeat(200_000);
    Path input =
        Files.writeString(
            dir.resolve("title.xml"),
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name></basics>\n"
                + "<summary title=\""
                + title
                + "\"><p>Short.</p></summary></resume>");
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals(
        input
            + ":2:200019: the attribute title of <summary> holds 200,000 characters, more than the 10,000"
            + " one text of a résumé may have: shorten it",
        run.err().strip());
    Path allowed =
        Files.writeString(
            dir.resolve("title-ok.xml"),
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name>"
                + "</basics><summary title=\""
                + "t".repeat(InputLimits.MAX_TEXT)
                + "\"><p>Short.</p></summary></resume>");
    CliRun ok = CliRun.of("validate", allowed.toString());
    assertEquals(Main.OK, ok.status(), ok.err());
  }

  /**
   * A named pipe would wait for a writer for ever; a device never ends: refused before they are
   * opened.
   */
  @Test
  void aFifoOrADeviceIsRefusedUnread() throws Exception {
    Path fifo = dir.resolve("resume.xml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path json = dir.resolve("resume.json");
    assertEquals(0, new ProcessBuilder("mkfifo", json.toString()).start().waitFor());
    Path zero = Files.createSymbolicLink(dir.resolve("zero.xml"), Path.of("/dev/zero"));
    // Were a FIFO opened, a valid résumé would come through it (and the check fail) rather than a
    // wait for ever.
    feed(fifo, START + "A" + END);
    feed(json, "{\"basics\": {\"name\": \"A\"}}");
    try {
      for (Path input : List.of(fifo, json, zero)) {
        CliRun run = CliRun.of("validate", input.toString());
        assertEquals(Main.BAD_INPUT, run.status(), run.err());
        assertEquals(
            input
                + ": cannot read the file: it is not a regular file (a pipe, a FIFO or a device);"
                + " save the résumé to a file and give its path",
            run.err().strip());
      }
    } finally {
      release(fifo);
      release(json);
    }
  }

  /** Writes the text into the FIFO once something opens it for reading, on a thread of its own. */
  static void feed(Path fifo, String text) {
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(text.getBytes(UTF_8));
              } catch (IOException e) {
                // released unread
              }
            });
    writer.setDaemon(true);
    writer.start();
  }

  /** Opens the FIFO at both ends, which never waits, so that its writer is let go. */
  static void release(Path fifo) throws IOException {
    try (var both = new java.io.RandomAccessFile(fifo.toFile(), "rw")) {
      // opened and closed
    }
  }

  /**
   * 30 MB through standard input, as a user pipes it: refused without being read, in a JVM of its
   * own (this one's standard input belongs to the test runner).
   */
  @Test
  void standardInputThroughAPipeIsNotReadWhole() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.resume.cli.Main",
                "validate",
                "/dev/stdin")
            .start();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream in = process.getOutputStream()) {
                byte[] block = ("<p>" + "x".repeat(1000) + "</p>").getBytes(UTF_8);
                for (int written = 0; written < 30 << 20; written += block.length) {
                  in.write(block);
                }
              } catch (IOException e) {
                // the command closed its input without reading it: what is meant to happen
              }
            });
    writer.setDaemon(true);
    writer.start();
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertEquals(Main.BAD_INPUT, process.waitFor(), err);
    assertEquals(
        "/dev/stdin: cannot read the file: it is not a regular file (a pipe, a FIFO or a device);"
            + " save the résumé to a file and give its path",
        err.strip());
  }

  /** Standard input redirected from a file is that file: read as any other. */
  @Test
  void standardInputFromAFileIsAFile() throws Exception {
    Path input = Files.writeString(dir.resolve("in.xml"), START + "A" + END);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.resume.cli.Main",
                "validate",
                "/dev/stdin")
            .redirectInput(input.toFile())
            .start();
    String out = new String(process.getInputStream().readAllBytes(), UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertEquals(Main.OK, process.waitFor(), err);
    assertEquals("/dev/stdin: valid", out.strip());
  }

  static Stream<Arguments> refusedCharacters() {
    return Stream.of(
        Arguments.of(
            "c1-next-line.xml",
            START + "A\u0085B" + END,
            "1:44",
            "U+0085 is a control character (C1)"),
        Arguments.of(
            "c1-csi.xml",
            START + "A\u009B31mB" + END,
            "1:44",
            "U+009B is a control character (C1)"),
        Arguments.of(
            "c1-reference.xml",
            START + "A&#x9b;B" + END,
            "1:44",
            "U+009B is a control character (C1)"),
        Arguments.of(
            "delete.xml", START + "A\u007FB" + END, "1:44", "U+007F is a control character"),
        Arguments.of(
            "c1-attribute.xml",
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name></basics>"
                + "<summary title=\"x\u0085y\"><p>z</p></summary></resume>",
            "1:82",
            "U+0085 is a control character (C1)"),
        Arguments.of(
            "c1.json",
            "{\"basics\": {\"name\": \"A\", \"label\": \"x\\u0085y\"}}",
            "1:35",
            "/basics/label: U+0085 is a control character (C1)"),
        Arguments.of(
            "c1-raw.json",
            "{\"basics\": {\"name\": \"A\u009Bb\"}}",
            "1:21",
            "/basics/name: U+009B is a control character (C1)"),
        Arguments.of(
            "c0.json",
            "{\"basics\": {\"name\": \"A\\u0001\"}}",
            "1:21",
            "/basics/name: U+0001 is a control character"),
        Arguments.of(
            "high-surrogate.json",
            "{\"basics\": {\"name\": \"A\\ud800\"}}",
            "1:21",
            "/basics/name: U+D800 is half of a character (an unpaired surrogate"),
        Arguments.of(
            "low-surrogate.json",
            "{\"basics\": {\"name\": \"A\", \"summary\": \"\\udc00 then\"}}",
            "1:37",
            "/basics/summary: U+DC00 is half of a character"),
        Arguments.of(
            "reversed-pair.json",
            "{\"basics\": {\"name\": \"\\ude00\\ud83d\"}}",
            "1:21",
            "U+DE00 is half of a character"),
        Arguments.of(
            "bidi.json",
            "{\"basics\": {\"name\": \"cod\\u202Egnp.exe\"}}",
            "1:21",
            "U+202E is an invisible bidirectional control character"),
        Arguments.of(
            "noncharacter.json",
            "{\"basics\": {\"name\": \"A\\uFFFE\"}}",
            "1:21",
            "U+FFFE is not a character"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCharacters")
  void aCharacterNoFormatCanShowIsRefusedWithItsPlace(
      String name, String content, String place, String words) throws IOException {
    Path input = Files.writeString(dir.resolve(name), content);
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith(input + ":" + place + ": "), run.err());
    assertTrue(run.err().contains(words), run.err());
    BadInputTest.assertCleanText(run.err());
  }

  /**
   * What the refusal must not catch: a whole character outside the BMP, and the white space XML
   * allows.
   */
  @Test
  void wholeCharactersPass() throws IOException {
    Path json =
        Files.writeString(
            dir.resolve("emoji.json"),
            "{\"basics\": {\"name\": \"A \\ud83d\\ude00\", \"summary\": \"a\\tb\\nc\"}}");
    CliRun run = CliRun.of("validate", json.toString());
    assertEquals(Main.OK, run.status(), run.err());
    Path xml = Files.writeString(dir.resolve("emoji.xml"), START + "A \uD83D\uDE00 é\tB\nC" + END);
    CliRun xmlRun = CliRun.of("validate", xml.toString());
    assertEquals(Main.OK, xmlRun.status(), xmlRun.err());
  }

  static Stream<Arguments> longValues() {
    String huge = "2".repeat(200_000);
    String long9k = "2".repeat(9_000);
    return Stream.of(
        // Far over the limit: refused by length while reading, before the schema's patterns (whose
        // time grows with the square of the length: 23 s for this address) ever see it.
        Arguments.of(
            "email.xml",
            START + "A</name><email>" + huge + "</email><name>B" + END,
            "<email> holds more than the 10,000 characters one text of a résumé may have (refused without reading the rest)"),
        Arguments.of(
            "date.xml",
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name></basics><work><position>"
                + "<organization>O</organization><start>"
                + huge
                + "</start><end>"
                + huge
                + "</end></position></work></resume>",
            "<start> holds more than the 10,000 characters"),
        Arguments.of(
            "email.json",
            "{\"basics\": {\"name\": \"A\", \"email\": \"" + huge + "@example.org\"}}",
            "/basics/email: holds 200,012 characters, more than the 10,000"),
        Arguments.of(
            "date.json",
            "{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"O\", \"startDate\": \""
                + huge
                + "\", \"endDate\": \""
                + huge
                + "\"}]}",
            "/work/0/startDate: holds 200,000 characters"),
        // Under the limit but wrong: quoted by its start and its length, once per message.
        Arguments.of(
            "date-9k.xml",
            "<resume xmlns=\"urn:resume:1\"><basics><name>A</name></basics><work><position>"
                + "<organization>O</organization><start>"
                + long9k
                + "</start></position></work></resume>",
            "'" + "2".repeat(79) + "…' (9,000 characters) is not a date"),
        Arguments.of(
            "date-9k.json",
            "{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"O\", \"startDate\": \""
                + long9k
                + "\"}]}",
            "\"" + "2".repeat(79) + "…\" (9,000 characters) is not a date"),
        // A link no résumé makes is shown as text with a warning (issue 12): quoted short all the
        // same.
        Arguments.of(
            "url-9k.json",
            "{\"basics\": {\"name\": \"A\", \"url\": \"javascript:" + long9k + "\"}}",
            "(9,011 characters) is not a link a résumé makes"));
  }

  /**
   * No message repeats a huge value: one far over the limit is refused by its length, a long bad
   * one quoted short.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("longValues")
  void aLongBadValueIsQuotedShort(String name, String content, String words) throws IOException {
    Path input = Files.writeString(dir.resolve(name), content);
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(name.startsWith("url-") ? Main.OK : Main.BAD_INPUT, run.status(), run.err());
    for (String line : run.err().lines().toList()) {
      assertTrue(
          line.length() < 400, () -> line.length() + " characters: " + line.substring(0, 300));
    }
    assertTrue(run.err().contains(words), run.err());
  }
}
