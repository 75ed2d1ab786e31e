package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.equivalence.ReaderItems;
import io.resume.model.InvalidResumeException;
import io.resume.model.ResumeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What prepare decides for what JSON Resumes bring: dates in words, ends that say "Present", the
 * precision a JSON Resume date means, score labels that follow the data, and generic details.
 */
class DatesScoresAndDetailsTest {
  private static final Processor PROCESSOR = new Processor(false);
  private static final ResumeReader READER = new ResumeReader(PROCESSOR);
  private static final Preparer PREPARER = new Preparer(Stylesheets.bundled(PROCESSOR));

  private static XdmNode source(String root, String body) throws InvalidResumeException {
    String xml =
        "<resume xmlns=\"urn:resume:1\" xml:lang=\"en\""
            + root
            + "><basics><name>A</name></basics>"
            + body
            + "</resume>";
    return READER.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        "test.xml",
        "file:/test.xml");
  }

  private static List<String> items(XdmNode source, Variant variant) {
    return ReaderItems.textItems(PREPARER.prepareVariant(source, variant, w -> {}));
  }

  private static String work(String dates) {
    return "<work><position><organization>Org</organization>" + dates + "</position></work>";
  }

  @Test
  void aJsonResumeFirstOfMonthIsTheMonthUnlessDaysAreAskedFor() throws Exception {
    String body = work("<start>2017-05-01</start><end>2018-02-03</end>");
    XdmNode json = source(" first-day-means=\"month\"", body);
    assertTrue(
        items(json, Variant.DEFAULT).contains("May 2017\u2009–\u2009Feb 3, 2018"),
        () -> items(json, Variant.DEFAULT).toString());
    assertTrue(
        items(json, new Variant(null, null, false, true))
            .contains("May 1, 2017\u2009–\u2009Feb 3, 2018"));
    // Written in XML without the attribute, a date is shown as written.
    assertTrue(
        items(source("", body), Variant.DEFAULT).contains("May 1, 2017\u2009–\u2009Feb 3, 2018"));
  }

  /**
   * In a JSON Resume an end on the last day of its month is the month too (the export tools of
   * LinkedIn write ends so): Feb 29 of a leap year is, Feb 28 of it is not; a start on a last day
   * keeps its day; days asked for, or XML without the attribute, show the day.
   */
  @Test
  void aJsonResumeEndOnTheLastDayOfAMonthIsTheMonth() throws Exception {
    XdmNode json =
        source(
            " first-day-means=\"month\"",
            "<work><position><organization>A</organization><start>2019-07-01</start><end>2022-08-31</end></position>"
                + "<position><organization>B</organization><start>2023-01-15</start><end>2024-02-29</end></position>"
                + "<position><organization>C</organization><start>2019-06-30</start><end>2024-02-28</end></position>"
                + "</work>");
    List<String> shown = items(json, Variant.DEFAULT);
    for (String expected :
        List.of(
            "Jul 2019\u2009–\u2009Aug 2022",
            "Jan 15, 2023\u2009–\u2009Feb 2024",
            "Jun 30, 2019\u2009–\u2009Feb 28, 2024")) {
      assertTrue(shown.contains(expected), () -> expected + " in " + shown);
    }
    assertTrue(
        items(json, new Variant(null, null, false, true))
            .contains("Jul 1, 2019\u2009–\u2009Aug 31, 2022"));
    String xml = work("<start>2019-07-01</start><end>2022-08-31</end>");
    assertTrue(
        items(source("", xml), Variant.DEFAULT).contains("Jul 1, 2019\u2009–\u2009Aug 31, 2022"));
  }

  @Test
  void datesInWordsAreShownAsWrittenAndPresentWordsAsTheLanguagesPresent() throws Exception {
    XdmNode resume =
        source(
            "",
            "<work>"
                + "<position><organization>A</organization><start>Summer 2019</start></position>"
                + "<position><organization>B</organization><start>2016 ~ 2020</start></position>"
                + "<position><organization>C</organization><start>2021-09</start><end>present</end></position>"
                + "<position><organization>D</organization><start>Jan 2015</start><end>NOW</end></position>"
                + "</work>");
    List<String> shown = items(resume, Variant.DEFAULT);
    for (String expected :
        List.of(
            "Summer 2019",
            "2016 ~ 2020",
            "Sep 2021\u2009–\u2009Present",
            "Jan 2015\u2009–\u2009Present")) {
      assertTrue(shown.contains(expected), () -> expected + " in " + shown);
    }
    assertFalse(shown.contains("Summer 2019\u2009–\u2009Present"), shown::toString);
    assertTrue(
        items(resume, Variant.lang("zh")).contains("2021年9月 – 至今"),
        () -> items(resume, Variant.lang("zh")).toString());
    // Words have no machine-readable value: no <time> carries them.
    String view = PREPARER.prepareVariant(resume, Variant.DEFAULT, w -> {}).toString();
    assertFalse(view.contains(">Summer 2019</time>"), view);
    assertTrue(view.contains("<time datetime=\"2021-09\">"), view);
  }

  /**
   * An end in the word the résumé's language uses for "Present" ("atual") is ongoing, as "Present"
   * is: the HTML's JSON-LD then lists the employer as current. In another language it is a word
   * shown as written.
   */
  @Test
  void anEndInTheLanguagesOwnWordForPresentIsOngoing() {
    XdmNode resume;
    try {
      resume = source("", work("<start>2021-09</start><end>atual</end>"));
    } catch (InvalidResumeException e) {
      throw new AssertionError(e.problems().toString());
    }
    String portuguese = PREPARER.prepareVariant(resume, Variant.lang("pt"), w -> {}).toString();
    assertTrue(portuguese.contains("ongoing=\"true\""), portuguese);
    String english = PREPARER.prepareVariant(resume, Variant.DEFAULT, w -> {}).toString();
    assertFalse(english.contains("ongoing=\"true\""), english);
    assertTrue(
        items(resume, Variant.DEFAULT).contains("Sep 2021\u2009–\u2009atual"),
        () -> items(resume, Variant.DEFAULT).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-2021", "2021-13", "2021-02-30", "2021-03+05:00", "2021-03-01Z", "20210", "1-"})
  void anIsoSlipIsStillRefused(String date) {
    InvalidResumeException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidResumeException.class, () -> source("", work("<start>" + date + "</start>")));
    assertTrue(
        e.problems().get(0).message().startsWith("'" + date + "' is not a date"),
        e.problems()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Summer 2019", "2016 ~ 2020", "Present", "至今", "----", "03/2022"})
  void wordsAreValid(String date) throws Exception {
    source("", work("<start>" + date + "</start>"));
  }

  @Test
  void anEndInWordsIsNeverComparedWithTheStart() throws Exception {
    source("", work("<start>2021</start><end>Spring 2019</end>"));
  }

  @Test
  void scoreLabelsFollowTheData() throws Exception {
    XdmNode resume =
        source(
            "",
            "<education>"
                + "<study><institution>A</institution><score label=\"GPA\">3.8</score></study>"
                + "<study><institution>B</institution><score>1.6</score></study>"
                + "<study><institution>C</institution><score>3.60 CGPA</score></study>"
                + "<study><institution>D</institution><score>88% (Valedictorian)</score></study>"
                + "</education>");
    List<String> shown = items(resume, Variant.DEFAULT);
    for (String expected :
        List.of("GPA: 3.8", "Grade: 1.6", "3.60 CGPA", "Grade: 88% (Valedictorian)")) {
      assertTrue(shown.contains(expected), () -> expected + " in " + shown);
    }
    assertFalse(shown.contains("GPA: 1.6"), shown::toString);
    assertTrue(
        items(resume, Variant.lang("de")).contains("Note: 1.6"),
        () -> items(resume, Variant.lang("de")).toString());
  }

  @Test
  void detailsAreShownUnderTheirNames() throws Exception {
    XdmNode resume =
        source(
            "",
            "<work><position><organization>Org</organization>"
                + "<detail name=\"technologies\"><detail>Go</detail><detail>Rust</detail></detail>"
                + "<detail name=\"x_clientCompanyName\">Hidden Client</detail>"
                + "<detail name=\"highlightGroups\"><detail><detail name=\"title\">Platform</detail>"
                + "<detail name=\"highlights\"><detail>Built X</detail><detail>Led Y</detail></detail></detail></detail>"
                + "</position></work>"
                + "<other name=\"x_talks\"><detail><detail><detail name=\"event\">Seminar</detail>"
                + "<detail name=\"url\">https://talks.example.org/1</detail></detail></detail></other>");
    List<String> shown = items(resume, Variant.DEFAULT);
    for (String expected :
        List.of(
            "Technologies: Go, Rust",
            "Client company name: Hidden Client",
            "Platform",
            "Built X",
            "Led Y",
            "Talks",
            "Seminar · https://talks.example.org/1")) {
      assertTrue(shown.contains(expected), () -> expected + " in " + shown);
    }
    assertFalse(shown.contains("Highlight groups"), shown::toString);
    assertTrue(
        ReaderItems.links(PREPARER.prepareVariant(resume, Variant.DEFAULT, w -> {}))
            .contains("https://talks.example.org/1"));
  }
}
