package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.resume.Pipeline;
import io.resume.SharedPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every language of xsl/l10n, the prepare step writes dates, spans and lists as CLDR says, the
 * oracle being ICU4J's own formatters called here: a date of each precision (year, month, day), a
 * span with an end and an ongoing one, two advisors joined. A hand-written pattern, the kind of
 * table this replaced, must be caught.
 */
class CldrWordingTest {
  private static final Pipeline PIPELINE = SharedPipeline.bundled();
  private static final Pattern LABEL = Pattern.compile("<label key=\"([^\"]+)\">([^<]*)</label>");

  /** The invented résumé: one date of each precision, an ongoing span, two advisors. */
  private static final String RESUME =
      """
      <resume xmlns="urn:resume:1">
        <basics><name>Ada Lovelace</name></basics>
        <work><position><organization>Analytical Engines</organization><role>Engineer</role>
          <advisor>Charles Babbage</advisor><advisor>Mary Somerville</advisor><start>2021</start></position></work>
        <education><study><institution>University of London</institution><studyType>BSc</studyType><area>Mathematics</area>
          <start>2016-09</start><end>2020-06-30</end></study></education>
        <certificates><certificate><name>Actuary</name><date>2022-03-15</date></certificate></certificates>
      </resume>
      """;

  @TempDir static Path folder;
  private static Path resume;

  /** How a test formats a date: ICU's own formatter, or a broken stand-in. */
  interface DateWriter {
    String write(ULocale locale, String skeleton, LocalDate date);
  }

