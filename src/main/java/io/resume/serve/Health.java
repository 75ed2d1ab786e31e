package io.resume.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /health}: 200 once the server is warm and taking renders, 503 while it starts or
 * stops, so that a load balancer sends it work only in between. The body says how busy it is.
 */
final class Health {
  private final RenderQueue queue;
  private final EventStreams events;
  private volatile boolean ready;

  Health(RenderQueue queue, EventStreams events) {
    this.queue = queue;
    this.events = events;
  }

  void ready() {
    ready = true;
  }

  String status() {
    return queue.draining() ? "stopping" : ready ? "ready" : "starting";
  }

  void answer(Response response, Callback callback) {
    String status = status();
    String body =
        String.format(
            Locale.ROOT,
            "{\"status\":\"%s\",\"rendering\":%d,\"waiting\":%d,\"previewPages\":%d,\"heapAfterLastGcBytes\":%d}%n",
            status,
            queue.running(),
            queue.waiting(),
            events.size(),
            heapAfterLastGc());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Routes.send(response, callback, status.equals("ready") ? 200 : 503, "application/json", body);
  }

  /** What the heap held after the last collection of each of its pools (-1 before any). */
  static long heapAfterLastGc() {
    long used = 0;
    boolean any = false;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (after != null) {
        used += after.getUsed();
        any = true;
      }
    }
    return any ? used : -1;
  }
}
