package io.resume.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.StylesheetCopies;
import io.resume.xslt.Preparer;
import io.resume.xslt.Stylesheets;
import io.resume.xslt.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's checks and the stylesheets' filter tell a text's language by one rule ({@link
 * TextLanguage}). A text without xml:lang is in the language it inherits (in a valid résumé, the
 * root's: resume.xsd gives xml:lang to no section), written here in another case than the
 * alternative's own: the checks refuse a second text in it, naming it, and the filter chooses it
 * for that --lang. A copy of the stylesheets whose f:language ignores ancestors chooses otherwise:
 * what a second rule would do.
 */
class TextLanguageAgreementTest {
  private static final Processor PROCESSOR = new Processor(false);
  private static final ResumeReader READER = new ResumeReader(PROCESSOR);

  /** The first role is inherited from the root (DE), the second is its own (en). */
  private static final String CHOOSE =
      """
      <resume xmlns="urn:resume:1" xml:lang="DE">
        <basics><name>Ada</name></basics>
        <work title="Erfahrung">
          <position>
            <organization>Labor</organization>
            <role xml:lang="en">Intern</role>
            <role>Praktikantin</role>
          </position>
        </work>
      </resume>
      """;

  @TempDir Path dir;

  @Test
  void theChecksRefuseASecondTextInTheInheritedLanguage() throws IOException {
    Path file =
        write(
            "twice.xml",
            """
            <resume xmlns="urn:resume:1" xml:lang="DE">
              <basics><name>Ada</name></basics>
              <work title="Erfahrung">
                <position>
                  <organization>Labor</organization>
                  <role>Praktikantin</role>
                  <role xml:lang="de">Werkstudentin</role>
                </position>
              </work>
            </resume>
            """);
    InvalidResumeException refused =
        assertThrows(InvalidResumeException.class, () -> READER.read(file));
    List<String> lines = refused.problems().stream().map(Problem::toString).toList();
    assertEquals(1, lines.size(), lines::toString);
    assertTrue(lines.get(0).contains(":7:"), lines::toString);
    assertTrue(lines.get(0).contains("a second <role> in 'de'"), lines::toString);
  }

  @Test
  void theFilterChoosesTheTextInTheInheritedLanguage() throws Exception {
    XdmNode resume = READER.read(write("choose.xml", CHOOSE));
    assertEquals("Praktikantin", role(Stylesheets.bundled(PROCESSOR), resume, "de"));
    assertEquals("Intern", role(Stylesheets.bundled(PROCESSOR), resume, "en"));
  }

  /** A user's copy made before the rule moved to Java keeps its own f:language, and still works. */
  @Test
  void aCopyWithTheOldXPathRuleChoosesTheSame() throws Exception {
    XdmNode resume = READER.read(write("choose.xml", CHOOSE));
    Stylesheets old =
        copyWithLanguage(
            "old", "lower-case(string(($node/ancestor-or-self::*/@xml:lang)[last()]))");
    assertEquals("Praktikantin", role(old, resume, "de"));
  }

  /** The broken case: a rule that ignores ancestors gives the other text, which the tests catch. */
  @Test
  void aRuleThatIgnoresAncestorsChoosesOtherwise() throws Exception {
    XdmNode resume = READER.read(write("choose.xml", CHOOSE));
    Stylesheets broken = copyWithLanguage("broken", "lower-case(string($node/@xml:lang))");
    assertNotEquals("Praktikantin", role(broken, resume, "de"));
  }

  /** The role the prepared résumé shows for --lang. */
  private static String role(Stylesheets stylesheets, XdmNode resume, String lang)
      throws SaxonApiException {
    XdmNode view =
        new Preparer(stylesheets).prepareVariant(resume, Variant.lang(lang), Warnings.IGNORE);
    XPathCompiler xpath = PROCESSOR.newXPathCompiler();
    List<String> shown =
        xpath.evaluate("//text()[normalize-space() = ('Intern', 'Praktikantin')]", view).stream()
            .map(text -> text.getStringValue().strip())
            .distinct()
            .toList();
    assertEquals(1, shown.size(), "one of the roles shown: " + shown);
    return shown.get(0);
  }

  /** A copy of xsl/ whose f:language is the given XPath expression instead of language:of. */
  private Stylesheets copyWithLanguage(String name, String expression) throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve(name));
    Path filter = xsl.resolve("common/filter.xsl");
    String original = Files.readString(filter);
    String edited =
        original.replace(
            "<xsl:sequence select=\"language:of($node)\"/>",
            "<xsl:sequence select=\"" + expression + "\"/>");
    assertNotEquals(original, edited, "f:language was replaced");
    Files.writeString(filter, edited);
    return Stylesheets.in(PROCESSOR, xsl);
  }

  private Path write(String name, String xml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, xml);
    return file;
  }
}
