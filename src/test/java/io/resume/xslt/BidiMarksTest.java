package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Bidi;
import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a Latin fragment meets right-to-left text, the prepare step puts left-to-right marks around
 * it, so that its punctuation stays with it: a Hebrew résumé's "B.Sc." keeps its final period at
 * its right, as the Unicode bidirectional algorithm (ICU's) lays the line out. The same line
 * without the marks shows the period on the wrong side: the check can fail.
 */
class BidiMarksTest {
  private static final Pipeline PIPELINE = SharedPipeline.bundled();
  @TempDir Path folder;

  @Test
  void aLatinDegreeKeepsItsPeriodInHebrew() throws Exception {
    XdmNode view =
        prepare(
            """
        <resume xmlns="urn:resume:1" xml:lang="he"><basics><name>נועה לוי</name></basics>
          <education>
            <study><institution>האוניברסיטה העברית</institution><studyType>B.Sc.</studyType><area>מדעי המחשב</area></study>
            <study><institution>הטכניון</institution><studyType>M.Sc.</studyType></study>
          </education></resume>""");
    List<String> degrees = strings(view, "//v:row[@role = 'subtitle']/v:text");
    assertEquals(List.of("\u200EB.Sc.\u200E במדעי המחשב", "\u200EM.Sc.\u200E"), degrees);
    assertTrue(visual(degrees.get(0)).endsWith("B.Sc."), visual(degrees.get(0)));
    assertTrue(visual(degrees.get(1)).equals("M.Sc."), visual(degrees.get(1)));
  }

  /**
   * The broken case: without the marks the bidirectional algorithm moves the period to the left of
   * "B.Sc".
   */
  @Test
  void withoutTheMarksThePeriodMoves() {
    assertFalse(visual("B.Sc. במדעי המחשב").endsWith("B.Sc."), visual("B.Sc. במדעי המחשב"));
    assertFalse(visual("M.Sc.").equals("M.Sc."), visual("M.Sc."));
  }

  @Test
  void latinNamesInAnArabicListAreEachIsolated() throws Exception {
    XdmNode view =
        prepare(
            """
        <resume xmlns="urn:resume:1" xml:lang="ar"><basics><name>ليلى حسن</name></basics>
          <work><position><organization>جامعة القاهرة</organization><role>باحثة</role>
            <advisor>Zhihao Jia</advisor><advisor>Rong Chen</advisor></position></work></resume>""");
    String row = strings(view, "//v:row[@role = 'subtitle']/v:text").get(0);
    assertEquals("باحثة بإشراف \u200EZhihao Jia\u200E و\u200ERong Chen\u200E", row);
  }

  /** A résumé written in one direction gets no marks at all. */
  @Test
  void oneDirectionNoMarks() throws Exception {
    List<String> warnings = new ArrayList<>();
    XdmNode view = PIPELINE.prepare(Path.of(Seed.FILE), null, warnings::add).view();
    assertFalse(view.getStringValue().matches("(?s).*[\u200E\u200F].*"));
  }

  /**
   * Which way a block runs is decided here, once, for every format: the document's direction is its
   * language's ("az-Arab" is right to left), and in a left-to-right résumé a paragraph, item or row
   * whose first strong letter is right to left says dir="rtl" (digits and Latin after it do not
   * change that; a Latin start does).
   */
  @Test
  void directionsAreMarkedOnceInThePreparedResume() throws Exception {
    XdmNode azeri =
        prepare(
            """
        <resume xmlns="urn:resume:1" xml:lang="az-Arab"><basics><name>آیدین</name></basics></resume>""",
            List.of("no labels for language 'az-Arab', using English"));
    assertEquals(List.of("rtl"), strings(azeri, "/v:document/@dir"));
    XdmNode english =
        prepare(
            """
        <resume xmlns="urn:resume:1" xml:lang="en"><basics><name>Noa Levi</name></basics>
          <summary><p>2015 שלום world</p><p>Hello שלום</p><p>2015 – 2020</p></summary></resume>""");
    assertEquals(List.of("ltr"), strings(english, "/v:document/@dir"));
    assertEquals(List.of("rtl", "", ""), strings(english, "//v:para/string(@dir)"));
    XdmNode arabicName =
        prepare(
            """
        <resume xmlns="urn:resume:1" xml:lang="en"><basics><name>ليلى حسن</name></basics></resume>""");
    assertEquals(List.of("rtl"), strings(arabicName, "//v:name/string(@dir)"));
  }

  /** The line as drawn, left to right, in a right-to-left paragraph, marks removed. */
  private static String visual(String logical) {
    Bidi bidi = new Bidi(logical, Bidi.RTL);
    return bidi.writeReordered(Bidi.REMOVE_BIDI_CONTROLS | Bidi.DO_MIRRORING);
  }

  private XdmNode prepare(String xml) throws Exception {
    return prepare(xml, List.of());
  }

  private XdmNode prepare(String xml, List<String> expectedWarnings) throws Exception {
    Path file = folder.resolve("resume.xml");
    Files.writeString(file, xml);
    List<String> warnings = new ArrayList<>();
    XdmNode view = PIPELINE.prepare(file, null, warnings::add).view();
    assertEquals(expectedWarnings, warnings);
    return view;
  }

  private static List<String> strings(XdmNode view, String xpath) throws Exception {
    XPathCompiler compiler = view.getProcessor().newXPathCompiler();
    compiler.declareNamespace("v", "urn:resume:view:1");
    List<String> found = new ArrayList<>();
    compiler.evaluate(xpath, view).forEach(item -> found.add(item.getStringValue()));
    return found;
  }
}
