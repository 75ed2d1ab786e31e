package io.resume.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How long a save takes to show in the preview (bench/serve.sh runs it; a benchmark, not a test):
 * headless Chromium shows a running {@code resume serve FILE}'s page; each round writes FILE with a
 * new name and times, on the wall clock, from the write to the moment the HTML pane shows the name.
 *
 * <p>{@code java -cp … io.resume.bench.PreviewLatency URL FILE ROUNDS}
 */
public final class PreviewLatency {
  private static final String AWAIT_TEXT =
      """
      const [want, done] = arguments;
      const frame = document.querySelector('iframe[data-format=html]');
      const has = () => { try { return frame.contentDocument.body.innerText.includes(want); } catch (e) { return false; } };
      if (has()) { done(Date.now()); return; }
      frame.addEventListener('load', function check() {
        if (has()) { frame.removeEventListener('load', check); done(Date.now()); }
      });
      """;

  private PreviewLatency() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path file = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    String original = Files.readString(file);
    String name = original.replaceFirst("(?s).*?<name>([^<]*)</name>.*", "$1");
    Path profile = Files.createTempDirectory("preview-latency");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriver browser =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(),
            options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    List<Long> millis = new ArrayList<>();
    try {
      browser.get(url);
      browser.executeAsyncScript(AWAIT_TEXT, name);
      for (int round = 1; round <= rounds; round++) {
        String next = "Round " + round + " Name";
        long saved = System.currentTimeMillis();
        Files.writeString(
            file, original.replace("<name>" + name + "</name>", "<name>" + next + "</name>"));
        long shown = ((Number) browser.executeAsyncScript(AWAIT_TEXT, next)).longValue();
        millis.add(shown - saved);
      }
    } finally {
      browser.quit();
      Files.writeString(file, original);
    }
    List<Long> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    System.out.printf(
        Locale.ROOT,
        "save to new text in the page (Chromium), %d saves: p50 %d ms, p90 %d ms, max %d ms%n",
        sorted.size(),
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
        sorted.get(sorted.size() - 1));
  }
}
