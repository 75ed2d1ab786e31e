package io.resume.serve;

import io.resume.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;

/** The preview's browser: {@link HeadlessChromium} in a desktop window, and the scripts it runs. */
final class Chromium {

  private Chromium() {}

  static ChromeDriver start(Path profile) {
    ChromeDriver browser = HeadlessChromium.start(profile, "--window-size=1400,1000");
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
