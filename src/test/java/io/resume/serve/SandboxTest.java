package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.StylesheetCopies;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's sandbox, over HTTP: a request's résumé has no folder, so its stylesheets may read only
 * themselves, even on a server whose preview may read its own résumé's folder; by default the
 * server is reachable from this machine only, and only under a loopback name.
 */
class SandboxTest {
  private static final String SECRET = "the contents of a file beside the résumé";

  @Test
  void aRequestCannotReadTheFilesThePreviewMay(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Path input = Files.writeString(folder.resolve("cv.xml"), PreviewTest.resume("Ada Lovelace"));
    Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
    // A user's stylesheets that print a file of the résumé's folder into the plain text.
    Path xsl = StylesheetCopies.copyTo(dir.resolve("my-xsl"));
    Path txt = xsl.resolve("text/txt.xsl");
    Files.writeString(
        txt,
        Files.readString(txt)
            .replace(
                "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"text\"/>",
                "<xsl:value-of select=\"unparsed-text('"
                    + secret.toUri()
                    + "')\"/>"
                    + "<xsl:apply-templates select=\"f:prepared(.)\" mode=\"text\"/>"));
    try (Served served = Served.preview(input, xsl)) {
      assertTrue(
          served.getText("/resume.txt").body().contains(SECRET),
          "the preview's own résumé may read its folder, as `render` may (this keeps the check below honest)");
      HttpResponse<byte[]> posted =
          served.render("?format=txt", "application/xml", Files.readAllBytes(input));
      assertEquals(500, posted.statusCode(), Served.text(posted));
      assertTrue(Served.text(posted).contains("refused to read"), Served.text(posted));
      assertFalse(Served.text(posted).contains(SECRET));
    }
  }

  @Test
  void aRequestsEntitiesAndIncludesAreRefused() throws Exception {
    try (Served served = Served.service()) {
      String xxe =
          "<?xml version='1.0'?><!DOCTYPE resume [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
              + "<resume xmlns='urn:resume:1'><basics><name>&x;</name></basics></resume>";
      HttpResponse<byte[]> response =
          served.render("?format=txt", "application/xml", xxe.getBytes(StandardCharsets.UTF_8));
      assertEquals(400, response.statusCode());
      assertTrue(Served.text(response).contains("DOCTYPE"), Served.text(response));
      assertFalse(Served.text(response).contains("root:"));
      String include =
          "<resume xmlns='urn:resume:1' xmlns:xi='http://www.w3.org/2001/XInclude'><basics><name>A</name>"
              + "<xi:include href='file:///etc/passwd' parse='text'/></basics></resume>";
      HttpResponse<byte[]> included =
          served.render("?format=txt", "application/xml", include.getBytes(StandardCharsets.UTF_8));
      assertEquals(400, included.statusCode(), Served.text(included));
      assertFalse(Served.text(included).contains("root:"));
    }
  }

  @Test
  void byDefaultItListensOnLoopbackOnly() throws Exception {
    assertTrue(InetAddress.getByName(Settings.defaults().host()).isLoopbackAddress());
    try (Served served = Served.service()) {
      assertEquals("127.0.0.1", served.server.uri().getHost());
      // Bound to the loopback address itself, not to every interface (0.0.0.0): no other machine
      // reaches it.
      InetAddress bound = served.server.boundTo().getAddress();
      assertTrue(bound.isLoopbackAddress() && !bound.isAnyLocalAddress(), bound.toString());
    }
  }

  @Test
  void onLoopbackOnlyLoopbackNamesAreAnswered() throws Exception {
    try (Served served = Served.service()) {
      int port = served.server.uri().getPort();
      assertEquals(
          403, status(port, "rebound.example.com:" + port), "DNS rebinding: a web page's own name");
      assertEquals(403, status(port, "localhost.example.com"));
      assertEquals(200, status(port, "localhost:" + port));
      assertEquals(200, status(port, "127.0.0.1:" + port));
      assertEquals(200, status(port, "[::1]:" + port));
    }
  }

  /** The status of GET / sent with this Host header (a client library would not let one set it). */
  private static int status(int port, String host) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String line =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(line.split(" ")[1]);
    }
  }
}
