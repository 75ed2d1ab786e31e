package io.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.xslt.StylesheetException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building ahead on background threads does the build's work before the render asks for it (the
 * compilations are counted: the render then compiles nothing) and changes nothing else: the outputs
 * are those of a pipeline that built on demand, and a stylesheet that does not compile is still
 * reported by the render that needs it.
 */
class PrebuildTest {
  private static final Path SEED = Seed.PATH;
  private static final RenderOptions FIXED =
      new RenderOptions(Paper.A4, Instant.ofEpochSecond(1_700_000_000L));

  @Test
  void prebuiltRendersTheSameBytes() throws Exception {
    Pipeline ahead = new Pipeline();
    ahead.prebuild(EnumSet.of(Format.PDF, Format.HTML, Format.DOCX)).get();
    int built = ahead.stylesheets().compilations();
    // The prepare, FO and HTML stylesheets; DOCX has none.
    assertEquals(3, built, "compiled ahead");
    Pipeline onDemand = new Pipeline();
    assertEquals(0, onDemand.stylesheets().compilations());
    for (Format format : EnumSet.of(Format.PDF, Format.HTML, Format.DOCX)) {
      assertArrayEquals(render(onDemand, format), render(ahead, format), format.name());
    }
    assertEquals(built, ahead.stylesheets().compilations(), "the renders compiled nothing more");
    assertEquals(
        built, onDemand.stylesheets().compilations(), "on demand, the renders compiled the same");
  }

  @Test
  void aBrokenStylesheetIsStillReportedByTheRenderThatNeedsIt(@TempDir Path dir) throws Exception {
    Path xsl = StylesheetCopies.copyTo(dir.resolve("xsl"));
    Files.writeString(
        xsl.resolve("html/html.xsl"),
        "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:oops/>");
    Pipeline pipeline = new Pipeline(xsl);
    pipeline.prebuild(EnumSet.of(Format.HTML, Format.TXT));
    StylesheetException failure =
        assertThrows(StylesheetException.class, () -> render(pipeline, Format.HTML));
    assertTrue(
        failure.getMessage().startsWith("cannot compile " + xsl.resolve("html/html.xsl")),
        failure.getMessage());
    assertTrue(render(pipeline, Format.TXT).length > 0);
  }

  private static byte[] render(Pipeline pipeline, Format format) throws Exception {
    PreparedResume resume = pipeline.prepare(SEED, null, message -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(format).render(resume, FIXED, out, message -> {});
    return out.toByteArray();
  }
}
