package io.resume.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Which links a résumé may hold: http, https, mailto or tel (resume.xsd's Url), and a web address
 * only with a host a browser can reach. The schema and {@link ResumeChecks} apply these to XML;
 * JSON Resume import asks the same before it makes a link of a member.
 */
public final class Links {
  // The same rule as resume.xsd's Url type.
  private static final Pattern URL = Pattern.compile("(https?|mailto|tel):\\S+");

  private Links() {}

  /** True when the text is a link the schema and the checks accept. */
  public static boolean isAllowed(String url) {
    String text = url.strip();
    return URL.matcher(text).matches() && (text.startsWith("http") ? hasHost(text) : isUri(text));
  }

  /** A mailto: or tel: link the renderers can make: a URI (spaces and quotes percent-encoded). */
  static boolean isUri(String link) {
    try {
      new URI(link);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A web address that names a host (example.org, localhost), as a link needs. */
  static boolean hasHost(String url) {
    try {
      String host = new URI(url).getHost();
      return host != null && host.contains(".") || "localhost".equals(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
