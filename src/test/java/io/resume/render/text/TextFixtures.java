package io.resume.render.text;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;

/** One pipeline for the text tests, and résumés to render through it. */
final class TextFixtures {
  static final Pipeline PIPELINE = SharedPipeline.bundled();

  private TextFixtures() {}

  static PreparedResume repositoryResume() throws Exception {
    return PIPELINE.prepare(Seed.PATH, null, Warnings.IGNORE);
  }

  /** A canonical résumé written to a file and prepared, as the CLI would. */
  static PreparedResume canonical(Path dir, String xml) throws Exception {
    Path file = dir.resolve("resume.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return PIPELINE.prepare(file, null, Warnings.IGNORE);
  }

  /** A prepared résumé written by hand, for what the canonical schema does not let through. */
  static PreparedResume view(String xml) throws Exception {
    // Built by the pipeline's own processor, as the stylesheets require.
    Processor processor = PIPELINE.read(Seed.PATH, Warnings.IGNORE).getProcessor();
    return new PreparedResume(
        "view", processor.newDocumentBuilder().build(new StreamSource(new StringReader(xml))));
  }

  static String render(PreparedResume resume, Format format) throws IOException {
    return render(resume, format, Warnings.IGNORE);
  }

  static String render(PreparedResume resume, Format format, Warnings warnings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PIPELINE.renderer(format).render(resume, out, warnings);
    return out.toString(StandardCharsets.UTF_8);
  }
}
