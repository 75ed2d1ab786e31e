package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, finds no failed rule of PDF/UA-1 or PDF/A-3b in our PDF. */
class PdfComplianceTest {
  private static byte[] pdf;
  private static Pipeline pipeline;
  private static PreparedResume resume;

  @BeforeAll
  static void render() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.PDF).render(resume, out, Warnings.IGNORE);
    pdf = out.toByteArray();
  }

  /** Every bundled theme keeps the PDF accessible and archivable. */
  @org.junit.jupiter.params.ParameterizedTest(name = "theme {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"classic", "modern"})
  void everyThemePassesBoth(String theme) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline
        .renderer(Format.PDF)
        .render(
            resume,
            io.resume.render.RenderOptions.defaults().withTheme(pipeline.theme(theme)),
            out,
            Warnings.IGNORE);
    assertEquals(List.of(), failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), failedRules(out.toByteArray(), PDFAFlavour.PDFA_3_B));
  }

  /** Rich text (code, line breaks, lists inside lists, numbered lists) keeps the tags valid. */
  @Test
  void richTextPassesBoth() throws Exception {
    PreparedResume rich =
        pipeline.prepare(
            Path.of("src/test/resources/io/resume/markdown/markdown.json"), null, Warnings.IGNORE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.PDF).render(rich, out, Warnings.IGNORE);
    assertEquals(List.of(), failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), failedRules(out.toByteArray(), PDFAFlavour.PDFA_3_B));
  }

  @Test
  void passesPdfUa1() throws Exception {
    assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFUA_1));
  }

  @Test
  void passesPdfA3b() throws Exception {
    assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFA_3_B));
  }

  /** Keeps the check honest: a PDF without tags, fonts embedded or metadata must fail both. */
  @Test
  void anOrdinaryPdfFails() throws Exception {
    byte[] plain;
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
        var out = new ByteArrayOutputStream()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(out);
      plain = out.toByteArray();
    }
    assertTrue(!failedRules(plain, PDFAFlavour.PDFUA_1).isEmpty());
    assertTrue(!failedRules(plain, PDFAFlavour.PDFA_3_B).isEmpty());
  }

  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(
              a ->
                  a.getRuleId().getClause()
                      + "-"
                      + a.getRuleId().getTestNumber()
                      + ": "
                      + a.getMessage())
          .distinct()
          .toList();
    }
  }
}
