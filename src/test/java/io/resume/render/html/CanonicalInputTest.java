package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resume.Pipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.Warnings;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;

/** The entry stylesheet run by hand on a canonical résumé makes the page the renderer makes. */
class CanonicalInputTest {
  @Test
  void canonicalResumeIsPreparedFirst() throws Exception {
    Pipeline pipeline = new Pipeline();
    PreparedResume resume = pipeline.prepare(Path.of("resume.xml"), null, Warnings.IGNORE);
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    pipeline.renderer(Format.HTML).render(resume, rendered, Warnings.IGNORE);

    Processor processor = new Processor(false);
    Xslt30Transformer transformer = Stylesheets.bundled(processor).get(HtmlRenderer.STYLESHEET).load30();
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    transformer.transform(new StreamSource(new File("resume.xml")), transformer.newSerializer(direct));

    String page = direct.toString(StandardCharsets.UTF_8);
    assertEquals(rendered.toString(StandardCharsets.UTF_8), page);
    assertEquals(true, page.startsWith("<!DOCTYPE HTML>"), page.substring(0, 40));
  }
}
