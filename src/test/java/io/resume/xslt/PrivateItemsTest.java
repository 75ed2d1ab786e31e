package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.equivalence.ReaderItems;
import io.resume.model.ResumeReader;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private items (a phone number, a home address) reach no output unless asked for. */
class PrivateItemsTest {
  private static final String PHONE = "+86 138 0000 0000";
  private static final String STREET = "88 Siping Road";
  private static final Pipeline PIPELINE = SharedPipeline.bundled();
  @TempDir static Path folder;
  private static Path input;

  @BeforeAll
  static void write() throws Exception {
    input = folder.resolve("private.xml");
    Files.writeString(
        input,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics>
            <name>Ada Lovelace</name>
            <email>ada@example.org</email>
            <phone private="true">%s</phone>
            <location private="true"><address>%s</address><city>Shanghai</city></location>
          </basics>
          <work>
            <position private="true">
              <organization>Secret Lab</organization>
              <start>2020</start>
            </position>
          </work>
          <awards>
            <award><title>Public Prize</title><date>2021</date></award>
          </awards>
        </resume>
        """
            .formatted(PHONE, STREET));
  }

  @Test
  void leftOutByDefault() throws Exception {
    PreparedResume resume =
        PIPELINE.prepareVariant(input, Variant.DEFAULT, PrivateItemsTest::noWarning);
    String view = String.join("\n", ReaderItems.textItems(resume.view()));
    for (String secret : new String[] {PHONE, STREET, "Secret Lab"}) {
      assertFalse(view.contains(secret), view);
    }
    assertFalse(resume.view().toString().contains("tel:"), "no link either");
    assertTrue(view.contains("Public Prize") && view.contains("ada@example.org"), view);
    // A section left with no entry goes (the schema wants one), so the embedded source stays valid.
    assertFalse(resume.view().toString().contains("kind=\"work\""), resume.view().toString());
    String embedded = new String(resume.source(), StandardCharsets.UTF_8);
    for (String secret : new String[] {PHONE, STREET, "Secret Lab"}) {
      assertFalse(embedded.contains(secret), embedded);
    }
    assertFalse(embedded.contains("<work"), embedded);
    new ResumeReader(new Processor(false))
        .read(
            new ByteArrayInputStream(resume.source()),
            "embedded",
            folder.resolve("embedded.xml").toUri().toString());
  }

  @Test
  void keptOnRequest() throws Exception {
    PreparedResume resume =
        PIPELINE.prepareVariant(input, new Variant(null, null, true), PrivateItemsTest::noWarning);
    String view = String.join("\n", ReaderItems.textItems(resume.view()));
    assertTrue(view.contains(PHONE) && view.contains(STREET) && view.contains("Secret Lab"), view);
    assertArrayEquals(
        Files.readAllBytes(input),
        resume.source(),
        "nothing left out: the file itself is embedded");
  }

  @Test
  void noOutputFormatShowsThem() throws Exception {
    PreparedResume resume =
        PIPELINE.prepareVariant(input, Variant.DEFAULT, PrivateItemsTest::noWarning);
    for (Format format : new Format[] {Format.HTML, Format.TXT, Format.MD}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PIPELINE.renderer(format).render(resume, out, PrivateItemsTest::noWarning);
      String text = out.toString(StandardCharsets.UTF_8);
      assertTrue(text.contains("Ada Lovelace"), format + ": " + text);
      assertFalse(
          text.contains(PHONE) || text.contains(STREET) || text.contains("Secret Lab"),
          format + ": " + text);
    }
  }

  @Test
  void aTargetLeavesOutWhatIsNotForIt() throws Exception {
    Path targeted = folder.resolve("targeted.xml");
    Files.writeString(
        targeted,
        """
        <resume xmlns="urn:resume:1">
          <basics><name>Ada Lovelace</name></basics>
          <awards>
            <award targets="academic"><title>Best Paper</title></award>
            <award targets="industry"><title>Hackathon Winner</title></award>
            <award targets="academic industry"><title>Scholarship</title></award>
            <award><title>Olympiad</title></award>
          </awards>
        </resume>
        """);
    assertEquals("Best Paper|Scholarship|Olympiad", titles(targeted, "academic"));
    assertEquals("Hackathon Winner|Scholarship|Olympiad", titles(targeted, "industry"));
    assertEquals("Best Paper|Hackathon Winner|Scholarship|Olympiad", titles(targeted, null));
    String embedded =
        new String(
            PIPELINE
                .prepareVariant(
                    targeted, new Variant(null, "industry", false), PrivateItemsTest::noWarning)
                .source(),
            StandardCharsets.UTF_8);
    assertFalse(embedded.contains("Best Paper"), embedded);
  }

  private static String titles(Path file, String target) throws Exception {
    PreparedResume resume =
        PIPELINE.prepareVariant(
            file, new Variant(null, target, false), PrivateItemsTest::noWarning);
    return String.join(
        "|",
        ReaderItems.textItems(resume.view()).stream()
            .filter(item -> !item.equals("Ada Lovelace") && !item.equals("Awards"))
            .toList());
  }

  private static void noWarning(String message) {
    throw new AssertionError("unexpected warning: " + message);
  }
}
