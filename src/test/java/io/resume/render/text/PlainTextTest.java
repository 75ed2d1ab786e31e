package io.resume.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Seed;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.xslt.Stylesheets;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain text of the repository's résumé and of résumés made to stress its layout. */
class PlainTextTest {
  private static String text;
  private static List<String> lines;

  @BeforeAll
  static void render() throws Exception {
    text = TextFixtures.render(TextFixtures.repositoryResume(), Format.TXT);
    lines = List.of(text.split("\n", -1));
  }

  @Test
  void isCleanTextForAForm() {
    assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "one newline at the end");
    assertFalse(text.contains("\r"), "LF line endings only");
    assertFalse(text.contains("\n\n\n"), "never two blank lines");
    assertEquals(
        List.of(), lines.stream().filter(l -> l.endsWith(" ")).toList(), "no trailing spaces");
    assertEquals(
        List.of(),
        lines.stream().filter(l -> l.matches(".*(<|\\*\\*|\\*[a-z]).*")).toList(),
        "no markup left over");
  }

  @Test
  void everyLineFitsEightyColumns() {
    assertEquals(List.of(), tooWide(lines));
  }

  @Test
  void theNameAndSectionHeadingsAreUnderlinedToTheirWidth() {
    assertEquals("Zhuofu Chen", lines.get(0));
    assertEquals("=".repeat(11), lines.get(1));
    for (String heading : Seed.HEADINGS) {
      int at = lines.indexOf(heading);
      assertTrue(at > 0, () -> "heading " + heading + " in\n" + text);
      assertEquals("-".repeat(heading.length()), lines.get(at + 1), heading);
      assertEquals("", lines.get(at - 1), "a blank line before " + heading);
    }
  }

  @Test
  void contactsShowTheirLabelsInAColumn() {
    assertEquals(
        List.of(
            "Email    aetiurf@gmail.com",
            "GitHub   github.com/chenzhuofu (https://github.com/chenzhuofu)",
            "Website  https://chenzhuofu.github.io/"),
        lines.subList(3, 6));
  }

  @Test
  void rowsCarryTheirAsideAndBulletsHangUnderTheirText() {
    assertTrue(lines.contains("Tongji University — Shanghai, China"), text);
    assertTrue(
        lines.contains("Research Intern advised by Zhihao Jia — May 2024\u2009–\u2009Present"),
        text);
    int bullet =
        lines.indexOf(
            "• Optimized existing LLM serving system for large batch decoding, achieving");
    assertTrue(bullet > 0, text);
    assertEquals("  about 7x latency improvement.", lines.get(bullet + 1));
    // Lone rows (awards) are a list; a wrapped one continues under its text.
    int award =
        lines.indexOf(
            "• National 1st Prize (0.55%) in Contemporary Undergraduate Mathematical Contest");
    assertTrue(award > 0, text);
    assertEquals("  in Modeling — 2023", lines.get(award + 1));
  }

  @Test
  void numberedItemsKeepTheirLabelAndHangUnderTheirText() {
    int first =
        lines.indexOf(
            "[1] Tianxia Wang*, Zhuofu Chen*, Xingda Wei, Jinyu Gu, Rong Chen, Haibo Chen.");
    assertTrue(first > 0, text);
    assertTrue(lines.get(first + 1).startsWith("    Characterizing"), lines.get(first + 1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("[3] Lijie Yang*")), text);
  }

  @Test
  void inlineMarkupBecomesPlainWords() {
    assertTrue(text.contains("National 1st Prize"), "a superscript follows its number");
    assertTrue(
        text.contains("better performance, scalability and usability"), "no emphasis markers");
  }

  @Test
  void longWordsAndWideCharactersWrapWithoutLosingAnything(@TempDir Path dir) throws Exception {
    String url = "https://example.org/" + "a-very-long-path/".repeat(6);
    String chinese = "我们设计了一个面向大模型推理的分布式系统，显著降低了延迟。".repeat(5);
    PreparedResume resume =
        TextFixtures.canonical(
            dir,
            """
        <resume xmlns="urn:resume:1" xml:lang="en">
          <basics><name>Ada Lovelace</name></basics>
          <summary>
            <p>%s</p>
            <p>See <link href="%s">my notes</link> and <link href="https://example.org/">https://example.org/</link>.</p>
          </summary>
        </resume>"""
                .formatted(chinese, url));
    String out = TextFixtures.render(resume, Format.TXT);
    List<String> outLines = List.of(out.split("\n"));
    assertEquals(List.of(), tooWide(outLines));
    assertTrue(
        out.contains("See my notes\n(" + url + ")\nand"),
        "a long address stays whole, alone on its line:\n" + out);
    assertTrue(
        out.contains("and https://example.org/."),
        "an address shown as its own text is not repeated:\n" + out);
    // Chinese wraps between characters, at most 80 columns of two-column characters, never before
    // "，".
    List<String> wrapped =
        outLines.stream().filter(l -> l.startsWith("我") || l.matches("^\\p{IsHan}.*")).toList();
    assertTrue(wrapped.size() >= 3, out);
    assertTrue(wrapped.stream().anyMatch(l -> width(l) >= 76), "lines are filled:\n" + out);
    assertFalse(out.contains("\n，") || out.contains("\n。"), out);
    assertEquals(chinese, String.join("", wrapped));
    assertEquals(
        List.of(),
        InOrder.problems(
            ReaderItems.textItems(resume.view()),
            Extract.textWithoutAddresses(out, ReaderItems.links(resume.view()))));
    assertEquals(ReaderItems.links(resume.view()), Extract.textLinks(out));
  }

  /** The other layout of asides (a stylesheet parameter): flush with the right margin. */
  @Test
  void asidesCanBeAlignedToTheRightMargin() throws Exception {
    PreparedResume resume = TextFixtures.repositoryResume();
    Xslt30Transformer transformer =
        Stylesheets.bundled(resume.view().getProcessor()).get("text/txt.xsl").load30();
    transformer.setStylesheetParameters(
        Map.of(new QName("text-asides"), new XdmAtomicValue("right")));
    StringWriter out = new StringWriter();
    transformer.applyTemplates(resume.view(), transformer.newSerializer(out));
    List<String> right = List.of(out.toString().split("\n"));
    assertEquals(List.of(), tooWide(right));
    for (String aside :
        List.of(
            "Shanghai, China",
            "Sep 2021\u2009–\u2009Present",
            "May 2024\u2009–\u2009Present",
            "2019")) {
      assertTrue(
          right.stream().anyMatch(l -> l.endsWith("   " + aside) && width(l) == 80),
          () -> aside + " at the margin:\n" + out);
    }
    int award =
        right.indexOf(
            "• National 1st Prize (0.55%) in Contemporary Undergraduate Mathematical     2023");
    assertTrue(award > 0, out::toString);
    assertEquals("  Contest in Modeling", right.get(award + 1));
  }

  /**
   * Lines wider than 80 columns that could have been broken: more than one word after the indent.
   */
  static List<String> tooWide(List<String> lines) {
    List<String> wide = new ArrayList<>();
    for (String line : lines) {
      String body = line.strip().replaceFirst("^(•|\\[\\d+\\]) ", "");
      if (width(line) > 80 && body.contains(" ")) {
        wide.add(line);
      }
    }
    return wide;
  }

  /** Columns in a monospaced font: two for East Asian wide characters, by script and block. */
  static int width(String line) {
    return line.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61;
  }
}
