package io.resume.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rich text written as Markdown reads back as the same text; plain text is written as it is. */
class MarkdownWriterTest {
  private static String write(Block... blocks) {
    MarkdownWriter.Result written = MarkdownWriter.write(List.of(blocks));
    assertEquals(List.of(), written.notes());
    return written.markdown();
  }

  private static Paragraph p(Inline... content) {
    return new Paragraph(List.of(content));
  }

  private static Text t(String text) {
    return new Text(text);
  }

  private static void roundTrips(List<Block> blocks) {
    MarkdownWriter.Result written = MarkdownWriter.write(blocks);
    assertEquals(List.of(), written.notes(), () -> blocks + " as " + written.markdown());
    assertEquals(
        RichText.normalize(blocks),
        MarkdownReader.read(written.markdown()).blocks(),
        written::markdown);
  }

  /** Text that reads back as itself is written unchanged: an imported résumé exports as it came. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Richard hails from Tulsa. (Go Sooners and Cardinal!) THAT would NOT be a “length-limited” conversation!",
        "C# and C++, snake_case, 5 * 3, 100% & more",
        "with “quotes” & <angle brackets>",
        "第一段：构建系统基础设施。",
        "Main St. Company",
        "2 + 2 = 4"
      })
  void plainTextIsWrittenAsItIs(String text) {
    assertEquals(text, write(p(t(text))));
  }

  /** Where the text itself would read as markup, it is escaped, and only there. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "*not emphasis*", "__init__.py", "a `tick` here", "[not a link](x)", "&copy; is not ©",
            "a \\* backslash",
        "# not a heading", "- not a bullet", "+ nor this", "1999. A good year", "3) neither",
            "> not a quote",
        "<https://example.org> is text", "~~~", "---"
      })
  void markupInTheTextIsEscaped(String text) {
    String markdown = write(p(t(text)));
    assertNotEquals(text, markdown);
    assertEquals(List.of(p(t(text))), MarkdownReader.read(markdown).blocks(), markdown);
  }

  @Test
  void eachConstruct() {
    assertEquals(
        "a *b* **c** `d` [e](https://example.org/e)",
        write(
            p(
                t("a "),
                new Styled(Style.EM, List.of(t("b"))),
                t(" "),
                new Styled(Style.STRONG, List.of(t("c"))),
                t(" "),
                new Code("d"),
                t(" "),
                new Link("https://example.org/e", List.of(t("e"))))));
    assertEquals("one\ntwo", write(p(t("one"), new Break(), t("two"))));
    assertEquals("one\n\ntwo", write(p(t("one")), p(t("two"))));
    assertEquals(
        "Skills:\n- Java\n- Rust",
        write(
            p(t("Skills:")),
            new ListBlock(
                false,
                1,
                List.of(
                    new Item(List.of(t("Java")), List.of()),
                    new Item(List.of(t("Rust")), List.of())))));
    assertEquals(
        "3. c\n4. d",
        write(
            new ListBlock(
                true,
                3,
                List.of(
                    new Item(List.of(t("c")), List.of()), new Item(List.of(t("d")), List.of())))));
  }

  @Test
  void codeWithBackticksGetsALongerFence() {
    assertEquals("``a ` b``", write(p(new Code("a ` b"))));
    assertEquals("`` `x` ``", write(p(new Code("`x`"))));
  }

  @Test
  void spacesStayOutsideEmphasis() {
    assertEquals("a *b* c", write(p(t("a"), new Styled(Style.EM, List.of(t(" b "))), t("c"))));
  }

  /** Two lists in a row stay two lists: the second takes the other marker. */
  @Test
  void listsInARowStayApart() {
    Item a = new Item(List.of(t("a")), List.of());
    Item b = new Item(List.of(t("b")), List.of());
    roundTrips(
        List.of(
            new ListBlock(false, 1, List.of(a)),
            new ListBlock(false, 1, List.of(b)),
            new ListBlock(false, 1, List.of(a))));
    roundTrips(List.of(new ListBlock(true, 1, List.of(a)), new ListBlock(true, 1, List.of(b))));
  }

