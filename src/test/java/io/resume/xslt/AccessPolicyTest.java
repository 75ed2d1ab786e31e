package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.StylesheetCopies;
import io.resume.model.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stylesheet, even a user's own copy, reads only the stylesheets and the résumé's folder. */
class AccessPolicyTest {

  @Test
  void prefixesAreCheckedAfterNormalisation() {
    AccessPolicy policy = new AccessPolicy();
    policy.allow("file:/home/ann/cv/");
    assertTrue(policy.permits("file:/home/ann/cv/photo.svg"));
    assertFalse(policy.permits("file:/home/ann/cv/../.ssh/id_rsa"));
    assertFalse(policy.permits("file:/etc/passwd"));
    assertFalse(policy.permits("http://example.org/x.xml"));
  }

  @Test
  void aStylesheetThatReadsOutsideIsRefused(@TempDir Path dir) throws IOException {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("xsl"));
    Path prepare = xsl.resolve("common/prepare.xsl");
    Files.writeString(
        prepare,
        Files.readString(prepare)
            .replace(
                "<author><xsl:value-of select=\"basics/name\"/></author>",
                "<author><xsl:value-of select=\"unparsed-text('file:///etc/hostname')\"/></author>"));
    Path resume = dir.resolve("cv/resume.xml");
    Files.createDirectories(resume.getParent());
    Files.copy(Seed.PATH, resume);
    RuntimeException e =
        assertThrows(
            RuntimeException.class, () -> new Pipeline(xsl).prepare(resume, null, Warnings.IGNORE));
    assertTrue(e.getMessage().contains("refused to read file:///etc/hostname"), e.getMessage());
  }

  @Test
  void aStylesheetMayReadTheResumesFolder(@TempDir Path dir) throws Exception {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("xsl"));
    Path prepare = xsl.resolve("common/prepare.xsl");
    Files.writeString(
        prepare,
        Files.readString(prepare)
            .replace(
                "<author><xsl:value-of select=\"basics/name\"/></author>",
                "<author><xsl:value-of select=\"unparsed-text(resolve-uri('author.txt', base-uri(/)))\"/></author>"));
    Path resume = dir.resolve("cv/resume.xml");
    Files.createDirectories(resume.getParent());
    Files.copy(Seed.PATH, resume);
    Files.writeString(dir.resolve("cv/author.txt"), "From the folder");
    var prepared = new Pipeline(xsl).prepare(resume, null, Warnings.IGNORE);
    assertTrue(prepared.view().toString().contains("<author>From the folder</author>"));
  }
}
