package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Renders the repository's résumé through the real pipeline and reads the DOCX back with POI. What
 * it should hold is read from the prepared résumé with XPath, not from the renderer.
 */
class DocxRendererTest {
  private static PreparedResume resume;
  private static byte[] bytes;
  private static XWPFDocument doc;
  private static XPathCompiler xpath;
  private static final List<String> warnings = new ArrayList<>();

  @BeforeAll
  static void render() throws Exception {
    Pipeline pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, warnings::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pipeline.renderer(Format.DOCX).render(resume, out, warnings::add);
    bytes = out.toByteArray();
    // -Ddocx.out=some/file.docx keeps the result, to look at it.
    String keep = System.getProperty("docx.out");
    if (keep != null) {
      Files.write(Path.of(keep), bytes);
    }
    doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    xpath = resume.view().getProcessor().newXPathCompiler();
    xpath.declareNamespace("v", "urn:resume:view:1");
  }

  @AfterAll
  static void close() throws Exception {
    doc.close();
  }

  @Test
  void rendersWithoutWarnings() {
    assertEquals(List.of(), warnings);
  }

  @Test
  void nameIsTheOneHeading1() {
    XWPFParagraph first = doc.getParagraphs().get(0);
    assertEquals("Heading1", first.getStyleID());
    assertEquals(strings("/v:document/v:header/v:name"), List.of(first.getText()));
    assertEquals(1, paragraphs("Heading1").size());
    assertBuiltIn("Heading1", "heading 1", 0);
  }

  @Test
  void sectionHeadingsAreHeading2InOrder() {
    List<String> expected = strings("//v:section/v:heading");
    assertFalse(expected.isEmpty());
    assertEquals(expected, texts(paragraphs("Heading2")));
    assertBuiltIn("Heading2", "heading 2", 1);
    assertTrue(
        doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getPBdr().isSetBottom(),
        "section headings are ruled");
  }

  @Test
  void entryTitlesAreEntryTitleParagraphsAndRowsPutTheAsideAtARightTab() {
    List<String> titles = strings("//v:row[@role='title']/v:text");
    assertEquals(
        titles, texts(paragraphs("EntryTitle")).stream().map(t -> t.split("\t")[0]).toList());
    for (String style : List.of("EntryTitle", "EntrySubtitle")) {
      CTTabStop tab =
          doc.getStyles().getStyle(style).getCTStyle().getPPr().getTabs().getTabArray(0);
      assertEquals(STTabJc.RIGHT, tab.getVal(), style);
      assertEquals(BigInteger.valueOf(11906 - 2 * 964), tab.getPos(), style);
    }
    List<String> rows = new ArrayList<>();
    for (XdmItem row : items("//v:row")) {
      String text = normalized(eval(row, "string(v:text)"));
      String aside = normalized(eval(row, "string(v:aside)"));
      rows.add(aside.isEmpty() ? text : text + "\t" + aside);
    }
    List<XWPFParagraph> rowParagraphs = new ArrayList<>(paragraphs("EntryTitle"));
    rowParagraphs.addAll(paragraphs("EntrySubtitle"));
    Set<String> drawn = new HashSet<>(texts(rowParagraphs));
    for (String row : rows) {
      assertTrue(drawn.contains(row), () -> "row drawn as text, tab, aside: " + row);
    }
  }

  /**
   * Headings only for headings: what Word's navigation pane lists and parsers split sections at
   * (paragraphs whose style has an outline level) is the name and the section headings, no entry.
   */
  @Test
  void onlyTheNameAndTheSectionsAreHeadings() throws Exception {
    List<String> outline = new ArrayList<>(strings("//v:header/v:name"));
    outline.addAll(strings("//v:section/v:heading"));
    assertEquals(outline.stream().map(DocxRendererTest::normalized).toList(), outlined(doc));
    assertFalse(doc.getStyles().getStyle("EntryTitle").getCTStyle().getPPr().isSetOutlineLvl());
  }

  /** The broken case: one award made a heading, as before, is caught. */
  @Test
  void anEntryMadeAHeadingIsCaught() throws Exception {
    try (XWPFDocument copy = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> before = outlined(copy);
      copy.getParagraphs().stream()
          .filter(p -> "EntryTitle".equals(p.getStyleID()))
          .reduce((a, b) -> b)
          .orElseThrow()
          .setStyle("Heading2");
      assertEquals(before.size() + 1, outlined(copy).size());
    }
  }

