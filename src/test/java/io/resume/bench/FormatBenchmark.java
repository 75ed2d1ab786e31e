package io.resume.bench;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.model.InvalidResumeException;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import io.resume.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm time of each step for one résumé (the repo's {@code resume.xml}, or {@code -p resume=...}):
 * reading and preparing it, then each format rendered into memory from the prepared résumé. A
 * benchmark, not a test: run by {@code bench/run.sh}, never by {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m"})
public class FormatBenchmark {
  private static final Warnings IGNORED = message -> {};
  private static final RenderOptions OPTIONS =
      new RenderOptions(Paper.A4, Instant.parse("2024-01-01T00:00:00Z"));

  @Param(Seed.FILE)
  public String resume;

  private Pipeline pipeline;
  private Path input;
  private PreparedResume prepared;

  @Setup
  public void setUp() throws InvalidResumeException {
    pipeline = new Pipeline();
    input = Path.of(resume);
    prepared = pipeline.prepare(input, null, IGNORED);
  }

  @Benchmark
  public PreparedResume prepare() throws InvalidResumeException {
    return pipeline.prepare(input, null, IGNORED);
  }

  @Benchmark
  public byte[] pdf() throws IOException {
    return render(Format.PDF);
  }

  @Benchmark
  public byte[] html() throws IOException {
    return render(Format.HTML);
  }

  @Benchmark
  public byte[] docx() throws IOException {
    return render(Format.DOCX);
  }

  @Benchmark
  public byte[] txt() throws IOException {
    return render(Format.TXT);
  }

  @Benchmark
  public byte[] md() throws IOException {
    return render(Format.MD);
  }

  private byte[] render(Format format) throws IOException {
    Renderer renderer = pipeline.renderer(format);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
    renderer.render(prepared, OPTIONS, out, IGNORED);
    return out.toByteArray();
  }
}
