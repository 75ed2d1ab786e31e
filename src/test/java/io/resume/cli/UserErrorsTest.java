package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.StylesheetCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures a user can cause are one line, exit status 1 (the input) or 2 (the command line), and
 * never a stack trace; what validate accepts, render renders.
 */
class UserErrorsTest {
  @TempDir Path dir;

  @Test
  void wordsInsteadOfAPhoneNumberAreShownUnlinked() throws IOException {
    Path input = resume("<phone>on request</phone>");
    assertEquals(Main.OK, CliRun.of("validate", input.toString()).status());
    CliRun run =
        CliRun.of(
            "render",
            input.toString(),
            "--out",
            dir.toString(),
            "--format",
            "pdf,html,docx",
            "--strict");
    assertEquals(Main.OK, run.status(), run.err());
    assertEquals("", run.err());
    String html = Files.readString(dir.resolve("cv.html"));
    assertTrue(html.contains("on request"), html);
    assertFalse(html.contains("tel:"), html);
  }

  @Test
  void phoneNumbersBecomeTelUrisAsRfc3966Writes() throws IOException {
    List<String[]> numbers =
        List.of(
            new String[] {"+49 (0)30 1234567", "tel:+49301234567"},
            new String[] {"1-800-FLOWERS", "tel:18003569377"},
            new String[] {"+1 (555) 010-4477 ext. 89", "tel:+15550104477;ext=89"},
            new String[] {"+44 20 7946 0958", "tel:+442079460958"},
            new String[] {"138 1234 5678", "tel:13812345678"});
    for (String[] number : numbers) {
      Path input = resume("<phone>" + number[0] + "</phone>");
      CliRun run =
          CliRun.of(
              "render",
              input.toString(),
              "--out",
              dir.toString(),
              "--format",
              "html,docx",
              "--strict");
      assertEquals(Main.OK, run.status(), number[0] + ": " + run.err());
      String html = Files.readString(dir.resolve("cv.html"));
      assertTrue(
          html.contains("href=\"" + number[1] + "\""), number[0] + " → " + number[1] + ": " + html);
    }
    for (String words : List.of("12 Main Street", "ask me", "12")) {
      Path input = resume("<phone>" + words + "</phone>");
      assertEquals(
          Main.OK,
          CliRun.of("render", input.toString(), "--out", dir.toString(), "--format", "html")
              .status());
      assertFalse(
          Files.readString(dir.resolve("cv.html")).contains("tel:"), words + " is no number");
    }
  }

  @Test
  void anAddressAUriCannotHoldIsEncodedForItsLink() throws IOException {
    Path input = resume("<email>o'neil\"#1@example.org</email>");
    CliRun run =
        CliRun.of(
            "render",
            input.toString(),
            "--out",
            dir.toString(),
            "--format",
            "html,docx",
            "--strict");
    assertEquals(Main.OK, run.status(), run.err());
    assertTrue(
        Files.readString(dir.resolve("cv.html"))
            .contains("href=\"mailto:o'neil%22%231@example.org\""));
  }

  @Test
  void aSourceDateEpochOutOfRangeIsOneUsageLine() throws IOException {
    UnaryOperator<String> saved = RenderChoices.environment;
    try {
      for (String value : List.of("253402300800", "-1", "1e9", "99999999999999999999")) {
        RenderChoices.environment = name -> "SOURCE_DATE_EPOCH".equals(name) ? value : null;
        for (String command : List.of("render", "watch")) {
          CliRun run = CliRun.of(command, Seed.FILE, "--out", dir.toString(), "--format", "pdf");
          assertEquals(Main.BAD_USAGE, run.status(), command + " " + value + ": " + run.err());
          assertTrue(
              run.err()
                  .startsWith(
                      "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, from 0 to "
                          + "253402300799 (the end of 9999), not '"
                          + value
                          + "'"),
              run.err());
          assertFalse(run.err().contains("Exception"), run.err());
        }
      }
      RenderChoices.environment = name -> "SOURCE_DATE_EPOCH".equals(name) ? "253402300799" : null;
      CliRun last = CliRun.of("render", Seed.FILE, "--out", dir.toString(), "--format", "pdf,docx");
      assertEquals(Main.OK, last.status(), "the last second of 9999 is written: " + last.err());
    } finally {
      RenderChoices.environment = saved;
    }
  }

