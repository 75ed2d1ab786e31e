package io.resume.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Same input and timestamp, same bytes (issue 6, SOURCE_DATE_EPOCH); another timestamp, other
 * bytes.
 */
class ReproduciblePdfTest {
  private static final Instant OTHER = Instant.parse("2025-01-02T03:04:05Z");
  private static Pipeline pipeline;
  private static PreparedResume resume;

  @BeforeAll
  static void prepare() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
  }

  @Test
  void twoRendersWithOneTimestampAreByteIdentical() throws Exception {
    long second0 = Instant.now().getEpochSecond();
    byte[] first = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE);
    // The second render starts in another second of the clock (no fixed sleep: the clock is read
    // until it has moved on, often at once): nothing of the clock may reach the file.
    while (Instant.now().getEpochSecond() == second0) {
      Thread.onSpinWait();
    }
    byte[] second = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE);
    assertArrayEquals(first, second);
  }

  @Test
  void anotherTimestampGivesOtherBytesAndOtherDates() throws Exception {
    byte[] first = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE);
    byte[] other =
        PdfRenders.render(pipeline, resume, new RenderOptions(Paper.A4, OTHER), Warnings.IGNORE);
    assertFalse(Arrays.equals(first, other));
    assertNotEquals(fileId(first), fileId(other), "the file identifier follows the content");
    try (PDDocument document = Loader.loadPDF(other)) {
      assertEquals(OTHER, document.getDocumentInformation().getCreationDate().toInstant());
      assertEquals(OTHER, document.getDocumentInformation().getModificationDate().toInstant());
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      for (String date : new String[] {"CreateDate", "ModifyDate", "MetadataDate"}) {
        assertTrue(
            xmp.contains("<xmp:" + date + ">2025-01-02T03:04:05Z</xmp:" + date + ">"),
            date + " in " + xmp);
      }
      var file =
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .values()
              .iterator()
              .next()
              .getEmbeddedFile();
      assertEquals(OTHER, file.getCreationDate().toInstant());
      assertEquals(OTHER, file.getModDate().toInstant());
    }
  }

  @Test
  void theSourceIsPartOfTheIdentity() throws Exception {
    byte[] withSource = PdfRenders.render(pipeline, resume, PdfRenders.fixed(), Warnings.IGNORE);
    byte[] changed = resume.source().clone();
    changed[changed.length - 2] ^= 1;
    byte[] otherSource =
        PdfRenders.render(
            pipeline,
            new PreparedResume(resume.sourceName(), resume.view(), changed),
            PdfRenders.fixed(),
            Warnings.IGNORE);
    assertNotEquals(fileId(withSource), fileId(otherSource));
  }

  private static String fileId(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocument().getDocumentID().toString();
    }
  }
}
