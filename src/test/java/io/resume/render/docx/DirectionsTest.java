package io.resume.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionsTest {
  @Test
  void rightToLeftWordsInALeftToRightParagraphAreRunsOfTheirOwn() {
    assertEquals(
        List.of("abc |false", "אבג דהו|true", ", def|false"),
        shown(Directions.split(spans("abc אבג דהו, def"), false)));
  }

  @Test
  void latinWordsAndDigitsInARightToLeftParagraphAreLeftToRight() {
    assertEquals(
        List.of("خبرة في |true", "Java|false", " و |true", "XML 2|false", "015|false", ".|true"),
        shown(Directions.split(spans("خبرة في Java و XML 2", "015."), true)));
  }

  @Test
  void leftToRightTextIsLeftAlone() {
    List<Span> spans = spans("Plain ", "text, 2015.");
    assertEquals(
        List.of("Plain |false", "text, 2015.|false"), shown(Directions.split(spans, false)));
  }

  /** A line break (a span without text) stays between the lines it parts, in either direction. */
  @Test
  void aLineBreakIsKeptInARightToLeftParagraph() {
    List<Span> spans =
        List.of(Span.PLAIN.withText("سطر"), Span.PLAIN.asLineBreak(), Span.PLAIN.withText("آخر"));
    List<Directions.Piece> pieces = Directions.split(spans, true);
    assertEquals(List.of("سطر|true", "|true", "آخر|true"), shown(pieces));
    assertTrue(pieces.get(1).span().lineBreak());
  }

  private static List<Span> spans(String... texts) {
    return java.util.Arrays.stream(texts).map(Span.PLAIN::withText).toList();
  }

  private static List<String> shown(List<Directions.Piece> pieces) {
    return pieces.stream().map(p -> p.span().text() + "|" + p.rightToLeft()).toList();
  }
}
