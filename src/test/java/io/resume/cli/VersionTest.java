package io.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code --version} says the version the build was made from, not a placeholder. */
class VersionTest {

  /** The version in the repository's pom.xml, which the build writes into the jar. */
  static String pomVersion() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    return XPathFactory.newInstance()
        .newXPath()
        .evaluate("/*[local-name()='project']/*[local-name()='version']", pom);
  }

  @Test
  void theVersionIsTheBuildsAndTheJavaThatRunsIt() throws Exception {
    String version = pomVersion();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    CliRun run = CliRun.of("--version");
    assertEquals(Main.OK, run.status(), run.err());
    assertEquals("resume " + version, run.out().lines().findFirst().orElseThrow());
    assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
  }
}
