package io.resume.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The preview as its user sees it in Chromium: edit and save the résumé, the page shows the new
 * text by itself; a broken save shows its problems and keeps the last good render; the fix shows
 * again. (How fast is measured by bench/serve.sh, not here.)
 */
class PreviewBrowserTest {
  @Test
  void aSaveShowsInTheOpenPageAndABrokenSaveDoesNotBreakIt(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("cv.xml"), PreviewTest.resume("Ada Lovelace"));
    ChromeDriver browser = Chromium.start(dir.resolve("profile"));
    try (Served served = Served.preview(input, null)) {
      browser.get(served.uri("/").toString());
      browser.executeAsyncScript(Chromium.AWAIT_HTML_TEXT, "Ada Lovelace");

      Files.writeString(input, PreviewTest.resume("Grace Hopper"));
      browser.executeAsyncScript(Chromium.AWAIT_HTML_TEXT, "Grace Hopper");

      Files.writeString(input, "<resume xmlns='urn:resume:1'><basics><name>Half saved");
      String problems = (String) browser.executeAsyncScript(Chromium.AWAIT_PROBLEMS);
      assertTrue(problems.matches("(?s).*cv\\.xml:1:\\d+: .*"), problems);
      String shown = (String) browser.executeScript(Chromium.HTML_TEXT);
      assertTrue(shown.contains("Grace Hopper"), "the last good render stays on screen: " + shown);
      assertTrue(browser.findElement(By.id("status")).getText().contains("problems"));

      Files.writeString(input, PreviewTest.resume("Katherine Johnson"));
      browser.executeAsyncScript(Chromium.AWAIT_HTML_TEXT, "Katherine Johnson");
      assertFalse(
          browser.findElement(By.id("problems")).isDisplayed(), "the fix clears the problems");
    } finally {
      browser.quit();
    }
  }
}
