package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A profile shows its address as text, decided once in the prepare step for every format: the
 * profile's url, or the address a well-known network gives a user name. Patterns from real résumés:
 * a url that is only the network's home page, a user name written with "@", a network whose
 * addresses nobody can build.
 */
class ProfileAddressesTest {
  private static final Processor PROCESSOR = new Processor(false);

  @ParameterizedTest(name = "{0} {1} {2} → {3} {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // network    | username        | url                                          | href shown
        // as a link                        | text shown
        "GitHub       | chenzhuofu      | -                                            | https://github.com/chenzhuofu               | github.com/chenzhuofu",
        "LinkedIn     | ana-lima        | -                                            | https://www.linkedin.com/in/ana-lima        | linkedin.com/in/ana-lima",
        "Twitter      | @ana            | -                                            | https://twitter.com/ana                     | twitter.com/ana",
        "Stack Overflow | ana           | -                                            | -                                           | ana",
        // The JSON Resume sample's: the url is Twitter's home page, the user name says who.
        "Twitter      | neutralthoughts | https://www.twitter.com                      | https://twitter.com/neutralthoughts         | twitter.com/neutralthoughts",
        "SoundCloud   | dandymusicnl    | https://soundcloud.example.com/dandymusicnl  | https://soundcloud.example.com/dandymusicnl | soundcloud.example.com/dandymusicnl",
        "GitHub       | ana             | https://github.com/ana-old/                  | https://github.com/ana-old/                 | github.com/ana-old",
        // Another site's home page is not GitHub's: it stays, and the user name is shown.
        "GitHub       | ana             | https://ana.example.org                      | https://ana.example.org                     | ana",
        "Mastodon     | @ana@fosstodon.org | https://fosstodon.org                     | https://fosstodon.org                       | @ana@fosstodon.org",
        "Mastodon     | -               | https://fosstodon.org/@ana                   | https://fosstodon.org/@ana                  | fosstodon.org/@ana",
        // Not a user name: nothing is built from it.
        "GitHub       | ana lima        | -                                            | -                                           | ana lima",
        "Behance      | -               | -                                            | -                                           | Behance",
      })
  void aProfileShowsItsAddress(
      String network, String username, String url, String href, String text)
      throws SaxonApiException {
    XdmNode contact = prepare(network, username, url);
    assertEquals(href == null ? "" : href, evaluate(contact, "string(@href)"));
    assertEquals(text, evaluate(contact, "string(.)"));
    assertEquals(network, evaluate(contact, "string(@label)"));
  }

  private static XdmNode prepare(String network, String username, String url)
      throws SaxonApiException {
    String xml =
        "<resume xmlns='urn:resume:1' xml:lang='en'><basics><name>Ana Lima</name><profile>"
            + "<network>"
            + network
            + "</network>"
            + (username == null ? "" : "<username>" + username + "</username>")
            + (url == null ? "" : "<url>" + url + "</url>")
            + "</profile></basics></resume>";
    XdmNode source = PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    XdmNode view =
        new Preparer(Stylesheets.bundled(PROCESSOR))
            .prepare(
                source,
                "",
                message -> {
                  throw new AssertionError("unexpected warning: " + message);
                });
    XPathCompiler compiler = compiler();
    return (XdmNode) compiler.evaluateSingle("/v:document/v:header/v:contact", view);
  }

  private static String evaluate(XdmNode node, String xpath) throws SaxonApiException {
    return compiler().evaluateSingle(xpath, node).getStringValue();
  }

  private static XPathCompiler compiler() {
    XPathCompiler compiler = PROCESSOR.newXPathCompiler();
    compiler.declareNamespace("v", "urn:resume:view:1");
    return compiler;
  }
}
