package io.resume;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium, started the way every browser test starts it: skipped, saying so, when it is
 * missing, except where RESUME_REQUIRE_BROWSER is set (CI), where a missing browser fails.
 */
public final class HeadlessChromium {
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /**
   * @param profile a folder of the test's own for the browser's profile
   * @param arguments more command-line arguments (a window size)
   */
  public static ChromeDriver start(Path profile, String... arguments) {
    boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    if (!present && System.getenv("RESUME_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException(
          "Chromium is required here but missing: apt-get install chromium chromium-driver");
    }
    assumeTrue(
        present,
        "SKIPPED: no Chromium at " + BINARY + " (apt-get install chromium chromium-driver)");
    List<String> all =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage"));
    all.addAll(List.of(arguments));
    all.add("--user-data-dir=" + profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toString());
    options.addArguments(all);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
