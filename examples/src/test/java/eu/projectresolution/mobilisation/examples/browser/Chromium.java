package eu.projectresolution.mobilisation.examples.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, through the chromedriver of Debian's {@code chromium-driver}
 * package ({@code .ci/run} installs it when missing): never a browser or driver downloaded at test time.
 * {@code CHROMIUM} and {@code CHROMEDRIVER} name other binaries. One browser per test class keeps the build
 * short.
 */
public final class Chromium {
  /** Where the tests keep a screenshot of each page they visit. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 1000;

  private Chromium() {}

  /** A new headless browser, its window the size of a laptop screen. */
  public static ChromeDriver start() {
    File driver = binary("CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    File browser = binary("CHROMIUM", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=" + WIDTH + "," + HEIGHT, "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  /** Keeps a screenshot of the whole page the browser shows, as {@code name}.png under {@link #SCREENSHOTS}. */
  public static Path screenshot(ChromeDriver chrome, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Object height = chrome.executeScript("return document.documentElement.scrollHeight");
      chrome.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, Math.min(12_000, ((Number) height).intValue()))));
      Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      chrome.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File binary(String variable, List<String> candidates) {
    String given = System.getenv(variable);
    if (given != null && !given.isBlank()) {
      return new File(given);
    }
    return candidates.stream().map(File::new).filter(File::canExecute).findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + variable.toLowerCase() + " at " + candidates
            + ": install Debian's chromium and chromium-driver packages (.ci/run does), or set " + variable));
  }
}
