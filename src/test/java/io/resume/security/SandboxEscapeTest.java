package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.StylesheetCopies;
import io.resume.cli.CliRun;
import io.resume.cli.Main;
import io.resume.model.Warnings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hostile copy of the stylesheets (render --xsl DIR) tries every way out of the sandbox: each
 * reader of files Saxon has, paths written with escaped parent steps, links in the résumé's folder,
 * external entities, a FIFO, a zip, the network, another résumé's folder, the environment, Java's
 * system properties, fn:transform with a Saxon configuration of its own, and xsl:result-document. A
 * canary file outside the sandbox must never reach an output.
 *
 * <p>One copy holds every expression, and the résumé's headline picks the one it runs, so that one
 * compiled pipeline tries them all; what needs a stylesheet of its own ({@code xsl:import}, {@code
 * xsl:source-document}, {@code xsl:result-document}, {@code fn:transform}, an FO image) gets a
 * copy, run through the command line as a user would.
 */
class SandboxEscapeTest {
  private static final String CANARY = "CANARY-" + UUID.randomUUID();

  @TempDir static Path dir;
  private static Path cv;
  private static Path outside;
  private static Path other;
  private static Path fifo;
  private static Pipeline probing;

  @BeforeAll
  static void setUp() throws Exception {
    cv = Files.createDirectories(dir.resolve("cv"));
    outside = Files.createDirectories(dir.resolve("outside"));
    other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(outside.resolve("canary.txt"), CANARY);
    Files.writeString(outside.resolve("canary.xml"), "<c>" + CANARY + "</c>");
    Files.writeString(outside.resolve("canary.json"), "\"" + CANARY + "\"");
    Files.writeString(
        outside.resolve("canary.xsl"),
        """
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:variable name="canary" select="'%s'"/>
        </xsl:stylesheet>"""
            .formatted(CANARY));
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(outside.resolve("canary.zip")))) {
      zip.putNextEntry(new ZipEntry("canary.txt"));
      zip.write(CANARY.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(other.resolve("secret.txt"), CANARY);
    Files.writeString(cv.resolve("note.txt"), "a note beside the résumé");
    Files.createSymbolicLink(cv.resolve("link.txt"), outside.resolve("canary.txt"));
    Files.createSymbolicLink(cv.resolve("linked"), outside);
    Files.writeString(
        cv.resolve("entity.xml"),
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"../outside/canary.txt\">]><x>&e;</x>");
    Files.writeString(
        cv.resolve("entity-escaped.xml"),
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"%2e%2e/outside/canary.txt\">]><x>&e;</x>");
    fifo = cv.resolve("fifo.txt");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    // Were the FIFO opened, it would give the canary rather than wait forever.
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(CANARY.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                // the test has ended
              }
            });
    writer.setDaemon(true);
    writer.start();

    // One copy holds every expression; the résumé's headline picks the one it runs.
    StringBuilder probes = new StringBuilder("<author><xsl:choose>");
    Stream.concat(reads(), questions())
        .forEach(
            probe ->
                probes
                    .append("<xsl:when test=\"basics/label eq '")
                    .append(id((String) probe.get()[0]))
                    .append("'\"><xsl:value-of select=\"")
                    .append(
                        ((String) probe.get()[1])
                            .replace("&", "&amp;")
                            .replace("\"", "&quot;")
                            .replace("<", "&lt;"))
                    .append("\"/></xsl:when>"));
    probes
        .append(
            "<xsl:when test=\"basics/label eq 'control'\"><xsl:value-of select=\"unparsed-text('")
        .append(cv.toUri())
        .append("note.txt')\"/></xsl:when></xsl:choose></author>");
    Path xsl = StylesheetCopies.copyTo(dir.resolve("probing"));
    replace(
        xsl.resolve("common/prepare.xsl"),
        "<author><xsl:value-of select=\"basics/name\"/></author>",
        probes.toString());
    probing = new Pipeline(xsl);
    // Another résumé rendered by the same pipeline before: its folder is its render's, not every
    // later one's.
    Path neighbour = Files.copy(Seed.PATH, other.resolve("resume.xml"));
    probing.prepare(neighbour, null, Warnings.IGNORE);
  }

  /** Lets the FIFO's writer go, if nothing read it. */
  @AfterAll
  static void releaseTheFifo() throws IOException {
    try (var in = new java.io.RandomAccessFile(fifo.toFile(), "rw")) {
      // opening it for reading and writing never blocks, and ends the writer's wait
    }
  }

  /** Expressions that try to read outside: each is refused, and the canary is nowhere. */
  static Stream<Arguments> reads() {
    String out = outside.toUri().toString();
    String mine = cv.toUri().toString();
    return Stream.of(
        Arguments.of("an absolute path", "unparsed-text('" + out + "canary.txt')"),
        Arguments.of(
            "escaped parent steps", "unparsed-text('" + mine + "%2e%2e/outside/canary.txt')"),
        Arguments.of(
            "escaped parent steps, capitals",
            "unparsed-text('" + mine + "%2E%2E/outside/canary.txt')"),
        Arguments.of(
            "half-escaped parent steps", "unparsed-text('" + mine + ".%2e/outside/canary.txt')"),
        Arguments.of(
            "a relative path",
            "unparsed-text(resolve-uri('../outside/canary.txt', '" + mine + "'))"),
        Arguments.of(
            "unparsed-text-lines",
            "string-join(unparsed-text-lines('" + mine + "%2e%2e/outside/canary.txt'))"),
        Arguments.of("doc", "string(doc('" + mine + "%2e%2e/outside/canary.xml'))"),
        Arguments.of("json-doc", "string(json-doc('" + mine + "%2e%2e/outside/canary.json'))"),
        Arguments.of("a link to a file", "unparsed-text('" + mine + "link.txt')"),
        Arguments.of("a link to a folder", "string(doc('" + mine + "linked/canary.xml'))"),
        Arguments.of("an external entity", "string(doc('" + mine + "entity.xml'))"),
        Arguments.of("an escaped external entity", "string(doc('" + mine + "entity-escaped.xml'))"),
        Arguments.of("a FIFO", "unparsed-text('" + fifo.toUri() + "')"),
        Arguments.of("a zip", "unparsed-text('jar:" + out + "canary.zip!/canary.txt')"),
        Arguments.of("another résumé's folder", "unparsed-text('" + other.toUri() + "secret.txt')"),
        Arguments.of("the process's environment", "unparsed-text('file:///proc/self/environ')"),
        Arguments.of("the network", "unparsed-text('http://127.0.0.1:9/x.txt')"),
        Arguments.of("collection", "string-join(collection('" + out + "') ! string())"),
        Arguments.of("uri-collection", "string-join(uri-collection('" + out + "'))"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void aReadOutsideIsRefused(String name, String expression) throws IOException {
    Path resume = probe(name);
    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () -> probing.prepare(resume, null, Warnings.IGNORE),
            () -> name + " was read");
    String message = messages(refused);
    assertFalse(message.contains(CANARY), message);
    assertTrue(
        message.contains("refused to read") || message.contains("collection() is not available"),
        message);
  }

  /** Expressions that ask about the world outside: they learn nothing. */
  static Stream<Arguments> questions() {
    String out = outside.toUri().toString();
    return Stream.of(
        Arguments.of("doc-available", "doc-available('" + out + "canary.xml')", "false"),
        Arguments.of(
            "unparsed-text-available", "unparsed-text-available('" + out + "canary.txt')", "false"),
        Arguments.of("an environment variable", "environment-variable('PATH')", ""),
        Arguments.of(
            "the environment's names", "string-join(available-environment-variables(), ',')", ""),
        Arguments.of("the home folder", "system-property('user.home')", ""),
        Arguments.of("the class path", "system-property('java.class.path')", ""),
        Arguments.of(
            "fn:transform looked up",
            "exists(function-lookup(QName('http://www.w3.org/2005/xpath-functions', 'transform'), 1))",
            "false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void aQuestionAboutOutsideLearnsNothing(String name, String expression, String answer)
      throws Exception {
    assertNotNull(System.getenv("PATH"), "the environment this test hides");
    assertEquals(
        answer, author(probing.prepare(probe(name), null, Warnings.IGNORE).view().toString()));
  }

  /** The harness itself: what the sandbox allows is read through the same copy. */
  @Test
  void theResumesFolderIsReadable() throws Exception {
    Path resume = probe("control");
    assertEquals(
        "a note beside the résumé",
        author(probing.prepare(resume, null, Warnings.IGNORE).view().toString()));
  }

  // ------------------------------------------------------------ copies that need their own
  // stylesheet

  @Test
  void xslImportFromOutsideIsRefused() throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("importing"));
    replace(
        xsl.resolve("common/prepare.xsl"),
        "<xsl:import href=\"l10n.xsl\"/>",
        "<xsl:import href=\"l10n.xsl\"/><xsl:import href=\"../%2e%2e/outside/canary.xsl\"/>");
    assertRefusedByTheCommandLine(xsl, "html", "refused to read");
  }

  @Test
  void xslIncludeThroughALinkIsRefused() throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("including"));
    Files.createSymbolicLink(xsl.resolve("common/extra.xsl"), outside.resolve("canary.xsl"));
    replace(
        xsl.resolve("common/prepare.xsl"),
        "<xsl:import href=\"l10n.xsl\"/>",
        "<xsl:import href=\"l10n.xsl\"/><xsl:include href=\"extra.xsl\"/>");
    assertRefusedByTheCommandLine(xsl, "html", "refused to read");
  }

  @Test
  void xslSourceDocumentFromOutsideIsRefused() throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("source-document"));
    replace(
        xsl.resolve("html/html.xsl"),
        "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"html\"/>",
        "<xsl:source-document href=\""
            + outside.toUri()
            + "canary.xml\"><xsl:comment select=\".\"/></xsl:source-document>"
            + "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"html\"/>");
    assertRefusedByTheCommandLine(xsl, "html", "refused to read");
  }

  @Test
  void xslResultDocumentWritesNothing() throws IOException {
    Path target = outside.resolve("written.txt");
    Path xsl = StylesheetCopies.copyTo(dir.resolve("result-document"));
    replace(
        xsl.resolve("html/html.xsl"),
        "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"html\"/>",
        "<xsl:result-document href=\""
            + target.toUri()
            + "\" method=\"text\">written</xsl:result-document>"
            + "<xsl:result-document href=\"beside.txt\" method=\"text\">written</xsl:result-document>"
            + "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"html\"/>");
    assertRefusedByTheCommandLine(xsl, "html", "xsl:result-document");
    assertFalse(Files.exists(target));
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(0, files.filter(f -> f.getFileName().toString().equals("beside.txt")).count());
    }
    assertFalse(Files.exists(Path.of("beside.txt")));
  }

  /**
   * fn:transform could start a transformation with a Saxon configuration of its own (a vendor
   * option), whose resolvers read anything: the function does not exist for résumé stylesheets.
   */
  @Test
  void fnTransformIsUnknown() throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("transforming"));
    String call =
        """
        transform(map{
          'stylesheet-text': '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
            || '<xsl:template name="xsl:initial-template"><xsl:value-of select="unparsed-text(''%s'')"/></xsl:template>'
            || '</xsl:stylesheet>',
          'initial-template': QName('http://www.w3.org/1999/XSL/Transform', 'initial-template'),
          'vendor-options': map{QName('http://saxon.sf.net/', 'configuration'):
              parse-xml('<configuration xmlns="http://saxon.sf.net/ns/configuration"/>')}})?output"""
            .formatted(outside.toUri() + "canary.txt");
    replace(
        xsl.resolve("common/prepare.xsl"),
        "<author><xsl:value-of select=\"basics/name\"/></author>",
        "<author><xsl:value-of select=\""
            + call.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
            + "\"/></author>");
    assertRefusedByTheCommandLine(xsl, "html", "transform()");
  }

  /** FOP's reads obey the same rule: an image outside, written with escaped parent steps. */
  @Test
  void anImageOutsideIsRefusedInThePdf() throws IOException {
    Files.copy(Path.of("docs/images/pdf-page-1.png"), outside.resolve("canary.png"));
    Path xsl = StylesheetCopies.copyTo(dir.resolve("image"));
    Path header = xsl.resolve("fo/header.xsl");
    String text = Files.readString(header);
    // At the end of the first block's content, where an inline may stand whatever the attributes
    // before it.
    int end = text.indexOf("</fo:block>");
    assertTrue(end > 0, "fo/header.xsl has a block to put the image in");
    Files.writeString(
        header,
        text.substring(0, end)
            + "<fo:external-graphic src=\"url('"
            + cv.toUri()
            + "%2e%2e/outside/canary.png')\" fox:alt-text=\"x\" xmlns:fox=\"http://xmlgraphics.apache.org/fop/extensions\"/>"
            + text.substring(end));
    Path resume = Files.copy(Seed.PATH, cv.resolve("image.xml"));
    Path out = dir.resolve("image-out");
    CliRun run =
        CliRun.of(
            "render",
            resume.toString(),
            "--xsl",
            xsl.toString(),
            "--format",
            "pdf",
            "--out",
            out.toString());
    assertTrue(run.err().contains("refused to read"), run.err());
    assertFalse(run.err().contains(CANARY));
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertRefusedByTheCommandLine(Path xsl, String format, String words)
      throws IOException {
    Path resume = Files.copy(Seed.PATH, cv.resolve(xsl.getFileName() + ".xml"));
    Path out = dir.resolve(xsl.getFileName() + "-out");
    CliRun run =
        CliRun.of(
            "render",
            resume.toString(),
            "--xsl",
            xsl.toString(),
            "--format",
            format,
            "--out",
            out.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertTrue(run.err().contains(words), run.err());
    assertEquals(1, run.err().lines().count(), () -> "one line:\n" + run.err());
    BadInputTest.assertCleanText(run.err());
    assertFalse(run.err().contains(CANARY) || run.out().contains(CANARY));
    if (Files.exists(out)) {
      try (Stream<Path> files = Files.list(out)) {
        for (Path file : files.toList()) {
          assertFalse(
              Files.readString(file, StandardCharsets.ISO_8859_1).contains(CANARY),
              file.toString());
        }
      }
    }
  }

  /**
   * The messages of an exception and its causes (xsl:evaluate wraps what went wrong in an error of
   * its own).
   */
  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
      all.append(at.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** A résumé whose headline picks the expression the probing copy runs. */
  private static Path probe(String name) throws IOException {
    return Files.writeString(
        cv.resolve(id(name) + ".xml"),
        "<resume xmlns=\"urn:resume:1\"><basics><name>Probe</name><label>"
            + id(name)
            + "</label></basics></resume>");
  }

  private static String id(String name) {
    return name.equals("control") ? name : "probe-" + Integer.toHexString(name.hashCode());
  }

  private static String author(String view) {
    Matcher author =
        Pattern.compile("<author>(.*?)</author>|<author/>", Pattern.DOTALL).matcher(view);
    assertTrue(author.find(), view);
    return author.group(1) == null ? "" : author.group(1);
  }

  private static void replace(Path file, String what, String by) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(what), () -> file + " no longer holds " + what);
    Files.writeString(file, text.replace(what, by));
  }
}
