package io.resume.serve;

import io.resume.model.InputLimits;
import io.resume.model.InvalidResumeException;
import io.resume.render.Format;
import io.resume.render.RenderFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Every route of the server; anything else is a 404. The preview's routes answer only when the
 * server has a résumé to preview, and serve only what the preview made in memory: no path of a
 * request ever reaches the file system.
 */
final class Routes extends Handler.Abstract {
  /** Seconds a refused client is told to wait: a render takes a fraction of one. */
  static final int RETRY_AFTER_SECONDS = 1;

  private static final String JSON = "application/json";

  /** The résumé's own page may style itself and nothing more: its only script is JSON-LD data. */
  private static final String RESUME_HTML_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
          + "font-src data:; frame-ancestors 'self'";

  private static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; "
          + "connect-src 'self'; frame-src 'self'; object-src 'self'; img-src 'self'; frame-ancestors 'none'";

  private final RenderService service;
  private final RenderQueue queue;
  private final Preview preview;
  private final EventStreams events;
  private final Health health;
  private final HostCheck hosts;

  /**
   * @param preview the résumé the server previews, or null for a render service only
   */
  Routes(
      RenderService service,
      RenderQueue queue,
      Preview preview,
      EventStreams events,
      Health health,
      HostCheck hosts) {
    this.service = service;
    this.queue = queue;
    this.preview = preview;
    this.events = events;
    this.health = health;
    this.hosts = hosts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    if (!hosts.permits(request)) {
      send(
          response,
          callback,
          403,
          "text/plain;charset=utf-8",
          "this server answers only to localhost: start it with"
              + " --host to serve other names\n");
      return true;
    }
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    if (path.equals("/render")) {
      if (!method.equals("POST")) {
        return notAllowed(response, callback, "POST");
      }
      render(request, response, callback);
      return true;
    }
    if (!HttpMethod.GET.is(method)) {
      return notAllowed(response, callback, "GET");
    }
    switch (path) {
      case "/health" -> health.answer(response, callback);
      case "/" -> page(response, callback);
      case "/preview.js" ->
          previewFile(response, callback, "text/javascript;charset=utf-8", PreviewPage.SCRIPT);
      case "/preview.css" ->
          previewFile(response, callback, "text/css;charset=utf-8", PreviewPage.STYLE);
      case "/events" -> events(response, callback);
      default -> {
        Format format =
            path.startsWith("/resume.") ? Format.named(path.substring("/resume.".length())) : null;
        if (format == null || !path.equals("/resume." + format.extension())) {
          send(response, callback, 404, "text/plain;charset=utf-8", "no such page: " + path + "\n");
        } else {
          previewRender(format, response, callback);
        }
      }
    }
    return true;
  }

  private void page(Response response, Callback callback) {
    if (preview == null) {
      send(
          response,
          callback,
          200,
          "text/plain;charset=utf-8",
          "resume serve: POST a résumé (application/xml or"
              + " application/json) to /render?format=pdf|html|docx|txt|md; started without a résumé to preview.\n");
      return;
    }
    response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    send(response, callback, 200, "text/html;charset=utf-8", PreviewPage.html(preview));
  }

  private void previewFile(Response response, Callback callback, String type, String text) {
    if (preview == null) {
      send(response, callback, 404, "text/plain;charset=utf-8", "no résumé to preview\n");
      return;
    }
    send(response, callback, 200, type, text);
  }

  private void events(Response response, Callback callback) {
    if (preview == null) {
      send(response, callback, 404, "text/plain;charset=utf-8", "no résumé to preview\n");
      return;
    }
    events.open(response, callback, EventStreams.event("state", PreviewPage.json(preview.state())));
  }

  private void previewRender(Format format, Response response, Callback callback) {
    if (preview == null) {
      send(
          response,
          callback,
          404,
          "text/plain;charset=utf-8",
          "no résumé to preview: POST one to /render\n");
      return;
    }
    if (!preview.formats().contains(format)) {
      send(
          response,
          callback,
          404,
          "text/plain;charset=utf-8",
          "the preview does not make "
              + format.extension()
              + ": start serve with --format "
              + format.extension()
              + "\n");
      return;
    }
    byte[] shown = preview.shown(format);
    if (shown == null) {
      send(
          response,
          callback,
          404,
          "text/plain;charset=utf-8",
          "not rendered yet: " + String.join("\n", preview.state().problems()) + "\n");
      return;
    }
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    file(response, callback, format, shown, List.of());
  }

