package io.resume.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.Pipeline;
import io.resume.SharedPipeline;
import io.resume.equivalence.Extract;
import io.resume.equivalence.InOrder;
import io.resume.equivalence.ReaderItems;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed résumé with Chinese alternatives, rendered in Chinese: the formats whose text does not
 * depend on fonts (HTML, DOCX, plain text, Markdown) hold every item of the Chinese prepared résumé
 * in order. (The PDF needs a CJK font, which the PDF renderer chooses.)
 */
class ChineseRenderingTest {
  private static final Pipeline PIPELINE = SharedPipeline.bundled();
  private static PreparedResume chinese;
  private static List<String> items;
  private static Set<String> links;

  @BeforeAll
  static void prepare() throws Exception {
    List<String> warnings = new ArrayList<>();
    chinese =
        PIPELINE.prepareVariant(
            Path.of("src/test/resources/io/resume/xslt/resume-zh.xml"),
            Variant.lang("zh"),
            warnings::add);
    assertEquals(List.of(), warnings);
    items = ReaderItems.textItems(chinese.view());
    links = ReaderItems.links(chinese.view());
    assertTrue(items.contains("研究经历") && items.contains("同济大学 Lu Hao 奖学金"), items::toString);
  }

  @Test
  void html() throws Exception {
    String html = new String(render(Format.HTML), StandardCharsets.UTF_8);
    assertTrue(html.contains("lang=\"zh\""), "the page says its language");
    assertEquals(List.of(), InOrder.problems(items, Extract.htmlText(html)));
    assertEquals(links, Extract.htmlLinks(html));
  }

  @Test
  void docx() throws Exception {
    byte[] docx = render(Format.DOCX);
    assertEquals(List.of(), InOrder.problems(items, Extract.docxText(docx)));
  }

  @Test
  void plainTextAndMarkdown() throws Exception {
    String text = new String(render(Format.TXT), StandardCharsets.UTF_8);
    assertEquals(List.of(), InOrder.problems(items, Extract.textWithoutAddresses(text, links)));
    String markdown = new String(render(Format.MD), StandardCharsets.UTF_8);
    assertEquals(List.of(), InOrder.problems(items, Extract.markdownText(markdown)));
  }

  private static byte[] render(Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PIPELINE.renderer(format).render(chinese, out, message -> {});
    return out.toByteArray();
  }
}
