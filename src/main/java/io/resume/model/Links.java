package io.resume.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Which links a résumé may hold: http, https, mailto or tel (resume.xsd's Url), and a web address
 * only with a host a browser can reach. The one rule: the schema and {@link ResumeChecks} apply it
 * to XML, JSON Resume import and its Markdown before they make a link, and the prepare step before
 * it gives a renderer an address to link ({@code xsl/common/links.xsl}); each refusal is worded by
 * {@link #refusal}.
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

  /**
   * Why the text is no link a résumé makes, in words a message goes on from ({@code "x" is not a
   * link …: shown as text}); null when it is one.
   */
  public static String refusal(String url) {
    return isAllowed(url)
        ? null
        : Excerpt.quote(url.strip(), '"')
            + " is not a link a résumé makes (http, https, mailto or tel with a host)";
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