  @Test
  void nestedBlocksInItems() {
    roundTrips(
        List.of(
            new ListBlock(
                false,
                1,
                List.of(
                    new Item(
                        List.of(t("outer")),
                        List.of(
                            p(t("more about it"), new Break(), t("on two lines")),
                            new ListBlock(
                                true,
                                7,
                                List.of(new Item(List.of(t("inner *not em*")), List.of()))))),
                    new Item(
                        List.of(),
                        List.of(
                            new ListBlock(
                                false,
                                1,
                                List.of(new Item(List.of(t("only a list")), List.of())))))))));
  }

  /** Superscripts have no Markdown: the text stays, and a note says what was lost. */
  @Test
  void superscriptIsWrittenAsTextWithANote() {
    MarkdownWriter.Result written =
        MarkdownWriter.write(List.of(p(t("x"), new Styled(Style.SUP, List.of(t("2"))))));
    assertEquals("x2", written.markdown());
    assertEquals(1, written.notes().size());
  }

  /** Random rich text, from characters Markdown cares about, reads back the same. */
  @Test
  void randomRichTextRoundTrips() {
    Random random = new Random(20240611);
    String alphabet = "ab *_`[]()<>&#!\\-+=.1)~|\"'é中";
    for (int n = 0; n < 400; n++) {
      List<Block> blocks = new ArrayList<>();
      for (int b = random.nextInt(3) + 1; b > 0; b--) {
        blocks.add(
            random.nextInt(4) == 0
                ? new ListBlock(
                    random.nextBoolean(),
                    1 + random.nextInt(3),
                    List.of(
                        new Item(inlines(random, alphabet, 2), List.of()),
                        new Item(inlines(random, alphabet, 2), List.of())))
                : new Paragraph(inlines(random, alphabet, 3)));
      }
      roundTrips(blocks);
    }
  }

  /** Keeps the round trip honest: the same text written without escapes does not read back. */
  @Test
  void withoutEscapesTheTextWouldChange() {
    assertNotEquals(
        List.of(p(t("*not emphasis*"))), MarkdownReader.read("*not emphasis*").blocks());
    assertNotEquals(
        List.of(p(t("1999. A good year"))), MarkdownReader.read("1999. A good year").blocks());
  }

  private static List<Inline> inlines(Random random, String alphabet, int depth) {
    List<Inline> content = new ArrayList<>();
    for (int i = random.nextInt(4) + 1; i > 0; i--) {
      int kind = random.nextInt(depth > 0 ? 7 : 3);
      switch (kind) {
        case 0, 1 -> content.add(t(word(random, alphabet)));
        case 2 -> content.add(new Code(word(random, alphabet).strip() + "x"));
        case 3 -> content.add(new Break());
        case 4 ->
            content.add(
                new Styled(
                    random.nextBoolean() ? Style.EM : Style.STRONG,
                    List.of(t("w" + word(random, "abc ").strip() + "w"))));
        case 5 ->
            content.add(
                new Link(
                    "https://example.org/" + random.nextInt(9),
                    List.of(t("l" + word(random, alphabet)))));
        default -> content.add(t(" "));
      }
    }
    return content;
  }

  private static String word(Random random, String alphabet) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(6) + 1; i > 0; i--) {
      word.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return word.toString();
  }

  @Test
  void aNoteIsGivenWhenNothingReadsBack() {
    // Emphasis around punctuation right against a letter cannot be written in CommonMark.
    MarkdownWriter.Result written =
        MarkdownWriter.write(List.of(p(t("a"), new Styled(Style.EM, List.of(t("(x)"))), t("b"))));
    assertTrue(
        written.notes().isEmpty() || written.notes().get(0).contains("reads back differently"),
        written::toString);
  }
}
