package io.resume.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The open {@code GET /events} streams (server-sent events) of the preview pages. Every message
 * goes to every page; a page that no longer reads (closed, gone, or too slow) is dropped, and its
 * browser reconnects by itself when it comes back.
 */
final class EventStreams {
  /** How long one page may take to accept a message before it is dropped. */
  private static final long WRITE_SECONDS = 5;

  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

  /** Starts a stream: the headers, a reconnect delay, then {@code first} (the current state). */
  void open(Response response, Callback done, String first) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Stream stream = new Stream(response, done);
    streams.add(stream);
    // A browser reconnects 1 s after losing the stream (a restarted server), and then gets the
    // state anew.
    stream.send("retry: 1000\n\n" + first);
  }

  /** One event to every page: {@code event: NAME}, and the data on one line. */
  void broadcast(String name, String data) {
    String message = event(name, data);
    streams.forEach(stream -> stream.send(message));
  }

  /**
   * A comment every few seconds keeps idle streams open through proxies and finds the pages gone.
   */
  void ping() {
    streams.forEach(stream -> stream.send(": ping\n\n"));
  }

  int size() {
    return streams.size();
  }

  /** Ends every stream (the server is stopping). */
  void closeAll() {
    streams.forEach(Stream::end);
  }

  /** One event as the stream carries it; {@code data} must be one line (JSON is). */
  static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data + "\n\n";
  }

  private final class Stream {
    private final Response response;
    private final Callback done;
    private boolean closed;

    Stream(Response response, Callback done) {
      this.response = response;
      this.done = done;
    }

    synchronized void send(String text) {
      if (closed) {
        return;
      }
      Callback.Completable written = new Callback.Completable();
      response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
      try {
        written.get(WRITE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        drop(e);
      } catch (Exception e) { // NOPMD: any failure to write means the page is gone
        drop(e);
      }
    }

    synchronized void end() {
      if (!closed) {
        closed = true;
        streams.remove(this);
        response.write(true, ByteBuffer.allocate(0), done);
      }
    }

    private void drop(Throwable why) {
      closed = true;
      streams.remove(this);
      done.failed(why);
    }
  }
}