  /** POST /render: checks the query, the type and the size, then waits for a render job. */
  private void render(Request request, Response response, Callback callback) {
    if (queue.draining()) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      refuse(response, callback, "the server is stopping; send this request to another");
      return;
    }
    RenderRequest wanted;
    try {
      wanted = RenderRequest.parse(query(request), service.variant());
    } catch (RenderRequest.BadQuery e) {
      problems(response, callback, 400, ProblemsJson.of(e.getMessage()));
      return;
    }
    String type = mediaType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    boolean json;
    if (type.equals("application/json") || type.endsWith("+json")) {
      json = true;
    } else if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
      json = false;
    } else {
      problems(
          response,
          callback,
          415,
          ProblemsJson.of(
              "send the résumé as application/xml or application/json"
                  + (type.isEmpty() ? "" : ", not " + type)));
      return;
    }
    byte[] body;
    try {
      body = body(request);
    } catch (IOException e) {
      problems(
          response,
          callback,
          400,
          ProblemsJson.of("the request's body could not be read: " + e.getMessage()));
      return;
    }
    if (body == null) {
      long length = request.getLength();
      response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the rest of the body is not read
      problems(
          response,
          callback,
          413,
          ProblemsJson.of(
              InputLimits.tooLarge("request", length > 0 ? length : InputLimits.MAX_BYTES + 1)
                  .message()));
      return;
    }
    Reply reply = new Reply(response, callback);
    boolean admitted =
        queue.offer(
            new RenderQueue.Job() {
              @Override
              public void run() {
                try {
                  RenderService.Rendered rendered = service.render(body, json, wanted);
                  reply.file(rendered);
                } catch (InvalidResumeException e) {
                  reply.problems(400, ProblemsJson.of(e.problems()));
                } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                  // The body's own problem (more pages than asked, text a page cannot show) is a
                  // 400; anything else a fault of the server.
                  reply.problems(
                      RenderFailure.isInputsFault(e) ? 400 : 500,
                      ProblemsJson.of(RenderFailure.describe(e)));
                }
              }

              @Override
              public void timedOut(Duration limit) {
                reply.problems(
                    503,
                    ProblemsJson.of(
                        "not rendered within the time limit of " + limit.toSeconds() + " s"));
              }
            });
    if (!admitted) {
      if (queue.draining()) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
      }
      refuse(
          response,
          callback,
          queue.draining()
              ? "the server is stopping; send this request to another"
              : "busy: every render job is taken and the queue is full; retry after "
                  + RETRY_AFTER_SECONDS
                  + " s");
    }
  }

  /** 503 with Retry-After: a load balancer or a client tries again, here or elsewhere. */
  private static void refuse(Response response, Callback callback, String why) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    problems(response, callback, 503, ProblemsJson.of(why));
  }

  /** The body, or null when it is larger than a résumé may be (read no further than that). */
  private static byte[] body(Request request) throws IOException {
    if (request.getLength() > InputLimits.MAX_BYTES) {
      return null;
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] bytes = in.readNBytes((int) InputLimits.MAX_BYTES + 1);
      return bytes.length > InputLimits.MAX_BYTES ? null : bytes;
    }
  }

  private static Map<String, List<String>> query(Request request) {
    Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      query.put(field.getName(), field.getValues());
    }
    return query;
  }

  private static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean notAllowed(Response response, Callback callback, String allowed) {
    response.getHeaders().put(HttpHeader.ALLOW, allowed);
    send(response, callback, 405, "text/plain;charset=utf-8", "use " + allowed + "\n");
    return true;
  }

  static void problems(Response response, Callback callback, int status, String json) {
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    send(response, callback, status, JSON, json + "\n");
  }

  static void file(
      Response response, Callback callback, Format format, byte[] bytes, List<String> warnings) {
    response
        .getHeaders()
        .put(
            HttpHeader.CONTENT_DISPOSITION,
            (format == Format.DOCX ? "attachment" : "inline")
                + "; filename=\"resume."
                + format.extension()
                + "\"");
    if (format == Format.HTML) {
      response.getHeaders().put("Content-Security-Policy", RESUME_HTML_POLICY);
    }
    for (String warning : warnings.subList(0, Math.min(warnings.size(), 20))) {
      response.getHeaders().add("Resume-Warning", headerText(warning));
    }
    send(response, callback, 200, ContentTypes.of(format), bytes);
  }

  static void send(Response response, Callback callback, int status, String type, String text) {
    send(response, callback, status, type, text.getBytes(StandardCharsets.UTF_8));
  }

  static void send(Response response, Callback callback, int status, String type, byte[] bytes) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /**
   * A header carries printable ASCII only: anything else as \\uXXXX, so a warning cannot split or
   * spoil it.
   */
  static String headerText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
              } else if (c <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
              } else {
                out.append(String.format(Locale.ROOT, "\\U%08X", c));
              }
            });
    return out.toString();
  }

  /** A request answered once: by its render, or by its time limit, whichever comes first. */
  private static final class Reply {
    private final Response response;
    private final Callback callback;
    private final AtomicBoolean sent = new AtomicBoolean();

    Reply(Response response, Callback callback) {
      this.response = response;
      this.callback = callback;
    }

    void file(RenderService.Rendered rendered) {
      if (sent.compareAndSet(false, true)) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Routes.file(response, callback, rendered.format(), rendered.bytes(), rendered.warnings());
      }
    }

    void problems(int status, String json) {
      if (sent.compareAndSet(false, true)) {
        Routes.problems(response, callback, status, json);
      }
    }
  }
}
