package io.resume.serve;

import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/** A server started for a test, with an HTTP client and the access log it printed. */
final class Served implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(60);

  final ResumeServer server;
  private static final RenderOptions FIXED = new RenderOptions(Paper.A4, Instant.EPOCH);

  final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
  final BlockingQueue<String> log = new LinkedBlockingQueue<>();

  private Served(
      Settings settings, Path xsl, ResumeServer.PreviewOf preview, RenderQueue.Listener listener)
      throws IOException {
    this(settings, xsl, preview, listener, pipeline -> FIXED);
  }

  private Served(
      Settings settings,
      Path xsl,
      ResumeServer.PreviewOf preview,
      RenderQueue.Listener listener,
      Function<Pipeline, RenderOptions> options)
      throws IOException {
    ResumeServer.Choices choices =
        new ResumeServer.Choices(
            xsl, Variant.DEFAULT, EmbedSource.CLEAN, options, false, () -> Instant.EPOCH);
    this.server = ResumeServer.start(settings, choices, preview, log::add, listener);
  }

  /** A render service only, on loopback. */
  static Served service(Settings settings, RenderQueue.Listener listener) throws IOException {
    return new Served(settings, null, null, listener);
  }

  static Served service() throws IOException {
    return service(Settings.defaults(), new RenderQueue.Listener() {});
  }

  /** A preview of {@code input} in every format, and the render service. */
  static Served preview(Path input, Path xsl) throws IOException {
    return new Served(
        Settings.defaults(),
        xsl,
        new ResumeServer.PreviewOf(input, Set.of(Format.values()), null, Duration.ofMillis(50)),
        new RenderQueue.Listener() {});
  }

  /** A preview of {@code input} in every format with a theme file, which it follows too. */
  static Served previewWithTheme(Path input, Path theme) throws IOException {
    return new Served(
        Settings.defaults(),
        null,
        new ResumeServer.PreviewOf(input, Set.of(Format.values()), theme, Duration.ofMillis(50)),
        new RenderQueue.Listener() {},
        pipeline -> FIXED.withTheme(pipeline.theme(theme.toString())));
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> getText(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest post(String query, String type, byte[] body) {
    return HttpRequest.newBuilder(uri("/render" + query))
        .timeout(WAIT)
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  HttpResponse<byte[]> render(String query, String type, byte[] body)
      throws IOException, InterruptedException {
    return client.send(post(query, type, body), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  static List<String> header(HttpResponse<?> response, String name) {
    return response.headers().allValues(name);
  }

  @Override
  public void close() {
    server.close();
  }
}
