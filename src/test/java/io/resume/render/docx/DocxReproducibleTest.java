package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.Paper;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Same résumé, same timestamp (SOURCE_DATE_EPOCH): same bytes. The timestamp is the only date in
 * the file: the zip entries' times and the core properties' created and modified.
 */
class DocxReproducibleTest {
  private static final Instant WHEN = Instant.parse("2024-05-01T12:34:56Z");

  private static Pipeline pipeline;
  private static PreparedResume resume;

  @BeforeAll
  static void prepare() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
  }

  @Test
  void theSameTimestampGivesTheSameBytes() throws Exception {
    byte[] first = render(WHEN);
    byte[] second = render(WHEN);
    assertArrayEquals(first, second);
  }

  @Test
  void anotherTimestampGivesOtherBytes() throws Exception {
    assertFalse(Arrays.equals(render(WHEN), render(WHEN.plusSeconds(3600))));
  }

  @Test
  void everyEntryCarriesTheTimestampWhateverTheTimeZone() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(render(WHEN)))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        // The DOS time fields as written, read without any time zone: the timestamp in UTC.
        assertEquals(
            LocalDateTime.ofInstant(WHEN, ZoneOffset.UTC), entry.getTimeLocal(), entry.getName());
        assertNull(entry.getExtra(), "no extended time field, which would depend on the zone");
      }
    }
    assertEquals("[Content_Types].xml", names.get(0), "content types first, as readers expect");
    assertTrue(names.contains("word/fontTable.xml"), names::toString);
  }

  @Test
  void coreDatesAreTheTimestamp() throws Exception {
    DocxParts docx = new DocxParts(render(WHEN));
    assertEquals("2024-05-01T12:34:56Z", docx.string("docProps/core.xml", "//dcterms:created"));
    assertEquals("2024-05-01T12:34:56Z", docx.string("docProps/core.xml", "//dcterms:modified"));
    assertEquals(
        docx.string("docProps/core.xml", "//dc:creator"),
        docx.string("docProps/core.xml", "//cp:lastModifiedBy"));
    assertEquals(DocxProperties.APPLICATION, docx.string("docProps/app.xml", "//ep:Application"));
  }

  /** SOURCE_DATE_EPOCH=0 predates zip's DOS times: entries say 1980-01-01, the properties 1970. */
  @Test
  void theEpochIsClampedToTheFirstDosTime() throws Exception {
    byte[] docx = render(Instant.EPOCH);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), zip.getNextEntry().getTimeLocal());
    }
    assertEquals(
        "1970-01-01T00:00:00Z",
        new DocxParts(docx).string("docProps/core.xml", "//dcterms:created"));
  }

  @Test
  void noRandomIds() throws Exception {
    String document = new DocxParts(render(WHEN)).xml("word/document.xml");
    assertFalse(document.contains("w:rsid"), "no revision session ids");
    assertFalse(document.contains("w14:paraId"), "no paragraph ids");
    assertFalse(new DocxParts(render(WHEN)).xml("word/settings.xml").contains("docId"));
  }

  private static byte[] render(Instant when) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline
        .renderer(Format.DOCX)
        .render(resume, new RenderOptions(Paper.A4, when), out, Warnings.IGNORE);
    return out.toByteArray();
  }
}
