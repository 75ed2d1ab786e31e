package io.resume.serve;

import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * On loopback, the server answers only requests addressed to a loopback name. A web page the user
 * visits could otherwise point a name of its own at 127.0.0.1 (DNS rebinding) and read the
 * preview's résumé, private items included. Listening on another address (a container, behind a
 * load balancer), any name is accepted: the network in front decides who reaches it.
 */
final class HostCheck {
  private final boolean loopbackOnly;

  HostCheck(boolean loopbackOnly) {
    this.loopbackOnly = loopbackOnly;
  }

  boolean permits(Request request) {
    if (!loopbackOnly) {
      return true;
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    return host == null || isLoopbackName(host);
  }

  /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}, with or without a port. */
  static boolean isLoopbackName(String hostHeader) {
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0
          && host.substring(1, end).equals("::1")
          && (end == host.length() - 1 || host.charAt(end + 1) == ':');
    }
    int colon = host.indexOf(':');
    String name = colon < 0 ? host : host.substring(0, colon);
    return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
