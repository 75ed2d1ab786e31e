package io.resume.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resume.model.ResumeReader;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the fields of JSON Resume land in the canonical résumé. */
class JsonToResumeTest {
  private static XdmNode sample;
  private static XdmNode unicode;
  private static XPathCompiler xpath;

  @BeforeAll
  static void importFixtures() throws Exception {
    Processor processor = new Processor(false);
    JsonResume json = new JsonResume(new ResumeReader(processor));
    sample = json.read(fixture("roundtrip/jsonresume-sample.json")).resume();
    unicode = json.read(fixture("roundtrip/unicode.json")).resume();
    xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "urn:resume:1");
  }

  static Path fixture(String name) throws Exception {
    return Path.of(JsonToResumeTest.class.getResource(name).toURI());
  }

  private static String eval(XdmNode resume, String expression) throws Exception {
    XdmValue value = xpath.evaluate(expression, resume);
    return value.stream()
        .map(item -> item.getStringValue())
        .reduce((a, b) -> a + "|" + b)
        .orElse("");
  }

  @Test
  void workMapsToPositions() throws Exception {
    assertEquals("Pied Piper", eval(sample, "/resume/work/position/organization"));
    assertEquals("CEO/President", eval(sample, "/resume/work/position/role"));
    assertEquals("2013-12-01|2014-12-01", eval(sample, "/resume/work/position/(start, end)"));
    assertEquals("3", eval(sample, "count(/resume/work/position/highlights/item)"));
    assertEquals("CoderDojo", eval(sample, "/resume/volunteer/position/organization"));
  }

  @Test
  void sectionsFollowTheKeyOrderOfTheJson() throws Exception {
    assertEquals(
        "basics|work|volunteer|education|awards|publications|skills|languages|interests|references|projects|extensions",
        eval(sample, "/resume/*/local-name()"));
    assertEquals(
        "basics|projects|education|work|volunteer|publications|certificates|languages|interests|references|skills|awards|extensions",
        eval(unicode, "/resume/*/local-name()"));
  }

  @Test
  void basicsKeepSummaryAndContactsInTheirOrder() throws Exception {
    // Contacts in the order of the keys of "basics"; the empty second profile is kept aside, not
    // shown.
    assertEquals(
        "profile|email|location",
        eval(unicode, "/resume/basics/(email|phone|url|location|profile)/local-name()"));
    assertEquals(
        "email|phone|url|location|profile|profile",
        eval(sample, "/resume/basics/(email|phone|url|location|profile)/local-name()"));
    assertEquals(
        "第一段：构建系统基础设施。|Second paragraph — with “quotes” & <angle brackets>.",
        eval(unicode, "/resume/basics/summary/p"));
    assertEquals("四平路 1239 号\n嘉定校区", eval(unicode, "/resume/basics/location/address"));
  }

  @Test
  void educationScoreHasNoLabelSoTheDefaultOneShows() throws Exception {
    assertEquals("4.0", eval(sample, "/resume/education/study/score"));
    assertEquals("false", eval(sample, "exists(/resume/education/study/score/@label)"));
    assertEquals(
        "DB1101 - Basic SQL|CS2011 - Java Introduction",
        eval(sample, "/resume/education/study/courses/course"));
  }

  @Test
  void otherSectionsRenameTheirFields() throws Exception {
    assertEquals(
        "Video compression for 3d media|2014-10-01",
        eval(sample, "/resume/publications/publication/(title, date)"));
    assertEquals("English", eval(sample, "/resume/languages/language/name"));
    assertEquals("Erlich Bachman", eval(sample, "/resume/references/reference/name"));
    assertEquals(
        "Team lead|Designer|Smoogle|application",
        eval(sample, "/resume/projects/project/(role, entity, type)"));
    assertEquals("Lijie Yang", eval(unicode, "//author[@equal = 'true']"));
    assertEquals("陈卓甫", eval(unicode, "//author[@self = 'true']"));
    assertEquals("Lijie Yang|陈卓甫|Zhihao Jia", eval(unicode, "//author"));
  }

  @Test
  void schemaMetaAndEmptyValuesAreKeptVerbatim() throws Exception {
    assertEquals(
        List.of("/$schema", "/basics/image", "/meta"),
        List.of(eval(sample, "/resume/extensions/json/@pointer").split("\\|")));
    assertEquals("\"\"", eval(sample, "/resume/extensions/json[@pointer = '/basics/image']"));
  }
}