  /** The texts of the paragraphs whose style has an outline level. */
  private static List<String> outlined(XWPFDocument document) {
    return document.getParagraphs().stream()
        .filter(
            p ->
                p.getStyleID() != null
                    && document.getStyles().getStyle(p.getStyleID()) != null
                    && document.getStyles().getStyle(p.getStyleID()).getCTStyle().isSetPPr()
                    && document
                        .getStyles()
                        .getStyle(p.getStyleID())
                        .getCTStyle()
                        .getPPr()
                        .isSetOutlineLvl())
        .map(p -> normalized(p.getText()))
        .toList();
  }

  @Test
  void bulletItemsAreListParagraphsWithBulletNumbering() {
    List<XWPFParagraph> bullets =
        paragraphs("ListParagraph").stream().filter(p -> p.getNumID() != null).toList();
    assertEquals(count("//v:list[@style='bullet']/v:item"), bullets.size());
    for (XWPFParagraph bullet : bullets) {
      BigInteger abstractId = doc.getNumbering().getAbstractNumID(bullet.getNumID());
      assertNotNull(abstractId, "numId points to an abstractNum");
      XWPFAbstractNum abstractNum = doc.getNumbering().getAbstractNum(abstractId);
      assertEquals(
          STNumberFormat.BULLET,
          abstractNum.getCTAbstractNum().getLvlArray(0).getNumFmt().getVal());
      assertEquals("\u2022", abstractNum.getCTAbstractNum().getLvlArray(0).getLvlText().getVal());
    }
    assertEquals("List Paragraph", doc.getStyles().getStyle("ListParagraph").getName());
  }

  @Test
  void numberedItemsShowTheirLabelAsText() {
    List<String> labels = strings("//v:list[@style='numbered']/v:item/@label");
    assertFalse(labels.isEmpty());
    List<String> labelled =
        texts(paragraphs("ListParagraph")).stream()
            .filter(t -> t.contains("\t"))
            .map(t -> t.substring(0, t.indexOf('\t')))
            .toList();
    assertEquals(labels, labelled);
  }

  @Test
  void externalLinksAreTheHrefsOfThePreparedResume() throws Exception {
    Set<String> expected = new HashSet<>(strings("//v:link/@href | //v:contact/@href"));
    assertFalse(expected.isEmpty());
    Set<String> targets = new HashSet<>();
    for (PackageRelationship relationship :
        doc.getPackagePart().getRelationshipsByType(XWPFRelation.HYPERLINK.getRelation())) {
      assertEquals(TargetMode.EXTERNAL, relationship.getTargetMode());
      targets.add(relationship.getTargetURI().toString());
    }
    assertEquals(expected, targets);
    // ...and each is used by a hyperlink drawn in the Hyperlink style
    Set<String> used = new HashSet<>();
    for (XWPFParagraph paragraph : doc.getParagraphs()) {
      for (XWPFRun run : paragraph.getRuns()) {
        if (run instanceof XWPFHyperlinkRun link) {
          used.add(link.getHyperlink(doc).getURL());
          assertEquals("Hyperlink", run.getStyle());
        }
      }
    }
    assertEquals(expected, used);
  }

  @Test
  void documentPropertiesComeFromMeta() {
    var core = doc.getProperties().getCoreProperties();
    assertEquals(strings("/v:document/v:meta/v:title"), List.of(core.getTitle()));
    assertEquals(strings("/v:document/v:meta/v:author"), List.of(core.getCreator()));
    assertEquals(
        strings("/v:document/@xml:lang"),
        List.of(core.getUnderlyingProperties().getLanguageProperty().orElse("")));
    assertEquals(
        DocxProperties.APPLICATION, doc.getProperties().getExtendedProperties().getApplication());
  }

