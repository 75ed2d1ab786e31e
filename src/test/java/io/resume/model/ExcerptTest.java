package io.resume.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages stay short whatever the input held; files are read no further than the limit. */
class ExcerptTest {

  @Test
  void aShortValueIsQuotedWhole() {
    assertEquals("'2021-13'", Excerpt.quote("2021-13"));
    assertEquals(
        "x.xml:1:2: '2021-13' is not a date",
        new Problem("x.xml", 1, 2, "'2021-13' is not a date").toString());
  }

  @Test
  void aLongValueIsCutAndItsLengthSaid() {
    String value = "y".repeat(200_000);
    String quoted = Excerpt.quote(value);
    assertEquals("'" + "y".repeat(Excerpt.MAX_QUOTED - 1) + "…' (200,000 characters)", quoted);
    String line = new Problem("x.xml", 3, 4, "'" + value + "' is not an email address").toString();
    assertEquals("x.xml:3:4: " + quoted + " is not an email address", line);
    String doubled =
        new Problem("x.json", 0, 0, "/work/0/startDate: \"" + value + "\" is not a date")
            .toString();
    assertEquals(
        "x.json: /work/0/startDate: \""
            + "y".repeat(Excerpt.MAX_QUOTED - 1)
            + "…\" (200,000 characters) is not a date",
        doubled);
  }

  /** A long message whose value is not quoted keeps its start and its end (the hint). */
  @Test
  void aLongUnquotedMessageKeepsItsEnds() {
    String message = "value " + "z".repeat(10_000) + " is wrong: write it so";
    String shortened = Excerpt.shorten(message);
    assertTrue(shortened.length() <= Excerpt.MAX_MESSAGE + 3, shortened);
    assertTrue(
        shortened.startsWith("value zzz") && shortened.endsWith("is wrong: write it so"),
        shortened);
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String emoji = "\uD83D\uDE00".repeat(100);
    String quoted = Excerpt.quote(emoji);
    assertEquals(-1, RefusedCharacters.indexIn(quoted), () -> "half a character left in " + quoted);
    assertTrue(quoted.endsWith("…' (100 characters)"), quoted);
  }

  /** A file that grows after its size was checked is still read no further than the limit. */
  @Test
  void aFileThatGrowsIsReadNoFurtherThanTheLimit(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("growing.xml"), "<resume/>");
    try (InputStream in = InputLimits.open(file)) {
      Files.write(file, new byte[(int) InputLimits.MAX_BYTES * 2], StandardOpenOption.APPEND);
      IOException e = assertThrows(IOException.class, in::readAllBytes);
      assertTrue(e.getMessage().contains("larger than the 512 KB a résumé may be"), e.getMessage());
      assertEquals(
          "growing.xml: the file is larger than the 512 KB a résumé may be; refused without reading the rest",
          InputLimits.cannotRead("growing.xml", e).toString());
    }
    Files.write(file, new byte[(int) InputLimits.MAX_BYTES]);
    try (InputStream in = InputLimits.open(file)) {
      assertEquals(InputLimits.MAX_BYTES, in.readAllBytes().length, "the limit itself is read");
    }
  }
}
