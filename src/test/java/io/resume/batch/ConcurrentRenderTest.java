package io.resume.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.resume.Pipeline;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders running at once in one process share no mutable state: different résumés (other names,
 * bullets, links, sections and languages) go through ONE pipeline on several threads, all five
 * formats each, and every output holds exactly its own résumé, as the cross-format check reads it.
 */
class ConcurrentRenderTest {
  private static final int VARIANTS = 3;
  private static final int ROUNDS = 2;

  @Test
  void parallelRendersDoNotMix(@TempDir Path dir) throws Exception {
    Pipeline pipeline = new Pipeline();
    List<Path> inputs = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    Map<Path, Expected> expected = new java.util.HashMap<>();
    for (int n = 0; n < VARIANTS; n++) {
      Path input = Files.writeString(dir.resolve("variant-" + n + ".xml"), Variants.resume(n));
      String lang = n % 2 == 0 ? null : "de";
      inputs.add(input);
      langs.add(lang);
      // The oracle comes from a render alone, before any thread starts.
      PreparedResume alone = pipeline.prepare(input, lang, message -> {});
      expected.put(
          input,
          new Expected(ReaderItems.textItems(alone.view()), ReaderItems.links(alone.view())));
    }
    assertFalse(expected.get(inputs.get(0)).items().equals(expected.get(inputs.get(1)).items()));

    int tasks = VARIANTS * ROUNDS;
    ExecutorService pool = Executors.newFixedThreadPool(tasks);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Rendered>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < tasks; t++) {
        // Rounds in opposite orders, so that each variant overlaps with different neighbours.
        int n = t < VARIANTS ? t : VARIANTS - 1 - (t - VARIANTS);
        Path input = inputs.get(n);
        String lang = langs.get(n);
        futures.add(
            pool.submit(
                (Callable<Rendered>)
                    () -> {
                      start.await();
                      return render(pipeline, input, lang);
                    }));
      }
      start.countDown();
      for (Future<Rendered> future : futures) {
        Rendered rendered = future.get(120, TimeUnit.SECONDS);
        check(rendered, expected.get(rendered.input()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The check can fail: one variant's output against another's source. */
  @Test
  void anotherResumesOutputIsCaught(@TempDir Path dir) throws Exception {
    Pipeline pipeline = new Pipeline();
    Path a = Files.writeString(dir.resolve("a.xml"), Variants.resume(0));
    Path b = Files.writeString(dir.resolve("b.xml"), Variants.resume(2));
    PreparedResume alone = pipeline.prepare(a, null, message -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline
        .renderer(Format.HTML)
        .render(
            pipeline.prepare(b, null, message -> {}), RenderOptions.defaults(), out, message -> {});
    String htmlOfB = Extract.htmlText(out.toString(StandardCharsets.UTF_8));
    assertFalse(InOrder.problems(ReaderItems.textItems(alone.view()), htmlOfB).isEmpty());
  }

  private record Expected(List<String> items, Set<String> links) {}

  private record Rendered(Path input, Map<Format, byte[]> outputs) {}

  private static Rendered render(Pipeline pipeline, Path input, String lang) throws Exception {
    List<String> warnings = new ArrayList<>();
    PreparedResume resume = pipeline.prepare(input, lang, warnings::add);
    Map<Format, byte[]> outputs = new EnumMap<>(Format.class);
    for (Format format : Format.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pipeline.renderer(format).render(resume, RenderOptions.defaults(), out, warnings::add);
      outputs.put(format, out.toByteArray());
    }
    assertEquals(List.of(), warnings, input::toString);
    return new Rendered(input, outputs);
  }

  private static void check(Rendered rendered, Expected expected) throws Exception {
    String name = rendered.input().getFileName().toString();
    byte[] pdf = rendered.outputs().get(Format.PDF);
    assertEquals(
        List.of(), InOrder.problems(expected.items(), Extract.pdfText(pdf)), name + " PDF");
    assertEquals(expected.links(), Extract.pdfLinks(pdf), name + " PDF links");
    byte[] docx = rendered.outputs().get(Format.DOCX);
    assertEquals(
        List.of(), InOrder.problems(expected.items(), Extract.docxText(docx)), name + " DOCX");
    assertEquals(expected.links(), Extract.docxLinks(docx), name + " DOCX links");
    String html = text(rendered, Format.HTML);
    assertEquals(
        List.of(), InOrder.problems(expected.items(), Extract.htmlText(html)), name + " HTML");
    assertEquals(expected.links(), Extract.htmlLinks(html), name + " HTML links");
    String txt = text(rendered, Format.TXT);
    assertEquals(
        List.of(),
        InOrder.problems(expected.items(), Extract.textWithoutAddresses(txt, expected.links())),
        name + " TXT");
    assertEquals(expected.links(), Extract.textLinks(txt), name + " TXT links");
    String md = text(rendered, Format.MD);
    assertEquals(
        List.of(), InOrder.problems(expected.items(), Extract.markdownText(md)), name + " MD");
    assertEquals(expected.links(), Extract.markdownLinks(md), name + " MD links");
    // Nobody else's name: InOrder checks presence, this checks absence.
    for (int n = 0; n < VARIANTS; n++) {
      if (!name.equals("variant-" + n + ".xml")) {
        assertFalse(
            Extract.htmlText(html).contains(Variants.person(n)),
            name + " shows " + Variants.person(n));
      }
    }
  }

  private static String text(Rendered rendered, Format format) {
    return new String(rendered.outputs().get(format), StandardCharsets.UTF_8);
  }
}
