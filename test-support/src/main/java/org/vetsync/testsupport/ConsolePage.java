package org.vetsync.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Working a console page as a person does, with PrimeFaces' ajax in mind: waits until what is expected shows, clicks
 * again when an update replaced the element, finds a table's row by its first column.
 */
public final class ConsolePage {

  private final ChromeDriver browser;
  private final Duration timeout;

  public ConsolePage(ChromeDriver browser, Duration timeout) {
    this.browser = browser;
    this.timeout = timeout;
  }

  /** Clicks what the locator finds once it can be clicked, again if an ajax update replaced it meanwhile. */
  public void click(By locator) {
    await(d -> {
      d.findElement(locator).click();
      return true;
    });
  }

  public <T> T await(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, timeout)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(condition);
  }

  public void awaitGrowl(String text) {
    await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), text));
  }

  public void awaitDialog(String id) {
    await(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /** A dialog closes once its action was done; if it stays open, the failure says what the page told the user. */
  public void awaitDialogClosed(String id) {
    new WebDriverWait(browser, timeout)
        .withMessage(() -> "dialog " + id + " to close; it shows: " + browser.findElement(By.id(id)).getText()
            + "; messages: " + browser.findElements(By.cssSelector(".ui-growl-message")).stream()
                .map(WebElement::getText).toList())
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
  }

  /** The row whose first column is the key (an id, a code, a username). */
  public static String rowXPath(String table, Object key) {
    return "//tbody[@id='" + table + "_data']/tr[normalize-space(td[1])='" + key + "']";
  }

  public static By row(String table, Object key) {
    return By.xpath(rowXPath(table, key));
  }

  /** A row's button by the end of its id (PrimeFaces prefixes it with the table and row index). */
  public static By rowButton(String table, Object key, String button) {
    return By.xpath(rowXPath(table, key)
        + "//button[substring(@id, string-length(@id) - " + button.length() + ")=':" + button + "']");
  }

  /** Waits until the table's row for this key shows the text (the table is re-rendered meanwhile); its text. */
  public String awaitRow(String table, Object key, String expected) {
    return new WebDriverWait(browser, timeout)
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "row " + key + " of " + table + " showing '" + expected + "'")
        .until(d -> d.findElements(row(table, key)).stream()
            .map(WebElement::getText)
            .filter(text -> text.contains(expected))
            .findFirst()
            .orElse(null));
  }

  /** The text of one column (1-based) in every data row of a table; none when it shows its empty message. */
  public List<String> column(String table, int column) {
    return browser.findElements(By.xpath("//tbody[@id='" + table + "_data']/tr[not(contains(@class,"
            + " 'ui-datatable-empty-message'))]/td[" + column + "]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until the table no longer has a row for this key (an item closed, an orphan matched). */
  public void awaitRowGone(String table, Object key) {
    await(d -> d.findElements(row(table, key)).isEmpty());
  }

  public void awaitText(By locator, String text) {
    await(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }
}
