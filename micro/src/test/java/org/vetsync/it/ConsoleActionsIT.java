package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vetsync.testsupport.ConsolePage.row;
import static org.vetsync.testsupport.ConsolePage.rowButton;
import static org.vetsync.testsupport.ConsolePage.rowXPath;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vetsync.testsupport.Browser;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.ConsolePage;
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
  private ConsolePage page;

  @BeforeEach
  void setUp() {
    practice = env.practice();
    cabinet = env.cabinet();
    s = Scenario.create(practice, db);
    browser = Browser.start();
    page = new ConsolePage(browser, WAIT);
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
    String row = page.awaitRow("events:table", failed, "Failed");
    assertTrue(row.contains("out of stock"), row);
    screenshot("events-failed");

    page.click(rowButton("events:table", failed, "retry"));
    page.awaitGrowl("Sync event " + failed + " is being retried.");
    page.awaitRow("events:table", failed, "Processing");
    JsonObject resent = nextCommand();
    assertEquals("SYNC_PROFILE", resent.getString("type"));
    assertEquals("I1", resent.getString("itemId"));
    answer(resent, true, null);
    Poll.until("the retried command to complete", WAIT, () -> "COMPLETE".equals(
        db.value("select status from sync_event where id = ?", failed)) ? Optional.of(true) : Optional.empty());

    page.click(By.id("events:refresh"));
    page.awaitRow("events:table", failed, "Complete");
    screenshot("events-retried");
    assertEquals("admin", db.value("select acted_by from sync_event where id = ?", failed));
  }

  @Test
  void ignoringARejectedEventAsksForAReasonFirst() {
    long rejected = rejectedMessage();

    loginAsAdmin(EVENTS);
    page.awaitRow("events:table", rejected, "Rejected");
    page.click(rowButton("events:table", rejected, "ignore"));
    awaitDialog("ignoreDialog");
    page.click(By.id("ignore:confirm"));
    page.await(ExpectedConditions.textToBePresentInElementLocated(
        By.id("ignore:reasonMessage"), "Give a reason for ignoring the event."));
    screenshot("ignore-needs-reason");
    assertTrue(browser.findElement(By.id("ignoreDialog")).isDisplayed(), "the dialog stays open");
    assertEquals("REJECTED", db.value("select status from sync_event where id = ?", rejected));

    browser.findElement(By.id("ignore:reason")).sendKeys("Test message from the practice system's vendor");
    page.click(By.id("ignore:confirm"));
    awaitDialogClosed("ignoreDialog");
    page.awaitRow("events:table", rejected, "Ignored");
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
    String row = page.awaitRow("orphans:table", orphan, "No consult");
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
  void theConsultItemHeldByTheCabinetIsSuggestedFirstAndMatchedInOneClick() {
    plan("I1", 2);
    long orphan = orphanWithoutConsult("TX-S-" + s.consult, 2);

    loginAsAdmin(ORPHANS);
    page.awaitRow("orphans:table", orphan, "No consult");
    page.click(rowButton("orphans:table", orphan, "match"));
    awaitDialog("matchDialog");
    String suggestion = page.awaitRow("match:suggestions", s.consult, "I1");
    assertTrue(suggestion.contains("in cabinet " + s.cabinet + " at the time")
        && suggestion.contains("exactly the quantity left") && suggestion.contains("consult open at the time"),
        suggestion);
    assertEquals(s.consult, page.column("match:suggestions", 1).get(0), "the consult the cabinet held ranks first");
    screenshot("match-suggestions");

    page.click(rowButton("match:suggestions", s.consult, "pick"));
    awaitDialogClosed("matchDialog");
    page.awaitGrowl("Orphan dispense " + orphan + " matched to consult " + s.consult + ", item I1");
    page.awaitRowGone("orphans:table", orphan);
    assertEquals(1L, invoiceLines());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("MATCHED", db.value("select status from orphan_dispense where id = ?", orphan));
  }

  @Test
  void anOrphanDispenseIsSplitAcrossTwoItemsOnlyWhenThePartsAddUpAndBilledOnce() {
    plan("I1", 2);
    db.awaitEvent(practice.itemAdded(s.consult, "I2", s.product, 1));
    answer(nextCommand(), true, null); // SYNC_PROFILE: the cabinet holds the consult already
    long orphan = orphanWithoutConsult("TX-P-" + s.consult, 3);

    loginAsAdmin(ORPHANS);
    page.awaitRow("orphans:table", orphan, "No consult");
    page.click(rowButton("orphans:table", orphan, "split"));
    awaitDialog("splitDialog");
    WebElement consult = browser.findElement(By.id("split:consult"));
    consult.clear();
    consult.sendKeys(s.consult);
    page.awaitRow("split:partTable", "I1", "2");
    page.awaitRow("split:partTable", "I2", "1");
    part("I1").sendKeys("2");
    page.awaitText(By.id("split:total"), "2");
    page.click(By.id("split:confirm"));
    page.awaitGrowl("The parts add up to 2");
    assertEquals("OPEN", db.value("select status from orphan_dispense where id = ?", orphan));
    assertEquals(0L, invoiceLines());

    part("I2").sendKeys("1");
    page.awaitText(By.id("split:total"), "3");
    screenshot("split-dialog");
    page.click(By.id("split:confirm"));
    awaitDialogClosed("splitDialog");
    page.awaitGrowl("Orphan dispense " + orphan + " split over consult " + s.consult);
    page.awaitRowGone("orphans:table", orphan);
    assertEquals(1L, invoiceLines());
    assertEquals(0, new BigDecimal("3").compareTo((BigDecimal) db.value(
        "select sum(l.quantity) from invoice_line l join consult c on c.id = l.consult_id where c.pims_id = ?",
        s.consult)));
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("DISPENSED", itemStatus("I2"));
    assertTrue(((String) db.value("select resolution from orphan_dispense where id = ?", orphan)).contains("I2"));
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
    page.awaitRow("events:table", dispenseEvent, "Complete");
    page.click(By.xpath(rowXPath("events:table", dispenseEvent) + "//a[text()='" + s.consult + "']"));
    page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("consult:timeline"), "Invoice line"));
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

    page.click(By.id("consult:sync"));
    page.awaitGrowl("Consult " + s.consult + " and its open items were sent to their cabinets again.");
    assertEquals("SYNC_CONSULT", nextCommand().getString("type"));
    assertEquals("SYNC_PROFILE", nextCommand().getString("type"));
  }

  @Test
  void theCabinetsPageListsWhatEachCabinetStocksUnderWhichItemCode() {
    loginAsAdmin(EVENTS);
    page.click(By.id("nav-cabinets"));
    page.await(ExpectedConditions.visibilityOfElementLocated(By.id("cabinets:table:code:filter"))).sendKeys(s.cabinet);
    page.await(ExpectedConditions.numberOfElementsToBe(By.xpath("//tbody[@id='cabinets:table_data']/tr"), 1));
    String cabinetRow = page.awaitRow("cabinets:table", s.cabinet, "IC-" + s.product);
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
    page.awaitRow("events:table", failed, "Failed");
    page.awaitRow("events:table", rejected, "Rejected");
    assertEquals(0, browser.findElements(By.cssSelector("[id$=':retry'], [id$=':ignore']")).size(),
        "an auditor is offered no Retry or Ignore");
    screenshot("auditor-events");
    browser.get(env.appUrl() + ORPHANS);
    page.awaitRow("orphans:table", orphan, "No consult");
    assertEquals(0, browser.findElements(By.cssSelector("[id$=':match'], [id$=':dismiss'], [id$=':allocate']"))
        .size(), "an auditor is offered no orphan actions");
    screenshot("auditor-orphans");
    browser.get(env.appUrl() + "/console/consult.xhtml?consult=" + s.consult);
    page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("consult:summary"), "Dr Herriot"));
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
    page.awaitRow("events:table", failed, "Failed");
    assertEquals(1, browser.findElements(rowButton("events:table", failed, "retry")).size(), "staff may retry");
    assertEquals(0, browser.findElements(rowButton("events:table", rejected, "ignore")).size(),
        "only an admin may ignore");
    screenshot("staff-events");
    browser.get(env.appUrl() + ORPHANS);
    page.awaitRow("orphans:table", orphan, "No consult");
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
    page.awaitRow("orphans:table", orphan, "Temporary patient");
    page.click(rowButton("orphans:table", orphan, "allocate"));
    awaitDialog("allocateDialog");
    browser.findElement(By.id("allocate:patient")).sendKeys(s.patient);
    browser.findElement(By.id("allocate:consult")).sendKeys(s.consult);
    screenshot("allocate-dialog");
    page.click(By.id("allocate:confirm"));
    awaitDialogClosed("allocateDialog");
    page.awaitGrowl("is patient " + s.patient);
    page.await(d -> d.findElements(row("orphans:table", orphan)).isEmpty());
    assertEquals(1L, invoiceLines());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("COMPLETE", db.value("select status from sync_event where message_id = ?", messageId));
  }

  @Test
  void anAdminDismissesAnOrphanOnlyWithAReasonAndItIsNeverBilled() {
    String tx = "TX-D-" + s.consult;
    long orphan = orphanWithoutConsult(tx, 1);

    loginAsAdmin(ORPHANS);
    page.awaitRow("orphans:table", orphan, "No consult");
    page.click(rowButton("orphans:table", orphan, "dismiss"));
    awaitDialog("dismissDialog");
    page.click(By.id("dismiss:confirm"));
    page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("dismissDialog"),
        "Give a reason for dismissing the dispense."));
    assertEquals("OPEN", db.value("select status from orphan_dispense where id = ?", orphan));
    browser.findElement(By.id("dismiss:reason")).sendKeys("Counted twice by the cabinet");
    screenshot("dismiss-dialog");
    page.click(By.id("dismiss:confirm"));
    awaitDialogClosed("dismissDialog");
    page.await(d -> d.findElements(row("orphans:table", orphan)).isEmpty());
    Map<String, Object> dismissed = db.query("select * from orphan_dispense where id = ?", orphan).get(0);
    assertEquals("DISMISSED", dismissed.get("status"));
    assertEquals("admin", dismissed.get("resolved_by"));
    assertEquals("Counted twice by the cabinet", dismissed.get("resolution"));
    assertEquals(0L, ((Number) db.value("select count(*) from invoice_line l join dispense d"
        + " on d.id = l.source_dispense_id where d.transaction_id = ?", tx)).longValue());
  }

  /** Matches an orphan on the orphans page, choosing the item from the consult's items the dialog lists. */
  private void matchInDialog(long orphan, String itemId) {
    page.click(rowButton("orphans:table", orphan, "match"));
    awaitDialog("matchDialog");
    WebElement consult = browser.findElement(By.id("match:consult"));
    consult.clear();
    consult.sendKeys(s.consult);
    String item = page.awaitRow("match:itemTable", itemId, s.product);
    assertTrue(item.contains("Product " + s.product), item);
    page.click(By.xpath(rowXPath("match:itemTable", itemId) + "/td[1]"));
    page.await(ExpectedConditions.attributeToBe(By.id("match:itemId"), "value", itemId));
    screenshot("match-dialog");
    page.click(By.id("match:confirm"));
    awaitDialogClosed("matchDialog");
    page.awaitGrowl("Orphan dispense " + orphan + " matched to consult " + s.consult);
    page.await(d -> d.findElements(row("orphans:table", orphan)).isEmpty());
  }

  /** The split dialog's quantity field for one item of the consult. */
  private WebElement part(String itemId) {
    return browser.findElement(By.xpath(rowXPath("split:partTable", itemId) + "//input[contains(@class, 'vs-part')]"));
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
    return cabinet.nextCommand(s.cabinet, WAIT);
  }

  private void answer(JsonObject command, boolean accepted, String reason) {
    cabinet.answer(command, accepted, reason);
  }

  private void loginAsAdmin(String page) {
    Browser.login(browser, env.appUrl(), page, "admin", env.consoleAdminPassword());
  }

  private ConsoleClient apiSession(String user, String password) {
    ConsoleClient console = new ConsoleClient(env.appUrl());
    assertEquals(200, console.login(EVENTS, user, password).statusCode());
    return console;
  }

  private static String rowXPath(String table, Object key) {
    return ConsolePage.rowXPath(table, key);
  }

  private static By rowButton(String table, Object key, String button) {
    return ConsolePage.rowButton(table, key, button);
  }

  private void awaitDialog(String id) {
    page.awaitDialog(id);
  }

  private void awaitDialogClosed(String id) {
    page.awaitDialogClosed(id);
  }

  private void screenshot(String name) {
    Browser.screenshot(browser, env.runName() + "-actions-" + name);
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
