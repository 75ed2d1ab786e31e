package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.resume.StylesheetCopies;
import io.resume.render.Format;
import io.resume.render.RenderOptions;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop renders at once, again after each save, reports a broken save and goes on. */
class WatcherTest {
  private static final long WAIT_SECONDS = 30;
  private static final String ROUND = "cv\\.xml: rendered in \\d+ ms";
  private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  /** The rounds done (their "rendered" lines, awaited or skipped) since it was last set to 0. */
  private int rounds;

  @Test
  void rendersAgainAfterEachSaveAndSurvivesABrokenOne(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("cv.xml");
    Files.writeString(input, resume("Ada Lovelace"));
    Path outFolder = dir.resolve("out");
    try (Watcher watcher = watcher(input, null, outFolder)) {
      Thread loop = start(watcher);
      awaitRound(outFolder);
      await(out, line -> line.startsWith("watching cv.xml"));
      assertTrue(Files.readString(outFolder.resolve("cv.txt")).contains("Ada Lovelace"));

      Files.writeString(input, resume("Grace Hopper"));
      awaitRound(outFolder);
      assertTrue(Files.readString(outFolder.resolve("cv.txt")).contains("Grace Hopper"));

      Files.writeString(input, "<resume xmlns='urn:resume:1'><basics><name>Half saved");
      String problem = await(err, line -> line.startsWith(input.toString() + ":"));
      await(err, line -> line.equals("cv.xml: not rendered; fix it and save again"));
      assertFalse(problem.contains("Exception"), problem);
      assertTrue(
          Files.readString(outFolder.resolve("cv.txt")).contains("Grace Hopper"),
          "the last good output stays");

      Files.writeString(input, resume("Katherine Johnson"));
      awaitRound(outFolder);
      assertTrue(Files.readString(outFolder.resolve("cv.txt")).contains("Katherine Johnson"));

      watcher.close();
      loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      assertFalse(loop.isAlive(), "close() ends the loop");
    }
  }

  @Test
  void rendersAgainWhenAStylesheetChanges(@TempDir Path dir) throws Exception {
    Path xsl = dir.resolve("my-xsl");
    StylesheetCopies.copyTo(xsl);
    Path input = dir.resolve("cv.xml");
    Files.writeString(input, resume("Ada Lovelace"));
    Path outFolder = dir.resolve("out");
    try (Watcher watcher = watcher(input, xsl, outFolder)) {
      Thread loop = start(watcher);
      awaitRound(outFolder);
      await(out, line -> line.startsWith("watching cv.xml and " + xsl.toAbsolutePath()));
      Path stylesheet = xsl.resolve("text/txt.xsl");
      Files.writeString(stylesheet, Files.readString(stylesheet) + "<!-- edited -->\n");
      awaitRound(outFolder);
      rounds = 0;
      // A change elsewhere in the folder (not the résumé, not a stylesheet folder) renders nothing:
      // its event is seen and set aside, and the next save makes exactly one round.
      Path notes = dir.resolve("notes.txt");
      Files.writeString(notes, "unrelated");
      await(events, event -> event.equals(notes + " ignored"));
      Files.writeString(input, resume("Grace Hopper"));
      awaitRound(outFolder);
      assertTrue(Files.readString(outFolder.resolve("cv.txt")).contains("Grace Hopper"));
      assertEquals(1, rounds, "one round for the save, none for notes.txt");
      watcher.close();
      loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      assertFalse(loop.isAlive());
    }
  }

