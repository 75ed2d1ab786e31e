package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.sandbox.Sandbox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FOP may read images and fonts only from the résumé's folder, the stylesheets and the jar: an
 * image anywhere else, or on the network, is refused and named in a warning.
 */
class ResourceGateTest {
  @TempDir static Path folder;
  private static Path resumeFolder;
  private static Path outside;
  private static Sandbox sandbox;
  private static ResourceGate gate;
  private static FopFactory factory;

  @BeforeAll
  static void setUp() throws Exception {
    resumeFolder = Files.createDirectories(folder.resolve("resume"));
    outside = Files.createDirectories(folder.resolve("elsewhere"));
    for (Path place : List.of(resumeFolder, outside)) {
      ImageIO.write(
          new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB),
          "png",
          place.resolve("photo.png").toFile());
    }
    sandbox = new Sandbox();
    gate = new ResourceGate(ResourceResolverFactory.createDefaultResourceResolver(), sandbox);
    sandbox.allow(Path.of("xsl").toAbsolutePath().toUri().toString());
    factory = FopFactories.create(gate, sandbox, new SourceAttachments(), Map.of());
  }

  @Test
  void anImageInTheResumesFolderIsRead() throws Exception {
    assertEquals(List.of(), render(resumeFolder.resolve("photo.png").toUri().toString()));
  }

  @Test
  void aFileElsewhereIsRefusedAndNamed() throws Exception {
    for (String src :
        List.of(
            "file:///etc/passwd",
            outside.resolve("photo.png").toUri().toString(),
            resumeFolder.resolve("../elsewhere/photo.png").toUri().toString())) {
      List<String> warnings = render(src);
      assertTrue(
          warnings.stream().anyMatch(w -> w.contains("refused to read " + src)),
          src + ": " + warnings);
    }
  }

  @Test
  void theNetworkIsRefused() throws Exception {
    for (String src :
        List.of(
            "http://example.com/x.png", "https://example.com/x.png", "ftp://example.com/x.png")) {
      List<String> warnings = render(src);
      assertTrue(
          warnings.stream().anyMatch(w -> w.contains("refused to read " + src)),
          src + ": " + warnings);
    }
  }

  @Test
  void aLinkInsideTheFolderCannotLeadOut() throws Exception {
    Path link = resumeFolder.resolve("passwd.png");
    Files.createSymbolicLink(link, outside.resolve("photo.png"));
    asRender(
        () -> {
          assertFalse(gate.permits(link.toUri()));
          assertTrue(gate.permits(resumeFolder.resolve("photo.png").toUri()));
          assertTrue(
              gate.permits(Path.of("xsl/fo/fo.xsl").toAbsolutePath().toUri()), "the stylesheets");
          assertFalse(gate.permits(URI.create("jar:file:/tmp/other.jar!/x.png")));
          return null;
        });
    assertFalse(
        gate.permits(resumeFolder.resolve("photo.png").toUri()),
        "the résumé's folder only while it renders");
  }

  /** Runs as the render of a résumé in resumeFolder does: that folder readable by this thread. */
  private static <T> T asRender(Sandbox.Work<T, Exception> work) throws Exception {
    return sandbox.during(resumeFolder.resolve("resume.xml"), work);
  }

  /** Renders one page with the image, and returns FOP's warnings. */
  private static List<String> render(String src) throws Exception {
    String fo =
        """
        <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:fox="http://xmlgraphics.apache.org/fop/extensions" xml:lang="en">
          <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="60mm" page-height="40mm" margin="5mm">
            <fo:region-body/></fo:simple-page-master></fo:layout-master-set>
          <fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">t</rdf:li></rdf:Alt></dc:title></rdf:Description>
          </rdf:RDF></x:xmpmeta></fo:declarations>
          <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body" font-family="Liberation Serif">
            <fo:block>Photo: <fo:external-graphic src="url('%s')" fox:alt-text="photo"/></fo:block>
          </fo:flow></fo:page-sequence>
        </fo:root>
        """
            .formatted(src);
    List<String> warnings = new ArrayList<>();
    FOUserAgent agent = factory.newFOUserAgent();
    agent.getEventBroadcaster().addEventListener(new FopEventWarnings(warnings::add, gate));
    Fop fop = factory.newFop("application/pdf", agent, new ByteArrayOutputStream());
    asRender(
        () -> {
          TransformerFactory.newInstance()
              .newTransformer()
              .transform(
                  new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
          return null;
        });
    return warnings;
  }
}
