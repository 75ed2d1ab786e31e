package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resume serve} from the packaged jar, as a user and a container run it: it says where it
 * listens (loopback by default), answers, and stops on SIGTERM; and the other commands never load
 * the server's classes.
 */
class ServeIT {
  private static final Path JAR = Path.of(System.getProperty("resume.jar", "target/resume.jar"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void servesOnLoopbackAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    Path input = Files.copy(Seed.PATH, dir.resolve("cv.xml"));
    Process process =
        new ProcessBuilder(JAVA, "-jar", JAR.toString(), "serve", input.toString())
            .redirectErrorStream(true)
            .start();
    // Read as it comes, on a thread of its own: the process's output must not be read after it
    // ends.
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () ->
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .lines()
                    .forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    try {
      String first = lines.poll(120, TimeUnit.SECONDS);
      Matcher serving =
          Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/) \\(preview of cv\\.xml\\).*")
              .matcher(first);
      assertTrue(serving.matches(), first);
      URI uri = URI.create(serving.group(1));
      assertEquals("ready: warmed up", lines.poll(120, TimeUnit.SECONDS));
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> text =
          client.send(
              HttpRequest.newBuilder(uri.resolve("/resume.txt")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, text.statusCode());
      assertTrue(text.body().contains("Tongji University"));

      process
          .toHandle()
          .destroy(); // SIGTERM (Process.destroy would also close the output still to read)
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      reader.join(TimeUnit.SECONDS.toMillis(60));
      List<String> rest = new ArrayList<>(lines);
      assertTrue(rest.contains("stopping: finishing the renders under way"), rest::toString);
      assertEquals("stopped", rest.get(rest.size() - 1), rest::toString);
      assertFalse(String.join("\n", rest).contains("Exception"), rest::toString);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void renderLoadsNoServerClass(@TempDir Path dir) throws Exception {
    Process process =
        new ProcessBuilder(
                JAVA,
                "-Xlog:class+load=info",
                "-jar",
                JAR.toString(),
                "render",
                Seed.FILE,
                "--out",
                dir.toString())
            .redirectErrorStream(true)
            .start();
    List<String> loaded =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
            .lines()
            .filter(line -> line.contains("source:"))
            .toList();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    assertTrue(
        loaded.stream().anyMatch(line -> line.contains("io.resume.cli.RenderCommand")),
        "the log is the class-loading log (keeps the check below honest)");
    // (The class io.resume.cli.ServeCommand is loaded, as every subcommand's is for picocli's list:
    // it names the server only in its body.)
    List<String> server =
        loaded.stream()
            .filter(
                line ->
                    line.contains("org.eclipse.jetty")
                        || line.contains("io.resume.serve")
                        || line.contains("org.slf4j"))
            .toList();
    assertEquals(List.of(), server);
  }
}
