package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import io.resume.render.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The page is valid HTML5 according to the Nu HTML Checker, the W3C's own validator. */
class HtmlValidityTest {

  @ParameterizedTest(name = "theme {0}")
  @ValueSource(strings = {"classic", "modern"})
  void theRepositoryResumeIsValidHtml5(String theme) throws Exception {
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    RenderOptions options = RenderOptions.defaults().withTheme(pipeline.theme(theme));
    pipeline.renderer(Format.HTML).render(resume, options, html, Warnings.IGNORE);
    assertEquals(List.of(), errors(html.toByteArray()));
  }

  /** Rich text: code, line breaks, paragraphs and lists inside list items. */
  @Test
  void richTextIsValidHtml5() throws Exception {
    Pipeline pipeline = SharedPipeline.bundled();
    PreparedResume resume =
        pipeline.prepare(
            Path.of("src/test/resources/io/resume/markdown/markdown.json"), null, Warnings.IGNORE);
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    pipeline.renderer(Format.HTML).render(resume, RenderOptions.defaults(), html, Warnings.IGNORE);
    assertEquals(List.of(), errors(html.toByteArray()));
  }

  /** Keeps the check honest: markup the checker must refuse. */
  @Test
  void theCheckerCatchesInvalidMarkup() throws Exception {
    String invalid =
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
            + "<body><ul><p>not a list item</p></ul><time datetime=\"May 2024\">May 2024</time></body></html>";
    assertEquals(2, errors(invalid.getBytes(StandardCharsets.UTF_8)).size());
  }

  static List<String> errors(byte[] html) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // warnings (such as advice on language detection) are not failures
          }

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
    validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
    return errors;
  }
}
