package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF carries the résumé's source as an attachment, and gives it back byte for byte. */
class PdfAttachmentTest {
  private static Pipeline pipeline;
  private static PreparedResume resume;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    pdf = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE);
  }

  @Test
  void theSourceComesBackByteForByte() throws Exception {
    assertArrayEquals(Files.readAllBytes(Seed.PATH), PdfAttachment.read(pdf));
  }

  @Test
  void theAttachmentIsDeclaredAsTheDocumentsXmlData() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDComplexFileSpecification spec =
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .values()
              .iterator()
              .next();
      assertEquals("resume.xml", spec.getFileUnicode());
      assertEquals("text/xml", spec.getEmbeddedFile().getSubtype());
      assertEquals("Data", spec.getCOSObject().getNameAsString("AFRelationship"));
      // PDF/A-3 links the file to the document through the catalogue's /AF.
      assertTrue(document.getDocumentCatalog().getCOSObject().containsKey("AF"));
    }
  }

  @Test
  void aResumeWithoutSourceBytesHasNoAttachment() throws Exception {
    byte[] bare =
        PdfRenders.render(
            pipeline,
            new PreparedResume("resume.xml", resume.view()),
            PdfRenders.fixed(),
            Warnings.IGNORE);
    PdfAttachment.NotFound none =
        assertThrows(PdfAttachment.NotFound.class, () -> PdfAttachment.read(bare));
    assertTrue(none.getMessage().contains("carries no résumé"), none.getMessage());
  }

  @Test
  void aPdfOfSomeoneElseOrNoPdfIsToldApart() throws Exception {
    byte[] plain;
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(out);
      plain = out.toByteArray();
    }
    assertTrue(
        assertThrows(PdfAttachment.NotFound.class, () -> PdfAttachment.read(plain))
            .getMessage()
            .contains("carries no résumé"));
    byte[] text = "<resume/>".getBytes(StandardCharsets.UTF_8);
    assertTrue(
        assertThrows(PdfAttachment.NotFound.class, () -> PdfAttachment.read(text))
            .getMessage()
            .startsWith("not a PDF"));
  }
}
