package io.resume.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.batch.Variants;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTML, plain text and Markdown are the same bytes every time for the same input and options: from
 * a fresh pipeline, and from a pipeline that rendered other résumés in between (ids that counted
 * documents or renders would differ). PDF and DOCX are tested by their own tests.
 */
class StableOutputTest {
  private static final RenderOptions FIXED =
      new RenderOptions(Paper.A4, Instant.ofEpochSecond(1_700_000_000L));
  private static final List<Format> TEXT_FORMATS = List.of(Format.HTML, Format.TXT, Format.MD);

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {Seed.FILE, "src/test/resources/io/resume/json/roundtrip/jsonresume-sample.json"})
  void sameBytesEveryTime(String name, @TempDir Path dir) throws Exception {
    Path input = Path.of(name);
    Path other = Files.writeString(dir.resolve("other.xml"), Variants.resume(1));
    Pipeline first = new Pipeline();
    Pipeline second = new Pipeline();
    for (Format format : TEXT_FORMATS) {
      byte[] once = render(first, input, format);
      render(first, other, format); // state a render might leave behind
      render(first, other, Format.HTML);
      byte[] again = render(first, input, format);
      byte[] fresh = render(second, input, format);
      assertArrayEquals(once, again, format + ": the same pipeline, later");
      assertArrayEquals(once, fresh, format + ": another pipeline");
      // The comparison can fail: another résumé gives other bytes.
      assertFalse(
          Arrays.equals(once, render(second, other, format)), format + " ignores its input");
    }
  }

  private static byte[] render(Pipeline pipeline, Path input, Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline
        .renderer(format)
        .render(pipeline.prepare(input, null, message -> {}), FIXED, out, message -> {});
    return out.toByteArray();
  }
}