  @Test
  void oneColumnOnA4WithNoTablesTextBoxesOrHeaders() throws Exception {
    CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
    assertEquals(BigInteger.valueOf(11906), size.getW());
    assertEquals(BigInteger.valueOf(16838), size.getH());
    assertTrue(doc.getTables().isEmpty());
    assertTrue(doc.getHeaderList().isEmpty());
    // Footers: only the page number (PageNumbersTest).
    assertEquals(2, doc.getFooterList().size());
    try (InputStream in =
        doc.getPackage().getPart(doc.getPackagePart().getPartName()).getInputStream()) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(xml.contains("txbxContent"), "no text boxes");
      assertFalse(xml.contains("<w:tbl"), "no tables");
    }
  }

  /** As in the PDF: serif text, sans name and section headings. */
  @Test
  void headingsAreSansAndTheBodySerif() {
    var defaults =
        doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
    assertEquals("Times New Roman", defaults.getAscii());
    assertEquals("Times New Roman", defaults.getCs());
    for (String heading : List.of("Heading1", "Heading2")) {
      var fonts = doc.getStyles().getStyle(heading).getCTStyle().getRPr().getRFontsArray(0);
      assertEquals("Arial", fonts.getAscii(), heading);
      assertEquals("Arial", fonts.getHAnsi(), heading);
    }
  }

  /** Entries of one line (the awards) sit closer together than entries with bullets. */
  @Test
  void oneLineEntriesAreCloser() {
    List<String> single =
        strings("//v:entry[count(v:row) = 1 and not(v:para | v:list)]/v:row/v:text");
    assertFalse(single.isEmpty());
    for (XWPFParagraph title : paragraphs("EntryTitle")) {
      boolean isSingle = single.contains(title.getText().split("\t")[0]);
      assertEquals(isSingle ? 63 : -1, title.getSpacingBefore(), title.getText());
    }
  }

  @Test
  void entriesAreKeptTogether() {
    // Each entry starts with an EntryTitle row; every paragraph up to the entry's last is kept
    // with the next, so only the last paragraph before the next heading may break.
    List<XWPFParagraph> all = doc.getParagraphs();
    for (int i = 0; i < all.size() - 1; i++) {
      XWPFParagraph here = all.get(i);
      String next = all.get(i + 1).getStyleID();
      boolean lastOfEntry = "Heading2".equals(next) || "EntryTitle".equals(next);
      if (inEntry(i) && !lastOfEntry) {
        assertTrue(here.isKeepNext(), () -> "kept with next: " + here.getText());
      }
    }
  }

  @Test
  void extractedTextHoldsEveryTextItemInOrder() throws Exception {
    String text;
    try (XWPFWordExtractor extractor =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
      text = normalized(extractor.getText());
    }
    List<String> items =
        strings(
            "for $n in //(v:header/v:name | v:header/v:headline | v:contact | v:heading | v:para | v:item"
                + " | v:row/v:text | v:row/v:aside)"
                + " return string-join(($n/self::v:item/@label, string($n)), ' ')");
    assertTrue(items.size() > 30);
    int from = 0;
    for (String item : items) {
      String expected = normalized(item);
      int at = text.indexOf(expected, from);
      assertTrue(at >= 0, () -> "in order: " + expected);
      from = at + expected.length();
    }
  }

  private static boolean inEntry(int index) {
    List<XWPFParagraph> all = doc.getParagraphs();
    for (int i = index; i >= 0; i--) {
      String style = all.get(i).getStyleID();
      if ("EntryTitle".equals(style) || "EntrySubtitle".equals(style)) {
        return true;
      }
      if ("Heading2".equals(style)) {
        return false;
      }
    }
    return false;
  }

  private static void assertBuiltIn(String id, String name, int outlineLevel) {
    XWPFStyle style = doc.getStyles().getStyle(id);
    assertEquals(name, style.getName());
    assertEquals(
        BigInteger.valueOf(outlineLevel), style.getCTStyle().getPPr().getOutlineLvl().getVal());
    assertTrue(style.getCTStyle().getPPr().isSetKeepNext(), "headings keep with next");
  }

  private static List<XWPFParagraph> paragraphs(String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).toList();
  }

  private static List<String> texts(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream().map(XWPFParagraph::getText).toList();
  }

  private static String normalized(String text) {
    return text.replaceAll("[ \\t\\r\\n]+", " ").strip();
  }

  private static List<XdmItem> items(String expression) {
    try {
      List<XdmItem> items = new ArrayList<>();
      xpath.evaluate(expression, resume.view()).forEach(items::add);
      return items;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String eval(XdmItem context, String expression) {
    try {
      return xpath.evaluateSingle(expression, context).getStringValue();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> strings(String expression) {
    return items(expression).stream()
        .map(XdmItem::getStringValue)
        .map(DocxRendererTest::normalized)
        .collect(Collectors.toList());
  }

  private static int count(String expression) {
    return items(expression).size();
  }
}
