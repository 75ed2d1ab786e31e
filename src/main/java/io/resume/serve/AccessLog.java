package io.resume.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request once it is answered: time, client, request line, status, bytes sent and how
 * long it took from its headers to its last byte, e.g. {@code 2025-01-31T10:00:00Z 127.0.0.1 "POST
 * /render?format=pdf" 200 41733 B 38 ms}.
 */
final class AccessLog implements RequestLog {
  private final Consumer<String> out;

  AccessLog(Consumer<String> out) {
    this.out = out;
  }

  @Override
  public void log(Request request, Response response) {
    double millis = (System.nanoTime() - request.getHeadersNanoTime()) / 1e6;
    String target = request.getHttpURI().getPathQuery();
    out.accept(
        String.format(
            Locale.ROOT,
            "%s %s \"%s %s\" %d %d B %.0f ms",
            Instant.ofEpochMilli(Request.getTimeStamp(request)).truncatedTo(ChronoUnit.SECONDS),
            Request.getRemoteAddr(request),
            request.getMethod(),
            target,
            response.getStatus(),
            Response.getContentBytesWritten(response),
            millis));
  }
}
