package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vetsync.testsupport.Browser;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.ConsoleUsers;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * Staff work the console in a real browser: retry a command a cabinet refused, ignore a rejected message, match an
 * orphan dispense, read a consult's timeline and the cabinets' stock; and each role can do only what it may, on the
 * page and on the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleActionsIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String EVENTS = "/console/events.xhtml";
  private static final String ORPHANS = "/console/orphans.xhtml";

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private PracticeClient practice;
  private CabinetClient cabinet;
  private Scenario s;
  private ChromeDriver browser;

  @BeforeEach
  void setUp() {
    practice = env.practice();
    cabinet = env.cabinet();
    s = Scenario.create(practice, db);
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.quit();
    practice.close();
    cabinet.close();
  }

  @Test
  void aCommandTheCabinetRefusedIsRetriedFromTheDashboardUntilItIsComplete() {
    long failed = refusedProfile("I1");

    loginAsAdmin(EVENTS);
    String row = awaitRow("events:table", failed, "Failed");
    assertTrue(row.contains("out of stock"), row);
    screenshot("events-failed");

    click(rowButton("events:table", failed, "retry"));
    awaitGrowl("Sync event " + failed + " is being retried.");
    awaitRow("events:table", failed, "Processing");
    JsonObject resent = nextCommand();
    assertEquals("SYNC_PROFILE", resent.getString("type"));
    assertEquals("I1", resent.getString("itemId"));
    answer(resent, true, null);
    Poll.until("the retried command to complete", WAIT, () -> "COMPLETE".equals(
        db.value("select status from sync_event where id = ?", failed)) ? Optional.of(true) : Optional.empty());

    click(By.id("events:refresh"));
    awaitRow("events:table", failed, "Complete");
    screenshot("events-retried");
    assertEquals("admin", db.value("select acted_by from sync_event where id = ?", failed));
  }

  @Test
  void ignoringARejectedEventAsksForAReasonFirst() {
    long rejected = rejectedMessage();

    loginAsAdmin(EVENTS);
    awaitRow("events:table", rejected, "Rejected");
    click(rowButton("events:table", rejected, "ignore"));
    awaitDialog("ignoreDialog");
    click(By.id("ignore:confirm"));
    wait(ExpectedConditions.textToBePresentInElementLocated(
        By.id("ignore:reasonMessage"), "Give a reason for ignoring the event."));
    screenshot("ignore-needs-reason");
    assertTrue(browser.findElement(By.id("ignoreDialog")).isDisplayed(), "the dialog stays open");
    assertEquals("REJECTED", db.value("select status from sync_event where id = ?", rejected));

    browser.findElement(By.id("ignore:reason")).sendKeys("Test message from the practice system's vendor");
    click(By.id("ignore:confirm"));
    awaitDialogClosed("ignoreDialog");
    awaitRow("events:table", rejected, "Ignored");
    screenshot("events-ignored");
    Map<String, Object> event = db.query("select * from sync_event where id = ?", rejected).get(0);
    assertEquals("IGNORED", event.get("status"));
    assertEquals("admin", event.get("acted_by"));
    assertTrue(((String) event.get("error")).contains("vendor"), (String) event.get("error"));
  }

  @Test
  void anOrphanDispenseIsMatchedToAConsultItemInTheDialogAndBilledOnce() {
    plan("I1", 2);
    String tx = "TX-M-" + s.consult;
    long orphan = orphanWithoutConsult(tx, 2);

    loginAsAdmin(ORPHANS);
    String row = awaitRow("orphans:table", orphan, "No consult");
    assertTrue(row.contains(s.cabinet) && row.contains(s.product) && row.contains(tx), row);
    screenshot("orphans");

    matchInDialog(orphan, "I1");
    screenshot("orphans-matched");
    assertEquals(1L, invoiceLines());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("MATCHED", db.value("select status from orphan_dispense where id = ?", orphan));
    assertEquals("admin", db.value("select resolved_by from orphan_dispense where id = ?", orphan));
  }

  @Test
  void theConsultTimelineShowsEverythingThatHappenedInOrderAndStaffSyncTheConsultAgainFromIt() {
    plan("I1", 2);
    String messageId = ContractMessages.newMessageId();
    String tx = "TX-TL-" + s.consult;
    cabinet.send(ContractMessages.transaction("DISPENSE", messageId, s.cabinet, tx, s.consult, s.product, 1),
        s.cabinet);
    long dispenseEvent = ((Number) db.awaitEvent(messageId).get("id")).longValue();

    loginAsAdmin(EVENTS);
    awaitRow("events:table", dispenseEvent, "Complete");
    click(By.xpath(rowXPath("events:table", dispenseEvent) + "//a[text()='" + s.consult + "']"));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("consult:timeline"), "Invoice line"));
    screenshot("consult");

    String summary = browser.findElement(By.id("consult:summary")).getText();
    for (String expected : List.of("Rex", s.patient, "Ann Owner", "Dr Herriot", "Open", s.cabinet, "Yes")) {
      assertTrue(summary.contains(expected), expected + " expected in " + summary);
    }
    String items = browser.findElement(By.id("consult:items")).getText();
    assertTrue(items.contains("I1") && items.contains("Partially dispensed"), items);
    List<String> timeline = browser.findElements(By.xpath("//tbody[@id='consult:timeline_data']/tr")).stream()
        .map(WebElement::getText).toList();
    int opened = indexOf(timeline, "Received Consult Opened");
    int added = indexOf(timeline, "Received Item Added");
    int profile = indexOf(timeline, "Sent Sync Profile to cabinet " + s.cabinet);
    int dispensed = indexOf(timeline, "Dispensed 1 tablet " + s.product);
    int billed = indexOf(timeline, "Charged 1 × Product " + s.product);
    assertTrue(opened < added && added < profile && profile < dispensed && dispensed < billed, String.join("\n",
        timeline));
    browser.executeScript("document.getElementById('consult:history').scrollIntoView()");
    screenshot("consult-timeline");

    click(By.id("consult:sync"));
    awaitGrowl("Consult " + s.consult + " and its open items were sent to their cabinets again.");
    assertEquals("SYNC_CONSULT", nextCommand().getString("type"));
    assertEquals("SYNC_PROFILE", nextCommand().getString("type"));
  }

  @Test
  void theCabinetsPageListsWhatEachCabinetStocksUnderWhichItemCode() {
    loginAsAdmin(EVENTS);
    click(By.id("nav-cabinets"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("cabinets:table:code:filter"))).sendKeys(s.cabinet);
    wait(ExpectedConditions.numberOfElementsToBe(By.xpath("//tbody[@id='cabinets:table_data']/tr"), 1));
    String cabinetRow = awaitRow("cabinets:table", s.cabinet, "IC-" + s.product);
    assertTrue(cabinetRow.contains("Treatment room") && cabinetRow.contains("Product " + s.product), cabinetRow);
    screenshot("cabinets");
  }

  @Test
  void anAuditorOnlyReadsAndStaffMatchButCannotDismiss() {
    String suffix = s.consult.substring(2).toLowerCase();
    String auditor = "auditor-" + suffix;
    String auditorPassword = ConsoleUsers.create(db, auditor, "AUDITOR");
    String staff = "staff-" + suffix;
    String staffPassword = ConsoleUsers.create(db, staff, "STAFF");
    long failed = refusedProfile("I1");
    long rejected = rejectedMessage();
    long orphan = orphanWithoutConsult("TX-R-" + s.consult, 1);

    Browser.login(browser, env.appUrl(), EVENTS, auditor, auditorPassword);
    awaitRow("events:table", failed, "Failed");
    awaitRow("events:table", rejected, "Rejected");
    assertEquals(0, browser.findElements(By.cssSelector("[id$=':retry'], [id$=':ignore']")).size(),
        "an auditor is offered no Retry or Ignore");
    screenshot("auditor-events");
    browser.get(env.appUrl() + ORPHANS);
    awaitRow("orphans:table", orphan, "No consult");
    assertEquals(0, browser.findElements(By.cssSelector("[id$=':match'], [id$=':dismiss'], [id$=':allocate']"))
        .size(), "an auditor is offered no orphan actions");
    screenshot("auditor-orphans");
    browser.get(env.appUrl() + "/console/consult.xhtml?consult=" + s.consult);
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("consult:summary"), "Dr Herriot"));
    assertEquals(0, browser.findElements(By.id("consult:sync")).size(), "an auditor is offered no Sync again");

    ConsoleClient auditorApi = apiSession(auditor, auditorPassword);
    assertEquals(403, auditorApi.act("events/" + rejected + "/ignore", "{\"reason\": \"looks fine\"}").statusCode());
    assertEquals(403, auditorApi.act("events/" + failed + "/retry", null).statusCode());
    assertEquals("REJECTED", db.value("select status from sync_event where id = ?", rejected));
    assertEquals("FAILED", db.value("select status from sync_event where id = ?", failed));

    assertEquals(403, apiSession(staff, staffPassword)
        .act("orphans/" + orphan + "/dismiss", "{\"reason\": \"cannot find it\"}").statusCode());
    assertEquals("OPEN", db.value("select status from orphan_dispense where id = ?", orphan));

    Browser.login(browser, env.appUrl(), EVENTS, staff, staffPassword);
    awaitRow("events:table", failed, "Failed");
    assertEquals(1, browser.findElements(rowButton("events:table", failed, "retry")).size(), "staff may retry");
    assertEquals(0, browser.findElements(rowButton("events:table", rejected, "ignore")).size(),
        "only an admin may ignore");
    screenshot("staff-events");
    browser.get(env.appUrl() + ORPHANS);
    awaitRow("orphans:table", orphan, "No consult");
    assertEquals(1, browser.findElements(rowButton("orphans:table", orphan, "match")).size(), "staff may match");
    assertEquals(0, browser.findElements(rowButton("orphans:table", orphan, "dismiss")).size(),
        "only an admin may dismiss");
    screenshot("staff-orphans");
    matchInDialog(orphan, "I1");
    assertEquals(staff, db.value("select resolved_by from orphan_dispense where id = ?", orphan));
    assertEquals(1L, invoiceLines());
  }

  @Test
  void aTemporaryPatientIsAllocatedInTheDialogAndItsDispenseBilled() {
    plan("I1", 1);
    String messageId = ContractMessages.newMessageId();
    String tx = "TX-T-" + s.consult;
    cabinet.send(ContractMessages.billingTrigger(messageId, s.cabinet, tx, "TMP-" + s.consult, s.product, 1),
        s.cabinet);
    assertEquals("UNALLOCATED", db.awaitEvent(messageId).get("status"));
    long orphan = orphanId(tx);

    loginAsAdmin(ORPHANS);
    awaitRow("orphans:table", orphan, "Temporary patient");
    click(rowButton("orphans:table", orphan, "allocate"));
    awaitDialog("allocateDialog");
    browser.findElement(By.id("allocate:patient")).sendKeys(s.patient);
    browser.findElement(By.id("allocate:consult")).sendKeys(s.consult);
    screenshot("allocate-dialog");
    click(By.id("allocate:confirm"));
    awaitDialogClosed("allocateDialog");
    awaitGrowl("is patient " + s.patient);
    wait(d -> d.findElements(rowLocator("orphans:table", orphan)).isEmpty());
    assertEquals(1L, invoiceLines());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("COMPLETE", db.value("select status from sync_event where message_id = ?", messageId));
  }

  @Test
  void anAdminDismissesAnOrphanOnlyWithAReasonAndItIsNeverBilled() {
    String tx = "TX-D-" + s.consult;
    long orphan = orphanWithoutConsult(tx, 1);

    loginAsAdmin(ORPHANS);
    awaitRow("orphans:table", orphan, "No consult");
    click(rowButton("orphans:table", orphan, "dismiss"));
    awaitDialog("dismissDialog");
    click(By.id("dismiss:confirm"));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("dismissDialog"),
        "Give a reason for dismissing the dispense."));
    assertEquals("OPEN", db.value("select status from orphan_dispense where id = ?", orphan));
    browser.findElement(By.id("dismiss:reason")).sendKeys("Counted twice by the cabinet");
    screenshot("dismiss-dialog");
    click(By.id("dismiss:confirm"));
    awaitDialogClosed("dismissDialog");
    wait(d -> d.findElements(rowLocator("orphans:table", orphan)).isEmpty());
    Map<String, Object> dismissed = db.query("select * from orphan_dispense where id = ?", orphan).get(0);
    assertEquals("DISMISSED", dismissed.get("status"));
    assertEquals("admin", dismissed.get("resolved_by"));
    assertEquals("Counted twice by the cabinet", dismissed.get("resolution"));
    assertEquals(0L, ((Number) db.value("select count(*) from invoice_line l join dispense d"
        + " on d.id = l.source_dispense_id where d.transaction_id = ?", tx)).longValue());
  }

  /** Matches an orphan on the orphans page, choosing the item from the consult's items the dialog lists. */
  private void matchInDialog(long orphan, String itemId) {
    click(rowButton("orphans:table", orphan, "match"));
    awaitDialog("matchDialog");
    WebElement consult = browser.findElement(By.id("match:consult"));
    consult.clear();
    consult.sendKeys(s.consult);
    String item = awaitRow("match:itemTable", itemId, s.product);
    assertTrue(item.contains("Product " + s.product), item);
    click(By.xpath(rowXPath("match:itemTable", itemId) + "/td[1]"));
    wait(ExpectedConditions.attributeToBe(By.id("match:itemId"), "value", itemId));
    screenshot("match-dialog");
    click(By.id("match:confirm"));
    awaitDialogClosed("matchDialog");
    awaitGrowl("Orphan dispense " + orphan + " matched to consult " + s.consult);
    wait(d -> d.findElements(rowLocator("orphans:table", orphan)).isEmpty());
  }

  /** Plans an item whose SYNC_PROFILE the cabinet refuses; returns the id of the command's sync event (Failed). */
  private long refusedProfile(String itemId) {
    db.awaitEvent(practice.itemAdded(s.consult, itemId, s.product, 2));
    answer(nextCommand(), true, null); // SYNC_CONSULT
    JsonObject profile = nextCommand();
    assertEquals("SYNC_PROFILE", profile.getString("type"));
    answer(profile, false, "Item IC-" + s.product + " is out of stock");
    return Poll.until("the refused command to fail", WAIT, () -> db.query(
            "select id from sync_event where message_id = ? and status = 'FAILED'", profile.getString("messageId"))
        .stream().map(r -> ((Number) r.get("id")).longValue()).findFirst());
  }

  /** A message the practice system sent that breaks the contract: stored Rejected. */
  private long rejectedMessage() {
    String garbage = "{\"nonsense\": \"" + s.consult + "\"}";
    practice.sendRaw(garbage);
    return Poll.until("the rejected message", WAIT, () -> Optional.ofNullable(
        (Number) db.value("select id from sync_event where payload = ? and status = 'REJECTED'", garbage)))
        .longValue();
  }

  /** A dispense of the scenario's product that names no consult; returns the orphan's id. */
  private long orphanWithoutConsult(String transactionId, int quantity) {
    String messageId = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("DISPENSE", messageId, s.cabinet, transactionId, null, s.product,
        quantity), s.cabinet);
    assertEquals("UNALLOCATED", db.awaitEvent(messageId).get("status"));
    return orphanId(transactionId);
  }

  private long orphanId(String transactionId) {
    return ((Number) db.value("select o.id from orphan_dispense o join dispense d on d.id = o.dispense_id"
        + " where d.transaction_id = ?", transactionId)).longValue();
  }

  private void plan(String itemId, int quantity) {
    db.awaitEvent(practice.itemAdded(s.consult, itemId, s.product, quantity));
    answer(nextCommand(), true, null); // SYNC_CONSULT
    answer(nextCommand(), true, null); // SYNC_PROFILE
  }

  /** The next command for the scenario's cabinet (not an acknowledgement of something the cabinet sent). */
  private JsonObject nextCommand() {
    return cabinet.awaitCommand("cabinetId = '" + s.cabinet + "' AND JMSCorrelationID IS NULL", WAIT)
        .orElseThrow(() -> new AssertionError("no command for " + s.cabinet + " within " + WAIT));
  }

  private void answer(JsonObject command, boolean accepted, String reason) {
    cabinet.send(ContractMessages.acknowledgement(s.cabinet, command.getString("messageId"), accepted, reason),
        s.cabinet);
  }

  private void loginAsAdmin(String page) {
    Browser.login(browser, env.appUrl(), page, "admin", env.consoleAdminPassword());
  }

  private ConsoleClient apiSession(String user, String password) {
    ConsoleClient console = new ConsoleClient(env.appUrl());
    assertEquals(200, console.login(EVENTS, user, password).statusCode());
    return console;
  }

  /** The row whose first column is the key (an event's or orphan's id, a cabinet's code, an item id). */
  private static String rowXPath(String table, Object key) {
    return "//tbody[@id='" + table + "_data']/tr[normalize-space(td[1])='" + key + "']";
  }

  private static By rowLocator(String table, Object key) {
    return By.xpath(rowXPath(table, key));
  }

  /** A row's button by the end of its id (PrimeFaces prefixes it with the table and row index). */
  private static By rowButton(String table, Object key, String button) {
    return By.xpath(rowXPath(table, key)
        + "//button[substring(@id, string-length(@id) - " + button.length() + ")=':" + button + "']");
  }

  /** Waits until the table's row for this key shows the text (the table is re-rendered meanwhile); its text. */
  private String awaitRow(String table, Object key, String expected) {
    return new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "row " + key + " of " + table + " showing '" + expected + "'")
        .until(d -> d.findElements(rowLocator(table, key)).stream()
            .map(WebElement::getText)
            .filter(text -> text.contains(expected))
            .findFirst()
            .orElse(null));
  }

  private void awaitDialog(String id) {
    wait(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /** A dialog closes once its action was done; if it stays open, the failure says what the page told the user. */
  private void awaitDialogClosed(String id) {
    new WebDriverWait(browser, WAIT)
        .withMessage(() -> "dialog " + id + " to close; it shows: " + browser.findElement(By.id(id)).getText()
            + "; messages: " + browser.findElements(By.cssSelector(".ui-growl-message")).stream()
                .map(WebElement::getText).toList())
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
  }

  private void awaitGrowl(String text) {
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), text));
  }

  /** Clicks what the locator finds once it can be clicked, again if an ajax update replaced it meanwhile. */
  private void click(By locator) {
    wait(d -> {
      d.findElement(locator).click();
      return true;
    });
  }

  private <T> T wait(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(condition);
  }

  private void screenshot(String name) {
    Browser.screenshot(browser, env.databaseKind() + "-actions-" + name);
  }

  private static int indexOf(List<String> rows, String text) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("No timeline row with '" + text + "' in\n" + String.join("\n", rows));
  }

  private String itemStatus(String itemId) {
    return (String) db.value("select i.status from consult_item i join consult c on c.id = i.consult_id"
        + " where c.pims_id = ? and i.pims_id = ?", s.consult, itemId);
  }

  private long invoiceLines() {
    return ((Number) db.value("select count(*) from invoice_line l join consult c on c.id = l.consult_id"
        + " where c.pims_id = ?", s.consult)).longValue();
  }
}
