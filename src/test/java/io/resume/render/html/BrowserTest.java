package io.resume.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resume.HeadlessChromium;
import io.resume.Pipeline;
import io.resume.Seed;
import io.resume.SharedPipeline;
import io.resume.model.Warnings;
import io.resume.render.Format;
import io.resume.render.PreparedResume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The page as a real browser shows it: headless Chromium at phone and desktop widths, and printed.
 * Skipped, saying so, when Chromium is missing, except where RESUME_REQUIRE_BROWSER is set (CI),
 * where a missing browser fails the build.
 */
class BrowserTest {
  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static PreparedResume resume;
  private static Pipeline pipeline;

  @BeforeAll
  static void openTheResume() throws Exception {
    pipeline = SharedPipeline.bundled();
    resume = pipeline.prepare(Seed.PATH, null, Warnings.IGNORE);
    Path html = dir.resolve("resume.html");
    try (var out = Files.newOutputStream(html)) {
      pipeline.renderer(Format.HTML).render(resume, out, Warnings.IGNORE);
    }
    browser = HeadlessChromium.start(dir.resolve("profile"));
    browser.get(html.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void noHorizontalOverflowOnAPhone() {
    assertNoOverflowAt(375);
  }

  @Test
  void noHorizontalOverflowOnADesktop() {
    assertNoOverflowAt(1280);
  }

  /** Keeps the overflow check honest: a too-wide element must be seen. */
  @Test
  void theOverflowCheckSeesAWideElement() {
    browser.manage().window().setSize(new Dimension(375, 900));
    script(
        "const d = document.createElement('div'); d.id = 'wide'; d.style.width = '2000px'; d.textContent = 'x';"
            + " document.body.appendChild(d)");
    try {
      long inner = ((Number) script("return document.documentElement.clientWidth")).longValue();
      long scroll = ((Number) script("return document.documentElement.scrollWidth")).longValue();
      assertTrue(scroll > inner, scroll + " > " + inner);
    } finally {
      script("document.getElementById('wide').remove()");
    }
  }

  @Test
  void everyLinkGoesToTheWebOrAnAddress() {
    @SuppressWarnings("unchecked")
    List<String> hrefs =
        (List<String>) script("return [...document.querySelectorAll('a')].map(a => a.href)");
    assertTrue(hrefs.size() >= 2, hrefs::toString);
    for (String href : hrefs) {
      assertTrue(href.matches("(https?|mailto|tel):.+"), href);
    }
  }

  @Test
  void printingTakesNoMorePagesThanThePdf() throws IOException {
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(29.7, 21.0));
    byte[] printed = Base64.getDecoder().decode(((PrintsPage) browser).print(print).getContent());
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    pipeline.renderer(Format.PDF).render(resume, pdf, Warnings.IGNORE);
    try (PDDocument fromBrowser = Loader.loadPDF(printed);
        PDDocument ours = Loader.loadPDF(pdf.toByteArray())) {
      assertTrue(
          fromBrowser.getNumberOfPages() <= ours.getNumberOfPages(),
          () ->
              "printed "
                  + fromBrowser.getNumberOfPages()
                  + " pages, the PDF has "
                  + ours.getNumberOfPages());
    }
  }

  private static void assertNoOverflowAt(int width) {
    browser.manage().window().setSize(new Dimension(width, 900));
    long inner = ((Number) script("return document.documentElement.clientWidth")).longValue();
    long scroll = ((Number) script("return document.documentElement.scrollWidth")).longValue();
    assertEquals(inner, scroll, "content wider than a " + width + " px window");
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }
}
