package org.vetsync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, started so that it talks to nothing but the server under test. */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    try {
      Path profile = Files.createTempDirectory("vetsync-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("vetsync.it.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--window-size=1400,900",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of(System.getProperty("vetsync.it.chromedriver", "/usr/bin/chromedriver")).toFile())
              .usingAnyFreePort()
              .build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Logs in through the console's login page as a person would and waits until the sync-event table lists the given
   * text. Returns the table's visible text. Screenshots of the login page and the table go to target/screenshots.
   */
  public static String loginAndFindEvent(
      ChromeDriver driver, String appUrl, String user, String password, String expected, String screenshotPrefix) {
    driver.get(appUrl + "/console/events.xhtml");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    screenshot(driver, screenshotPrefix + "-login");
    driver.findElement(By.id("submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events:table"), expected));
    screenshot(driver, screenshotPrefix + "-events");
    return driver.findElement(By.id("events:table")).getText();
  }

  /**
   * Starts a fresh session (any earlier login is forgotten), opens a console page, logs in on the form it is sent to
   * and waits until the page itself is shown.
   */
  public static void login(ChromeDriver driver, String appUrl, String page, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(appUrl + page);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:logout")));
  }

  /** What the page's console reported as errors since the last call, e.g. a script the Content-Security-Policy blocked. */
  public static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the page looks like under target/screenshots, for a person to check. */
  public static void screenshot(ChromeDriver driver, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