  @Test
  void aRoundWithAFailingFormatWritesNoneOfItsOutputs(@TempDir Path dir) throws Exception {
    Path xsl = dir.resolve("my-xsl");
    StylesheetCopies.copyTo(xsl);
    Path input = dir.resolve("cv.xml");
    Files.writeString(input, resume("Ada Lovelace"));
    Path outFolder = dir.resolve("out");
    try (Watcher watcher = watcher(input, xsl, outFolder)) {
      Thread loop = start(watcher);
      awaitRound(outFolder);
      // The text format now fails at run time; the HTML still renders, but is not moved into place.
      Path stylesheet = xsl.resolve("text/txt.xsl");
      Files.writeString(
          stylesheet,
          Files.readString(stylesheet)
              .replace(
                  "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"text\"/>",
                  "<xsl:sequence select=\"error((), 'broken')\"/>"));
      await(err, line -> line.startsWith(input + ":") && line.endsWith("broken"));
      Files.writeString(input, resume("Grace Hopper"));
      await(err, line -> line.startsWith(input + ":") && line.endsWith("broken"));
      assertTrue(
          Files.readString(outFolder.resolve("cv.html")).contains("Ada Lovelace"),
          "the last good HTML stays");
      assertFalse(Files.readString(outFolder.resolve("cv.html")).contains("Grace Hopper"));
      try (java.util.stream.Stream<Path> files = Files.list(outFolder)) {
        assertEquals(2, files.count(), "cv.html and cv.txt, no temporary");
      }
      watcher.close();
      loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      assertFalse(loop.isAlive());
    }
  }

  /**
   * A save the PDF cannot show whole is told as render tells it (the part that would be lost), not
   * as a fault, and leaves the last good outputs.
   */
  @Test
  void aSaveThePdfCannotShowWholeIsToldAndLeavesTheLastGoodOutputs(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("cv.xml");
    Files.writeString(input, resume("Ada Lovelace"));
    Path outFolder = dir.resolve("out");
    try (Watcher watcher = watcher(input, null, outFolder, EnumSet.of(Format.PDF, Format.TXT))) {
      Thread loop = start(watcher);
      await(out, line -> line.matches(ROUND));
      // A name of 28 capitals, unbroken, is wider than the page at the name's size.
      Files.writeString(input, resume("W".repeat(28)));
      String problem = await(err, line -> line.startsWith(input + ":"));
      assertEquals(
          input
              + ": the PDF would not show all of the résumé: \""
              + "W".repeat(28)
              + "\" has a line too wide",
          problem.substring(0, problem.indexOf(" for its room")),
          problem);
      await(err, line -> line.equals("cv.xml: not rendered; fix it and save again"));
      assertTrue(Files.readString(outFolder.resolve("cv.txt")).contains("Ada Lovelace"));
      watcher.close();
      loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      assertFalse(loop.isAlive());
    }
  }

  /** One round of renders: each file written, as render names it, then the round's time. */
  private void awaitRound(Path outFolder) throws InterruptedException {
    for (String name : new String[] {"cv.html", "cv.txt"}) {
      await(out, line -> line.equals(outFolder.resolve(name).toString()));
    }
    await(out, line -> line.matches(ROUND));
  }

  private Watcher watcher(Path input, Path xsl, Path outFolder) throws IOException {
    return watcher(input, xsl, outFolder, EnumSet.of(Format.HTML, Format.TXT));
  }

  private Watcher watcher(Path input, Path xsl, Path outFolder, Set<Format> formats)
      throws IOException {
    return new Watcher(
            input,
            xsl,
            formats,
            outFolder,
            Variant.DEFAULT,
            EmbedSource.CLEAN,
            pipeline -> RenderOptions.defaults(),
            Duration.ofMillis(50),
            out::add,
            err::add)
        .observe((path, relevant) -> events.add(path + (relevant ? " watched" : " ignored")));
  }

  private static Thread start(Watcher watcher) {
    Thread loop =
        new Thread(
            () -> {
              try {
                watcher.run();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            "watch");
    loop.setDaemon(true);
    loop.start();
    return loop;
  }

  /** The next line that matches, skipping others; fails after a bounded wait. */
  private String await(BlockingQueue<String> lines, java.util.function.Predicate<String> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (lines == out && line != null && line.matches(ROUND)) {
        rounds++;
      }
      if (line != null && wanted.test(line)) {
        return line;
      }
    }
    return fail("no such line within " + WAIT_SECONDS + " s; errors: " + err);
  }

  private static String resume(String name) {
    return "<resume xmlns='urn:resume:1'><basics><name>"
        + name
        + "</name></basics>"
        + "<awards><award><title>Prize</title><date>2020</date></award></awards></resume>";
  }
}