  @Test
  void anOutFolderThatIsAFileSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "not a folder");
    for (Path out : List.of(file, file.resolve("sub"))) {
      CliRun run = CliRun.of("render", Seed.FILE, "--out", out.toString(), "--format", "txt");
      assertEquals(Main.BAD_USAGE, run.status(), run.err());
      assertTrue(run.err().startsWith("--out " + out + ": "), run.err());
      assertTrue(
          run.err().lines().findFirst().orElseThrow().endsWith("is a file, not a folder"),
          run.err());
      assertEquals(Main.BAD_USAGE, CliRun.of("watch", Seed.FILE, "--out", out.toString()).status());
    }
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void validateRefusesWhatRenderCannotRender() throws IOException {
    // Valid for the schema's date type, but prepare cannot read the month: render fails, so must
    // validate.
    Path date =
        document("<awards><award><title>Prize</title><date>2021-03+05:00</date></award></awards>");
    CliRun render =
        CliRun.of("render", date.toString(), "--out", dir.toString(), "--format", "txt");
    assertEquals(Main.BAD_INPUT, render.status(), render.err());
    CliRun validate = CliRun.of("validate", date.toString());
    assertEquals(Main.BAD_INPUT, validate.status(), validate.out());
    assertEquals(1, validate.err().strip().lines().count(), validate.err());
    assertTrue(validate.err().startsWith(date.toString() + ":"), validate.err());
    assertFalse(validate.err().contains("Exception"), validate.err());

    // A tel: link that is no URI: the renderers could not link it, so it is not valid.
    Path link = document("<summary><p>Call <link href=\"tel:+1^555\">me</link></p></summary>");
    CliRun invalid = CliRun.of("validate", link.toString());
    assertEquals(Main.BAD_INPUT, invalid.status(), invalid.out());
    assertTrue(invalid.err().contains("'tel:+1^555' is not a valid link"), invalid.err());
  }

  @Test
  void aBrokenStylesheetIsOneLineAndItsTraceOnlyWithDebug() throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("my-xsl"));
    Path txt = xsl.resolve("text/txt.xsl");
    Files.writeString(
        txt,
        Files.readString(txt)
            .replace(
                "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"text\"/>",
                "<xsl:sequence select=\"error((), 'broken on purpose')\"/>"));
    Path input = resume("<email>ada@example.org</email>");
    CliRun run =
        CliRun.of(
            "render",
            input.toString(),
            "--xsl",
            xsl.toString(),
            "--out",
            dir.toString(),
            "--format",
            "txt");
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("broken on purpose"), run.err());
    CliRun debug =
        CliRun.of(
            "render",
            input.toString(),
            "--xsl",
            xsl.toString(),
            "--out",
            dir.toString(),
            "--format",
            "txt",
            "--debug");
    assertEquals(Main.BAD_INPUT, debug.status());
    assertTrue(debug.err().contains("\tat net.sf.saxon."), debug.err());
  }

  @Test
  void aLinkThePdfCannotHoldFromAUsersStylesheetIsOneLineAndNoTrace() throws IOException {
    // A user's prepare step that links a phone to "tel:" (no number): FOP refuses it unchecked.
    Path xsl = StylesheetCopies.copyTo(dir.resolve("my-xsl"));
    Path prepare = xsl.resolve("common/prepare.xsl");
    String edited =
        Files.readString(prepare)
            .replace(
                "<xsl:sequence select=\"fp:href($uri)\"/>",
                "<xsl:attribute name=\"href\" select=\"'tel:'\"/>");
    assertFalse(edited.equals(Files.readString(prepare)), "the phone template was edited");
    Files.writeString(prepare, edited);
    Path input = resume("<phone>ask me</phone>");
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(
          new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
      run =
          CliRun.of(
              "render",
              input.toString(),
              "--xsl",
              xsl.toString(),
              "--out",
              dir.toString(),
              "--format",
              "pdf");
    } finally {
      System.setErr(saved);
    }
    assertEquals(Main.BAD_INPUT, run.status(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("tel:"), run.err());
    assertEquals(
        "",
        console.toString(java.nio.charset.StandardCharsets.UTF_8),
        "nothing printed around the CLI's writers");
  }

  /** A résumé with these elements in its basics (after the name). */
  private Path resume(String basics) throws IOException {
    return Files.writeString(
        dir.resolve("cv.xml"),
        "<resume xmlns='urn:resume:1'><basics><name>Ada Lovelace</name>"
            + basics
            + "</basics></resume>");
  }

  /** A résumé with these sections after its basics. */
  private Path document(String sections) throws IOException {
    return Files.writeString(
        dir.resolve("cv.xml"),
        "<resume xmlns='urn:resume:1'><basics><name>Ada Lovelace</name></basics>"
            + sections
            + "</resume>");
  }
}
