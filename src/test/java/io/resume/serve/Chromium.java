package io.resume.serve;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium, started the way the project's browser tests start it: skipped, saying so, when
 * it is missing, except where RESUME_REQUIRE_BROWSER is set (CI), where a missing browser fails.
 */
final class Chromium {
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  static ChromeDriver start(Path profile) {
    boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    if (!present && System.getenv("RESUME_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException(
          "Chromium is required here but missing: apt-get install chromium chromium-driver");
    }
    assumeTrue(
        present,
        "SKIPPED: no Chromium at " + BINARY + " (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /** Resolves once the HTML pane shows a text (now, or after one of its reloads). */
  static final String AWAIT_HTML_TEXT =
      """
      const [want, done] = arguments;
      const frame = document.querySelector('iframe[data-format=html]');
      const has = () => { try { return frame.contentDocument.body.innerText.includes(want); } catch (e) { return false; } };
      if (has()) { done(Date.now()); return; }
      frame.addEventListener('load', function check() {
        if (has()) { frame.removeEventListener('load', check); done(Date.now()); }
      });
      """;

  /** Resolves with the problems' text once the page shows them. */
  static final String AWAIT_PROBLEMS =
      """
      const done = arguments[0];
      const section = document.getElementById('problems');
      if (!section.hidden) { done(section.innerText); return; }
      new MutationObserver((changes, observer) => {
        if (!section.hidden) { observer.disconnect(); done(section.innerText); }
      }).observe(section, { attributes: true });
      """;

  static final String HTML_TEXT =
      "return document.querySelector('iframe[data-format=html]').contentDocument.body.innerText";
}
