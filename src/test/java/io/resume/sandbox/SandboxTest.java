package io.resume.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule of what a render may read, as every reader (Saxon's, FOP's) asks it. */
class SandboxTest {
  @TempDir Path dir;
  private Path cv;
  private Path outside;
  private Path xsl;
  private Sandbox sandbox;

  @BeforeEach
  void setUp() throws IOException {
    cv = Files.createDirectories(dir.resolve("cv"));
    outside = Files.createDirectories(dir.resolve("outside"));
    xsl = Files.createDirectories(dir.resolve("xsl/common"));
    Files.writeString(cv.resolve("photo.txt"), "mine");
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.writeString(xsl.resolve("prepare.xsl"), "<x/>");
    sandbox = new Sandbox();
    sandbox.allow(dir.resolve("xsl").toUri().toString());
  }

  private boolean permitsWhileRendering(String uri) {
    return sandbox.during(cv.resolve("resume.xml"), () -> sandbox.permits(uri));
  }

  @Test
  void theStylesheetsAlwaysAndTheResumesFolderWhileItRenders() {
    assertTrue(sandbox.permits(xsl.resolve("prepare.xsl").toUri().toString()));
    assertFalse(
        sandbox.permits(cv.resolve("photo.txt").toUri().toString()), "not outside a render");
    assertTrue(permitsWhileRendering(cv.resolve("photo.txt").toUri().toString()));
    assertTrue(
        permitsWhileRendering(cv.resolve("not-yet.txt").toUri().toString()),
        "a missing file fails when read");
    assertFalse(permitsWhileRendering(outside.resolve("secret.txt").toUri().toString()));
  }

  /**
   * Each way of writing a path out of the folder, percent-escaped or not, is the same file outside.
   */
  @Test
  void escapedParentStepsAreDecodedBeforeTheCheck() {
    String base = cv.toUri().toString(); // ends in "/"
    for (String sneaky :
        new String[] {
          "../outside/secret.txt",
          "%2e%2e/outside/secret.txt",
          "%2E%2E/outside/secret.txt",
          ".%2e/outside/secret.txt",
          "%2e./outside/secret.txt",
          "photo.txt/../../outside/secret.txt",
          "./%2e%2e/./outside/secret.txt",
          "%2e%2e%2foutside%2fsecret.txt"
        }) {
      assertFalse(permitsWhileRendering(base + sneaky), sneaky);
    }
    assertTrue(
        permitsWhileRendering(base + "%70hoto.txt"), "an escaped letter is the same file inside");
  }

  @Test
  void aLinkInTheFolderIsJudgedByWhereItLeads() throws IOException {
    Files.createSymbolicLink(cv.resolve("file-link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(cv.resolve("folder-link"), outside);
    Files.createSymbolicLink(cv.resolve("dangling.txt"), outside.resolve("created-later.txt"));
    Files.createSymbolicLink(cv.resolve("inner-link.txt"), cv.resolve("photo.txt"));
    assertFalse(permitsWhileRendering(cv.resolve("file-link.txt").toUri().toString()));
    assertFalse(permitsWhileRendering(cv.resolve("folder-link/secret.txt").toUri().toString()));
    assertFalse(
        permitsWhileRendering(cv.resolve("folder-link/not-yet.txt").toUri().toString()),
        "a file that does not exist yet behind a link to a folder outside");
    assertFalse(permitsWhileRendering(cv.resolve("dangling.txt").toUri().toString()));
    assertTrue(
        permitsWhileRendering(cv.resolve("inner-link.txt").toUri().toString()),
        "a link that stays inside");
  }

  /** The folder itself given through a link: its real path is allowed, so its files are. */
  @Test
  void aResumeFolderReachedThroughALink() throws IOException {
    Path linked = Files.createSymbolicLink(dir.resolve("cv-link"), cv);
    assertTrue(
        sandbox.during(
            linked.resolve("resume.xml"),
            () -> sandbox.permits(linked.resolve("photo.txt").toUri())));
    assertTrue(
        sandbox.during(
            linked.resolve("resume.xml"), () -> sandbox.permits(cv.resolve("photo.txt").toUri())));
  }

  @Test
  void aFifoOrADeviceIsNeverRead() throws Exception {
    Path fifo = cv.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    assertFalse(
        permitsWhileRendering(fifo.toUri().toString()),
        "reading a FIFO waits for a writer forever");
    Files.createSymbolicLink(cv.resolve("zero.txt"), Path.of("/dev/zero"));
    assertFalse(permitsWhileRendering(cv.resolve("zero.txt").toUri().toString()));
    assertFalse(permitsWhileRendering("file:///dev/stdin"));
    assertFalse(permitsWhileRendering("file:///proc/self/environ"));
  }

  @Test
  void onlyPlainLocalFiles() {
    String photo = cv.resolve("photo.txt").toUri().toString();
    for (String uri :
        new String[] {
          "http://example.org/x.xml",
          "https://127.0.0.1/",
          "ftp://example.org/x",
          "data:text/plain,x",
          photo + "?x=1",
          photo + "#part",
          "file://host" + cv.resolve("photo.txt"),
          "not a uri",
          "photo.txt",
          "jar:file:/tmp/other.jar!/x.xsl",
          "file:///etc/passwd"
        }) {
      assertFalse(permitsWhileRendering(uri), uri);
    }
  }

  @Test
  void theJarOnlyBelowItsStylesheets() {
    sandbox.allow("jar:file:/opt/resume.jar!/xsl/");
    assertTrue(sandbox.permits("jar:file:/opt/resume.jar!/xsl/common/prepare.xsl"));
    assertFalse(sandbox.permits("jar:file:/opt/resume.jar!/xsl/../io/resume/secret.properties"));
    assertFalse(
        sandbox.permits("jar:file:/opt/resume.jar!/xsl/%2e%2e/io/resume/secret.properties"));
    assertFalse(sandbox.permits("jar:file:/opt/resume.jar!/io/resume/x.class"));
    assertFalse(sandbox.permits("jar:file:/tmp/evil.jar!/xsl/common/prepare.xsl"));
  }

  /**
   * In a batch, a render on one thread may read its résumé's folder, not another's rendering at the
   * same time.
   */
  @Test
  void theResumesFolderIsThisThreadsOnly() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("note.txt"), "other");
    String mine = cv.resolve("photo.txt").toUri().toString();
    String theirs = other.resolve("note.txt").toUri().toString();
    sandbox.during(
        cv.resolve("resume.xml"),
        () -> {
          boolean otherThread = CompletableFuture.supplyAsync(() -> sandbox.permits(mine)).get();
          assertFalse(otherThread, "another thread does not inherit this render's folder");
          assertFalse(sandbox.permits(theirs));
          sandbox.during(
              other.resolve("resume.xml"),
              () -> {
                assertTrue(sandbox.permits(theirs));
                return null;
              });
          assertTrue(sandbox.permits(mine), "the folder is restored after a nested render");
          return null;
        });
  }

  @Test
  void aThemeFileAloneNotItsFolder() throws IOException {
    Path theme = Files.writeString(outside.resolve("theme.xml"), "<theme/>");
    sandbox.allow(theme.toUri().toString());
    assertTrue(sandbox.permits(theme.toUri()));
    assertFalse(sandbox.permits(outside.resolve("secret.txt").toUri()));
  }
}
