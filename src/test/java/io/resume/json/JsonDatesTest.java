package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Resume dates as people write them (each form seen in real resume.json files). */
class JsonDatesTest {

  @Test
  void isoDatesFollowJsonResumesThreePrecisions() {
    assertTrue(JsonDates.isIso("2021"));
    assertTrue(JsonDates.isIso("2021-09"));
    assertTrue(JsonDates.isIso("2024-02-29"));
    assertFalse(JsonDates.isIso("2023-02-29"));
    assertFalse(JsonDates.isIso("2021-9"));
    assertFalse(JsonDates.isIso("0000"));
    assertFalse(JsonDates.isIso("2021-09-01T10:00"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ISO, and words that end a range, as written and without a warning
        "2021|2021",
        "2021-09|2021-09",
        "2017-05-01|2017-05-01",
        "Present|Present",
        "present|present",
        "now|now",
        "current|current"
      })
  void asWrittenWithoutAWarning(String written, String value) {
    JsonDates.Read read = JsonDates.read(written);
    assertEquals(value, read.value());
    assertNull(read.warning());
    assertNull(read.problem());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-9-28|2023-09-28",
        "2023-9|2023-09",
        "2024-09-31|2024-09",
        "2021-02-30|2021-02",
        "2018-05-20T00:00:00.000Z|2018-05-20",
        "2021-03-01 10:00|2021-03-01",
        // words: shown as written
        "Summer 2019|Summer 2019",
        "2016 ~ 2020|2016 ~ 2020",
        "May 2019|May 2019",
        "2015.04|2015.04",
        "09/2016|09/2016",
        "至今|至今",
        "----|----",
        "2020-12-08 //Date|2020-12-08 //Date"
      })
  void readAsMeantWithOneWarning(String written, String value) {
    JsonDates.Read read = JsonDates.read(written);
    assertEquals(value, read.value());
    assertNotNull(read.warning());
    assertTrue(read.warning().startsWith("\"" + written + "\""), read.warning());
    assertNull(read.problem());
  }

  /** What looks like an ISO date and is none is a slip that would show a wrong date. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"2019-13", "-2021", "1-", "2021-13-01", "0000", "20210"})
  void refusedWithAClearMessage(String written) {
    JsonDates.Read read = JsonDates.read(written);
    assertNull(read.value());
    assertTrue(
        read.problem().startsWith("\"" + written + "\" is not a date: write 2021, 2021-09"),
        read.problem());
  }

  /** The words that end a range are the prepare step's (xsl/common/dates.xsl f:present-words). */
  @Test
  void presentWordsAreThePrepareSteps() throws Exception {
    String dates = java.nio.file.Files.readString(java.nio.file.Path.of("xsl/common/dates.xsl"));
    java.util.regex.Matcher words =
        java.util.regex.Pattern.compile("name=\"f:present-words\"[^>]*select=\"\\(([^)]*)\\)\"")
            .matcher(dates);
    assertTrue(words.find(), "dates.xsl declares f:present-words");
    java.util.Set<String> xsl = new java.util.TreeSet<>();
    for (String word : words.group(1).split(",")) {
      xsl.add(word.strip().replace("'", ""));
    }
    assertEquals(xsl, new java.util.TreeSet<>(JsonDates.PRESENT));
  }
}
