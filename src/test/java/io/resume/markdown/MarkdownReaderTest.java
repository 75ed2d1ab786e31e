package io.resume.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.markdown.RichText.Block;
import io.resume.markdown.RichText.Break;
import io.resume.markdown.RichText.Code;
import io.resume.markdown.RichText.Inline;
import io.resume.markdown.RichText.Item;
import io.resume.markdown.RichText.Link;
import io.resume.markdown.RichText.ListBlock;
import io.resume.markdown.RichText.Paragraph;
import io.resume.markdown.RichText.Style;
import io.resume.markdown.RichText.Styled;
import io.resume.markdown.RichText.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown as a résumé reads it: CommonMark, single line breaks kept, HTML as text. */
class MarkdownReaderTest {
  private static List<Block> read(String markdown) {
    return MarkdownReader.read(markdown).blocks();
  }

  private static Paragraph p(Inline... content) {
    return new Paragraph(List.of(content));
  }

  private static Text t(String text) {
    return new Text(text);
  }

  private static Item item(Inline... content) {
    return new Item(List.of(content), List.of());
  }

  @Test
  void plainTextIsOneParagraphAsWritten() {
    assertEquals(
        List.of(p(t("Built C# and C++ tools (with 40% less code) & more!"))),
        read("Built C# and C++ tools (with 40% less code) & more!"));
  }

  @Test
  void emphasisAndStrong() {
    assertEquals(
        List.of(
            p(
                t("a "),
                new Styled(Style.EM, List.of(t("b"))),
                t(" "),
                new Styled(Style.STRONG, List.of(t("c"))))),
        read("a *b* __c__"));
  }

  @Test
  void nestedEmphasis() {
    assertEquals(
        List.of(
            p(
                new Styled(
                    Style.STRONG,
                    List.of(t("x "), new Styled(Style.EM, List.of(t("y"))), t(" z"))))),
        read("**x *y* z**"));
  }

  @Test
  void codeSpanKeepsWhatLooksLikeMarkup() {
    assertEquals(List.of(p(t("run "), new Code("a *b* <c>"))), read("run `a *b* <c>`"));
  }

  @Test
  void linksAndAutolinks() {
    assertEquals(
        List.of(
            p(
                new Link("https://example.org", List.of(t("site"))),
                t(" "),
                new Link("mailto:me@example.org", List.of(t("me@example.org"))))),
        read("[site](https://example.org) <me@example.org>"));
  }

  /** resume.xsd's rule: http, https, mailto and tel only; the text stays, a note says why. */
  @Test
  void aLinkToAnythingElseKeepsItsTextUnlinked() {
    for (String href :
        List.of(
            "/blog",
            "javascript:alert(1)",
            "skype:me?call",
            "www.example.org",
            "HTTP://EXAMPLE.ORG")) {
      MarkdownReader.Result read = MarkdownReader.read("see [my page](" + href + ")");
      assertEquals(List.of(p(t("see my page"))), read.blocks(), href);
      assertEquals(1, read.notes().size(), href);
      assertTrue(read.notes().get(0).contains(href), read.notes()::toString);
    }
  }

  @Test
  void aSingleLineBreakIsALineBreak() {
    assertEquals(
        List.of(p(t("one"), new Break(), t("two"), new Break(), t("three"))),
        read("one\ntwo  \nthree"));
  }

  @Test
  void aBlankLineStartsAParagraph() {
    assertEquals(List.of(p(t("one")), p(t("two"))), read("one\n\n  \ntwo"));
  }

  @Test
  void dashListsInASummary() {
    assertEquals(
        List.of(
            p(t("Skills:")), new ListBlock(false, 1, List.of(item(t("Java")), item(t("Rust"))))),
        read("Skills:\n- Java\n- Rust"));
  }

  @Test
  void numberedListsKeepTheirStart() {
    assertEquals(
        List.of(new ListBlock(true, 3, List.of(item(t("c")), item(t("d"))))), read("3. c\n4. d"));
  }

  @Test
  void aListInsideAListItem() {
    assertEquals(
        List.of(
            new ListBlock(
                false,
                1,
                List.of(
                    new Item(
                        List.of(t("tests")),
                        List.of(
                            new ListBlock(
                                false, 1, List.of(item(t("unit")), item(t("end to end"))))))))),
        read("* tests\n    * unit\n    * end to end"));
  }

  @Test
  void htmlIsText() {
    assertEquals(List.of(p(t("a <b>bold</b> <br> tag"))), read("a <b>bold</b> <br> tag"));
    assertEquals(
        List.of(p(t("<div class=\"x\">"), new Break(), t("inside</div>"))),
        read("<div class=\"x\">\ninside</div>"));
  }

  @Test
  void backslashEscapesAndEntities() {
    assertEquals(List.of(p(t("5 * 3, _a_ & © [x]"))), read("5 \\* 3, \\_a\\_ &amp; &copy; \\[x]"));
  }

  @Test
  void aHeadingIsABoldParagraphAndARuleShowsNothing() {
    assertEquals(
        List.of(p(new Styled(Style.STRONG, List.of(t("Skills")))), p(t("text"))),
        read("## Skills\n\n---\n\ntext"));
  }

  @Test
  void codeBlocksAreLinesOfCode() {
    assertEquals(
        List.of(p(new Code("make"), new Break(), new Code("make test"))),
        read("```\nmake\nmake test\n```"));
  }

  @Test
  void anImageShowsItsDescription() {
    MarkdownReader.Result read = MarkdownReader.read("![a diagram](chart.png)");
    assertEquals(List.of(p(t("a diagram"))), read.blocks());
    assertEquals(1, read.notes().size());
  }

  @Test
  void emptyItemsAndParagraphsShowNothing() {
    assertEquals(List.of(new ListBlock(false, 1, List.of(item(t("a"))))), read("-\n- a\n-"));
    assertEquals(List.of(), read("   \n\n---"));
  }
}