  private static final DateWriter ICU =
      (locale, skeleton, date) -> {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        DateFormat format = DateFormat.getInstanceForSkeleton(calendar, skeleton, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return format.format(calendar.getTime());
      };

  /** The hand-written English way, "Sep 2021" for every language. */
  private static final DateWriter HAND_WRITTEN =
      (locale, skeleton, date) -> {
        String pattern =
            switch (skeleton) {
              case "y" -> "y";
              case "yMMM" -> "MMM y";
              default -> "MMM d, y";
            };
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return format.format(calendar.getTime());
      };

  @BeforeAll
  static void write() throws IOException {
    resume = folder.resolve("ada.xml");
    Files.writeString(resume, RESUME);
  }

  static Stream<String> languages() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("xsl/l10n"))) {
      return files
          .map(f -> f.getFileName().toString().replace(".xml", ""))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void datesAndSpansAsCldrWritesThem(String tag) throws Exception {
    assertEquals(List.of(), mismatches(tag, prepare(tag), ICU));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void listsAsCldrWritesThem(String tag) throws Exception {
    Map<String, String> labels = labels(tag);
    ULocale locale = ULocale.forLanguageTag(tag);
    ListFormatter.Width width =
        ListFormatter.Width.valueOf(labels.get("list-width").toUpperCase(Locale.ROOT));
    String advisors =
        ListFormatter.getInstance(locale, ListFormatter.Type.AND, width)
            .format("Charles Babbage", "Mary Somerville");
    String expected =
        labels.get("role-advised-by").replace("{role}", "Engineer").replace("{advisors}", advisors);
    String row =
        evaluate(
            prepare(tag),
            "string((//v:section[@kind = 'work']//v:row[@role = 'subtitle'])[1]/v:text)");
    assertEquals(expected, withoutMarks(row));
  }

  /**
   * The comparison can fail: a hand-written English pattern is wrong for nearly every other
   * language.
   */
  @Test
  void aHandWrittenPatternIsCaught() throws Exception {
    List<String> caught = new ArrayList<>();
    for (String tag : languages().toList()) {
      if (!mismatches(tag, prepare(tag), HAND_WRITTEN).isEmpty()) {
        caught.add(tag);
      }
    }
    // English itself writes "Sep 2021" and "Sep 30, 2020", as the hand-written pattern does.
    assertTrue(caught.size() >= languages().count() - 3, "caught only " + caught);
    assertTrue(
        caught.containsAll(List.of("zh", "ja", "ko", "hu", "de", "ru", "lt", "bg")),
        caught::toString);
  }

  @Test
  void chineseAndJapaneseWriteThemTheirWay() throws Exception {
    XdmNode chinese = prepare("zh");
    assertEquals(
        "2016年9月 – 2020年6月30日",
        withoutMarks(evaluate(chinese, "string((//v:section[@kind = 'education']//v:aside)[1])"))
            .replace('\u2009', ' '));
    assertEquals(
        "Engineer（导师：Charles Babbage、Mary Somerville）",
        evaluate(
            chinese, "string((//v:section[@kind = 'work']//v:row[@role = 'subtitle'])[1]/v:text)"));
    assertEquals(
        "MathematicsBSc",
        evaluate(
            chinese,
            "string((//v:section[@kind = 'education']//v:row[@role = 'subtitle'])[1]/v:text)"));
    XdmNode japanese = prepare("ja");
    assertEquals(
        "2021年～現在", evaluate(japanese, "string((//v:section[@kind = 'work']//v:aside)[1])"));
    assertEquals(
        "BSc（Mathematics）",
        evaluate(
            japanese,
            "string((//v:section[@kind = 'education']//v:row[@role = 'subtitle'])[1]/v:text)"));
  }

  /**
   * A JSON Resume, whose first-of-month dates stand for their month (import marks it
   * first-day-means="month"): a span of two such dates, a start in words ending "Present", a date
   * that is not the first of a month.
   */
  private static final String JSON =
      """
      {"basics": {"name": "Ada Lovelace"},
       "work": [{"name": "Analytical Engines", "startDate": "2017-05-01", "endDate": "2018-02-01"},
                {"name": "Difference Engines", "startDate": "Summer 2019", "endDate": "Present"}],
       "awards": [{"title": "Medal", "date": "2020-06-15"}]}
      """;

  /**
   * In every language, a JSON Resume's dates at the precision its author meant, as CLDR writes
   * them; with --days, to the day.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aJsonResumesDatesAtThePrecisionItsAuthorMeant(String tag) throws Exception {
    assertEquals(List.of(), jsonMismatches(tag, false, ICU));
    assertEquals(List.of(), jsonMismatches(tag, true, ICU));
  }

  /**
   * The comparison can fail: the day shown where the author meant the month (ja: 2017年5月1日, de: 1.
   * Mai 2017) is caught.
   */
  @Test
  void aFirstOfMonthShownWithItsDayIsCaught() throws Exception {
    DateWriter toTheDay =
        (locale, skeleton, date) ->
            ICU.write(locale, skeleton.equals("y") ? skeleton : "yMMMd", date);
    for (String tag : List.of("ja", "de")) {
      List<String> wrong = jsonMismatches(tag, false, toTheDay);
      assertTrue(
          wrong.stream().anyMatch(w -> w.startsWith(tag + " 2017-05:")), () -> tag + ": " + wrong);
      assertTrue(
          wrong.stream().anyMatch(w -> w.startsWith(tag + " span:")), () -> tag + ": " + wrong);
    }
  }

  /**
   * The JSON Resume's dates and spans, prepared in a language (with or without days), that differ
   * from what the writer gives.
   */
  private static List<String> jsonMismatches(String tag, boolean days, DateWriter writer)
      throws Exception {
    Path json = folder.resolve("ada.json");
    Files.writeString(json, JSON);
    XdmNode view =
        PIPELINE.prepareVariant(json, new Variant(tag, null, false, days), w -> {}).view();
    ULocale locale = ULocale.forLanguageTag(tag);
    String month = days ? "yMMMd" : "yMMM";
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(
        days ? "2017-05-01" : "2017-05", writer.write(locale, month, LocalDate.of(2017, 5, 1)));
    expected.put(
        days ? "2018-02-01" : "2018-02", writer.write(locale, month, LocalDate.of(2018, 2, 1)));
    expected.put("2020-06-15", writer.write(locale, "yMMMd", LocalDate.of(2020, 6, 15)));
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> date : expected.entrySet()) {
      String shown = evaluate(view, "string(//v:time[@datetime = '" + date.getKey() + "'])");
      if (!shown.equals(date.getValue())) {
        wrong.add(tag + " " + date.getKey() + ": " + shown + " ≠ " + date.getValue());
      }
    }
    String range =
        DateIntervalFormat.getInstance("yMMM", locale)
            .getDateIntervalInfo()
            .getFallbackIntervalPattern();
    List<String> values = List.copyOf(expected.values());
    String span = range.replace("{0}", values.get(0)).replace("{1}", values.get(1));
    String inWords = range.replace("{0}", "Summer 2019").replace("{1}", labels(tag).get("present"));
    String shownSpan =
        withoutMarks(evaluate(view, "string((//v:section[@kind = 'work']//v:aside)[1])"));
    String shownInWords =
        withoutMarks(evaluate(view, "string((//v:section[@kind = 'work']//v:aside)[2])"));
    if (!shownSpan.equals(span)) {
      wrong.add(tag + " span: " + shownSpan + " ≠ " + span);
    }
    if (!shownInWords.equals(inWords)) {
      wrong.add(tag + " in words: " + shownInWords + " ≠ " + inWords);
    }
    return wrong;
  }

  /**
   * Each language's dates (v:time, keyed by its ISO value) and spans that differ from what the
   * writer gives.
   */
  private static List<String> mismatches(String tag, XdmNode view, DateWriter writer)
      throws SaxonApiException {
    ULocale locale = ULocale.forLanguageTag(tag);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("2021", writer.write(locale, "y", LocalDate.of(2021, 1, 1)));
    expected.put("2016-09", writer.write(locale, "yMMM", LocalDate.of(2016, 9, 1)));
    expected.put("2020-06-30", writer.write(locale, "yMMMd", LocalDate.of(2020, 6, 30)));
    expected.put("2022-03-15", writer.write(locale, "yMMMd", LocalDate.of(2022, 3, 15)));
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> date : expected.entrySet()) {
      String shown = evaluate(view, "string(//v:time[@datetime = '" + date.getKey() + "'])");
      if (!shown.equals(date.getValue())) {
        wrong.add(tag + " " + date.getKey() + ": " + shown + " ≠ " + date.getValue());
      }
    }
    String range =
        DateIntervalFormat.getInstance("yMMM", locale)
            .getDateIntervalInfo()
            .getFallbackIntervalPattern();
    String span =
        range.replace("{0}", expected.get("2016-09")).replace("{1}", expected.get("2020-06-30"));
    String ongoing =
        range.replace("{0}", expected.get("2021")).replace("{1}", labels(tag).get("present"));
    String shownSpan =
        withoutMarks(evaluate(view, "string((//v:section[@kind = 'education']//v:aside)[1])"));
    String shownOngoing =
        withoutMarks(evaluate(view, "string((//v:section[@kind = 'work']//v:aside)[1])"));
    if (!shownSpan.equals(span)) {
      wrong.add(tag + " span: " + shownSpan + " ≠ " + span);
    }
    if (!shownOngoing.equals(ongoing)) {
      wrong.add(tag + " ongoing: " + shownOngoing + " ≠ " + ongoing);
    }
    return wrong;
  }

  private static XdmNode prepare(String tag) throws Exception {
    List<String> warnings = new ArrayList<>();
    XdmNode view = PIPELINE.prepare(resume, tag, warnings::add).view();
    assertEquals(List.of(), warnings, tag);
    return view;
  }

  static Map<String, String> labels(String tag) {
    try {
      Map<String, String> labels = new LinkedHashMap<>();
      Matcher m = LABEL.matcher(Files.readString(Path.of("xsl/l10n", tag + ".xml")));
      while (m.find()) {
        labels.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&lt;", "<"));
      }
      return labels;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String withoutMarks(String text) {
    return text.replaceAll("[\u200E\u200F]", "");
  }

  private static String evaluate(XdmNode node, String xpath) throws SaxonApiException {
    XPathCompiler compiler = node.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", "urn:resume:view:1");
    XdmItem item = compiler.evaluateSingle(xpath, node);
    return item == null ? "" : item.getStringValue();
  }
}
