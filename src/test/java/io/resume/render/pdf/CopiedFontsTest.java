package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import io.resume.render.pdf.font.FontCopies;
import io.resume.render.pdf.font.FontPool;
import io.resume.xslt.Stylesheets;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fonts parsed once and copied for each render give the very bytes of fonts parsed for each render:
 * for résumés in several scripts (Latin, Arabic shaped through OpenType tables), rendered one after
 * another and at once through one pool, so that nothing one render does to its fonts reaches
 * another. Copies that share too little (no kerning) or too much (one glyph subset for all renders)
 * must be caught.
 */
class CopiedFontsTest {
  private static final Path SCRIPTS = Path.of("src/test/resources/io/resume/scripts");
  private static final Map<String, PreparedResume> RESUMES = new LinkedHashMap<>();
  private static final Map<String, byte[]> FOPS_OWN = new LinkedHashMap<>();
  private static Stylesheets stylesheets;

  @BeforeAll
  static void renderWithFopsOwnFonts() throws Exception {
    Pipeline pipeline = new Pipeline();
    for (Path input :
        List.of(Seed.PATH, SCRIPTS.resolve("arabic-2.xml"), SCRIPTS.resolve("european-2.xml"))) {
      RESUMES.put(input.getFileName().toString(), pipeline.prepare(input, null, Warnings.IGNORE));
    }
    stylesheets = Stylesheets.bundled(RESUMES.get("resume.xml").view().getProcessor());
    PdfRenderer fops = new PdfRenderer(stylesheets, (FontPool) null);
    for (Map.Entry<String, PreparedResume> resume : RESUMES.entrySet()) {
      FOPS_OWN.put(resume.getKey(), render(fops, resume.getValue()));
    }
  }

  @Test
  void rendersOneAfterAnotherGiveFopsOwnBytes() throws Exception {
    assertEquals(List.of(), differing(new PdfRenderer(stylesheets, new FontPool()), 2));
  }

  @Test
  void rendersAtOnceGiveFopsOwnBytes() throws Exception {
    PdfRenderer renderer = new PdfRenderer(stylesheets, new FontPool());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        results.add(pool.submit((Callable<List<String>>) () -> differing(renderer, 2)));
      }
      for (Future<List<String>> result : results) {
        assertEquals(List.of(), result.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCopyWithoutKerningIsCaught() throws Exception {
    Set<String> perRender = new HashSet<>(FontCopies.PER_RENDER);
    perRender.add("CustomFont.kerning");
    PdfRenderer broken = new PdfRenderer(stylesheets, new FontPool(new FontCopies(perRender)));
    assertFalse(differing(broken, 1).isEmpty());
  }

  @Test
  void aGlyphSubsetSharedByRendersIsCaught() throws Exception {
    Set<String> perRender = new HashSet<>(FontCopies.PER_RENDER);
    perRender.remove("MultiByteFont.cidSet");
    PdfRenderer broken = new PdfRenderer(stylesheets, new FontPool(new FontCopies(perRender)));
    assertFalse(differing(broken, 1).isEmpty());
  }

  /**
   * The résumés (by round) whose PDF differs from FOP's own, each rendered {@code rounds} times in
   * turn.
   */
  private static List<String> differing(PdfRenderer renderer, int rounds) throws Exception {
    List<String> differing = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<String, PreparedResume> resume : RESUMES.entrySet()) {
        if (!Arrays.equals(FOPS_OWN.get(resume.getKey()), render(renderer, resume.getValue()))) {
          differing.add(resume.getKey() + " in round " + round);
        }
      }
    }
    return differing;
  }

  private static byte[] render(PdfRenderer renderer, PreparedResume resume) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(resume, PdfRenders.fixed(), out, Warnings.IGNORE);
    return out.toByteArray();
  }
}
