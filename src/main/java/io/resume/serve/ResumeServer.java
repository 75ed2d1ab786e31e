package io.resume.serve;

import io.resume.DaemonThreads;
import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.RenderOptions;
import io.resume.xslt.EmbedSource;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code resume serve}: a warm renderer over HTTP (Jetty), with the live preview of a résumé when
 * it is given one. Started by {@link #start}; stopped gracefully by {@link #drain} (no new renders,
 * the admitted ones finish) then {@link #close}.
 */
public final class ResumeServer implements AutoCloseable {
  /** How often idle preview streams get a comment (Jetty closes a connection idle for 30 s). */
  private static final long PING_SECONDS = 10;

  /** Renders of the bundled résumé, in every format, before the server says it is ready. */
  private static final int WARM_UP_ROUNDS = 3;

  /**
   * What a request is rendered with when its query does not say: the command line's choices.
   *
   * @param xsl the user's stylesheets folder, or null for the bundled ones
   * @param embed what a PDF carries of its résumé
   * @param options the page size, theme and page limit, made for a pipeline (a theme is read with
   *     its stylesheets)
   * @param strict whether a warning fails a render (400)
   * @param clock the time written into PDF and DOCX metadata
   */
  public record Choices(
      Path xsl,
      Variant variant,
      EmbedSource embed,
      Function<Pipeline, RenderOptions> options,
      boolean strict,
      Supplier<Instant> clock) {}

  /**
   * The résumé to preview.
   *
   * @param formats the formats made after each save (the page shows HTML and PDF, links the rest)
   * @param themeFile a theme file to follow as well, or null
   * @param debounce how long the files must be quiet after a save before a render
   */
  public record PreviewOf(Path input, Set<Format> formats, Path themeFile, Duration debounce) {}

  private final Server jetty;
  private final ServerConnector connector;
  private final RenderService service;
  private final RenderQueue queue;
  private final Preview preview;
  private final EventStreams events;
  private final Health health;
  private final ScheduledExecutorService pinger;
  private final CompletableFuture<Void> warm = new CompletableFuture<>();

  private ResumeServer(
      Settings settings,
      Choices choices,
      PreviewOf previewOf,
      Consumer<String> log,
      RenderQueue.Listener listener)
      throws IOException {
    this.service =
        new RenderService(
            choices.xsl(),
            new RenderService.Defaults(
                choices.variant(),
                choices.embed(),
                choices.options(),
                choices.strict(),
                choices.clock()));
    this.queue = new RenderQueue(settings.jobs(), settings.queue(), settings.timeLimit(), listener);
    this.events = new EventStreams();
    this.health = new Health(queue, events);
    if (previewOf == null) {
      this.preview = null;
    } else {
      this.preview =
          new Preview(
              previewOf.input(),
              choices.xsl(),
              previewOf.formats(),
              choices.variant(),
              choices.embed(),
              choices.options());
      preview.onState(state -> events.broadcast("state", PreviewPage.json(state)));
      preview.onStylesheets(service::reload);
      preview.refresh(false);
      preview.follow(previewOf.themeFile(), previewOf.debounce());
    }
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("serve-http");
    this.jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    jetty.addConnector(connector);
    boolean loopback = InetAddress.getByName(settings.host()).isLoopbackAddress();
    jetty.setHandler(new Routes(service, queue, preview, events, health, new HostCheck(loopback)));
    jetty.setRequestLog(new AccessLog(log));
    this.pinger = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("serve-ping"));
  }

  /**
   * Renders the preview's résumé (when there is one), starts listening, then warms the renderers up
   * on a thread of its own; {@code GET /health} answers 200 once they are warm.
   *
   * @param log where the access log's lines go
   * @param listener told of the queue's work (tests hold renders there), or a no-op
   */
  public static ResumeServer start(
      Settings settings,
      Choices choices,
      PreviewOf preview,
      Consumer<String> log,
      RenderQueue.Listener listener)
      throws IOException {
    ResumeServer server = new ResumeServer(settings, choices, preview, log, listener);
    try {
      server.jetty.start();
    } catch (IOException e) {
      server.close();
      throw e;
    } catch (Exception e) {
      server.close();
      throw new IOException(e.getMessage(), e);
    }
    server.pinger.scheduleAtFixedRate(
        server.events::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    Thread warmUp = DaemonThreads.named("serve-warm-up").newThread(server::warmUp);
    warmUp.start();
    return server;
  }

  public static ResumeServer start(
      Settings settings, Choices choices, PreviewOf preview, Consumer<String> log)
      throws IOException {
    return start(settings, choices, preview, log, new RenderQueue.Listener() {});
  }

  /** The address to give a browser: http://127.0.0.1:PORT/ (IPv6 in brackets). */
  public URI uri() {
    String host = connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  /** The address the server's socket is bound to. */
  public InetSocketAddress boundTo() throws IOException {
    return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
  }

  /** Completes once the server has warmed up and {@code /health} says ready. */
  public CompletableFuture<Void> warm() {
    return warm;
  }

  /**
   * Begins a graceful stop: {@code /health} and every new render answer 503 from now on, while the
   * renders already admitted finish. The future completes when the last has been answered.
   */
  public CompletableFuture<Void> drain() {
    return queue.drain();
  }

  /** Waits until the server has stopped. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /** Stops at once: closes the preview's streams and the connections. */
  @Override
  public void close() {
    pinger.shutdownNow();
    events.closeAll();
    try {
      jetty.stop();
    } catch (Exception e) { // NOPMD: stopping is best effort; nothing is left to save
      // the connections are closed either way
    }
    queue.close();
    if (preview != null) {
      try {
        preview.close();
      } catch (IOException e) {
        // the watch is over either way
      }
    }
  }

  private void warmUp() {
    try {
      byte[] resume;
      try (InputStream in = ResumeServer.class.getResourceAsStream("warm-up.xml")) {
        if (in == null) {
          throw new IllegalStateException("missing resource io/resume/serve/warm-up.xml");
        }
        resume = in.readAllBytes();
      }
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (Format format : Format.values()) {
          service.render(resume, false, new RenderRequest(format, service.variant(), null, null));
        }
      }
      health.ready();
      warm.complete(null);
    } catch (IOException e) {
      warm.completeExceptionally(new UncheckedIOException(e));
    } catch (Exception e) { // NOPMD: a warm-up that fails leaves /health at 503 and says why
      warm.completeExceptionally(e);
    }
  }
}
