package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vetsync.testsupport.Browser;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsolePage;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The dashboard in a real browser: the events table filtered, searched and sorted by the database; every event of
 * one failure cause retried at once; and the alert banner for work that waits too long, with time moved forward
 * (clock_adjustment) instead of waited for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String EVENTS = "/console/events.xhtml";
  private static final String TABLE = "events:table";
  /** Columns of the events table: #, Received, Cabinet, Consult, Patient, Event type, Status, Error, Actions. */
  private static final int CABINET = 3;
  private static final int CONSULT = 4;
  private static final int PATIENT = 5;
  private static final int TYPE = 6;
  private static final int STATUS = 7;

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private PracticeClient practice;
  private CabinetClient cabinet;
  private Scenario s;
  private ChromeDriver browser;
  private ConsolePage page;
  private Long stuckEvent;

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
    db.resetClock();
    if (stuckEvent != null) {
      db.update("delete from sync_event where id = ?", stuckEvent);
    }
    browser.quit();
    practice.close();
    cabinet.close();
  }

  @Test
  void staffFilterByStatusAndCabinetSearchByConsultAndSortByType() {
    long failed = refusedProfile("I1", "Item IC-" + s.product + " is out of stock");
    Browser.login(browser, env.appUrl(), EVENTS, "admin", env.consoleAdminPassword());

    selectFilter("statusFilter", "FAILED");
    awaitRows(STATUS, "Failed"::equals, failed);
    screenshotOfTable("filter-status");

    browser.get(env.appUrl() + EVENTS); // a fresh visit starts without filters
    selectFilter("cabinetFilter", s.cabinet);
    awaitRows(CABINET, s.cabinet::equals, failed);
    assertEquals(List.of("Sync Profile", "Sync Consult"), types(), "the cabinet's two commands, newest first");
    String row = page.awaitRow(TABLE, failed, "Failed");
    assertTrue(row.contains(s.patient) && row.contains(s.consult), "the row shows consult and patient: " + row);
    screenshotOfTable("filter-cabinet");

    browser.get(env.appUrl() + EVENTS);
    browser.findElement(By.id("events:table:globalFilter")).sendKeys(s.consult);
    awaitRows(CONSULT, s.consult::equals, failed);
    // the search filters again as each key is typed: read the table once it shows what the whole id finds
    List<String> expected = List.of("Consult Opened", "Item Added", "Sync Consult", "Sync Profile");
    List<String> found = page.await(d -> types().containsAll(expected) ? types() : null);
    page.await(d -> page.column(TABLE, PATIENT).stream().allMatch(s.patient::equals));
    screenshotOfTable("search-consult");

    page.click(By.cssSelector("th[id='events:table:typeCol'] .ui-column-title"));
    page.await(d -> sorted(types(), Comparator.naturalOrder()));
    page.click(By.cssSelector("th[id='events:table:typeCol'] .ui-column-title"));
    page.await(d -> sorted(types(), Comparator.reverseOrder()));
    screenshotOfTable("sort-type");
    assertTrue(page.column(TABLE, CONSULT).stream().allMatch(s.consult::equals), "sorting keeps the search");
    assertEquals(found.size(), types().size(), "sorting keeps the search");
  }

  @Test
  void retryAllRetriesEveryEventOfOneFailureCauseAndTheyComplete() {
    // a word without digits stays in the cause, so this test's failures are a cause of their own
    String jam = "jam" + s.consult.chars().filter(Character::isLetterOrDigit)
        .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : Character.toLowerCase(c))))
        .collect(Collectors.joining());
    long first = refusedProfile("I1", "Drawer 3 " + jam);
    long second = refusedProfile("I2", "Drawer 7 " + jam);
    Browser.login(browser, env.appUrl(), EVENTS, "admin", env.consoleAdminPassword());

    By cause = By.xpath("//tbody[@id='causes:table_data']/tr[contains(., '" + jam + "')]");
    String row = page.await(d -> d.findElements(cause).isEmpty() ? null : d.findElement(cause).getText());
    assertTrue(row.contains("Cabinet # refused: Drawer # " + jam) && row.contains("Retry all 2"), row);
    screenshot("causes");

    page.click(By.xpath("//tbody[@id='causes:table_data']/tr[contains(., '" + jam + "')]//button"));
    page.click(By.id("causes:confirmYes"));
    page.awaitGrowl("2 failed events");
    for (int i = 0; i < 2; i++) {
      JsonObject resent = nextCommand();
      assertEquals("SYNC_PROFILE", resent.getString("type"));
      answer(resent, true, null);
    }
    for (long id : List.of(first, second)) {
      Poll.until("retried event " + id + " to complete", WAIT, () -> "COMPLETE".equals(
          db.value("select status from sync_event where id = ?", id)) ? Optional.of(true) : Optional.empty());
      assertEquals("admin", db.value("select acted_by from sync_event where id = ?", id));
    }
    page.click(By.id("events:refresh"));
    page.await(d -> d.findElements(cause).isEmpty());
    page.awaitRow(TABLE, first, "Complete");
    screenshot("causes-retried");
  }

  @Test
  void theBannerWarnsOfAConsultNearExpiryWithItemsNotDispensedAndOfWorkWaitingTooLong() {
    plan("I1", 2);
    cabinet.send(ContractMessages.billingTrigger(ContractMessages.newMessageId(), s.cabinet, "TX-B-" + s.consult,
        "TMP-" + s.consult, s.product, 1), s.cabinet);
    stuckEvent = stuckPendingEvent();

    Browser.login(browser, env.appUrl(), EVENTS, "admin", env.consoleAdminPassword());
    String before = browser.findElement(By.id("alerts")).getText();
    assertFalse(before.contains(s.consult), "a consult synced just now is not near expiry: " + before);

    // the cabinet drops the consult 24 h after its sync: one hour before, its item is still not dispensed
    db.execute("update clock_adjustment set offset_seconds = " + Duration.ofHours(23).toSeconds() + " where id = 1");
    String banner = Poll.until("the banner to warn of consult " + s.consult, WAIT, () -> {
      browser.navigate().refresh();
      String text = browser.findElement(By.id("alerts")).getText();
      return text.contains("Consult " + s.consult) ? Optional.of(text) : Optional.empty();
    });
    assertTrue(banner.contains("Consult " + s.consult + " (patient " + s.patient + ") leaves cabinet " + s.cabinet),
        banner);
    assertTrue(banner.contains("with 1 planned item(s) not dispensed"), banner);
    assertTrue(banner.contains("sync event(s) Pending or Processing for more than 30 min"), banner);
    assertTrue(banner.contains("temporary patient(s) waiting more than 4 h for allocation"), banner);
    screenshot("alerts");
    Poll.until("the log's one warning for consult " + s.consult, WAIT, () -> ((Number) db.value("select count(*)"
        + " from consult_cabinet cc join consult c on c.id = cc.consult_id where c.pims_id = ?"
        + " and cc.expiry_warned_at is not null", s.consult)).intValue() == 1 ? Optional.of(true) : Optional.empty());

    browser.get(env.appUrl() + "/console/orphans.xhtml");
    assertTrue(browser.findElement(By.id("alerts")).getText().contains("Consult " + s.consult),
        "every console page shows the banner");
  }

  /** An event left Pending (as by a crash mid-way): nothing in vetsync finishes it, so the banner must say so. */
  private long stuckPendingEvent() {
    long id = ((Number) db.value("select max(id) from sync_event")).longValue() + 1_000_000;
    db.update("insert into sync_event (id, message_id, event_type, direction, status, cabinet_code, payload, attempts,"
        + " received_at, updated_at, version) values (?, ?, 'DISPENSE', 'INBOUND', 'PENDING', ?, '{}', 1,"
        + " current_timestamp, current_timestamp, 1)", id, ContractMessages.newMessageId(), s.cabinet);
    return id;
  }

  /** Chooses a value in a column's filter menu (empty: any) and filters the table, as the menu's onchange would. */
  private void selectFilter(String widget, String value) {
    // selectValue sets the menu without firing its change event: the table is told to filter explicitly
    browser.executeScript("PF(arguments[0]).selectValue(arguments[1]); PF('eventsTable').filter();", widget, value);
  }

  /** Waits until every row's column satisfies the condition and the given event is among them. */
  private void awaitRows(int column, Predicate<String> condition, long including) {
    try {
      page.await(d -> {
        List<String> values = page.column(TABLE, column);
        return !values.isEmpty() && values.stream().allMatch(condition)
            && !d.findElements(ConsolePage.row(TABLE, including)).isEmpty();
      });
    } catch (TimeoutException e) {
      screenshotOfTable("unexpected-rows");
      throw new AssertionError("rows of column " + column + " as expected, with event " + including + "; shown: "
          + page.column(TABLE, column), e);
    }
  }

  /** The event types of the rows shown, without the message id under each. */
  private List<String> types() {
    return page.column(TABLE, TYPE).stream().map(t -> t.lines().findFirst().orElse("")).toList();
  }

  private static boolean sorted(List<String> values, Comparator<String> order) {
    return values.size() > 1 && values.stream().distinct().count() > 2
        && values.equals(values.stream().sorted(order).toList());
  }

  /** Plans an item whose SYNC_PROFILE the cabinet refuses with the reason; the id of the command's sync event. */
  private long refusedProfile(String itemId, String reason) {
    db.awaitEvent(practice.itemAdded(s.consult, itemId, s.product, 2));
    JsonObject command = nextCommand();
    if ("SYNC_CONSULT".equals(command.getString("type"))) {
      answer(command, true, null);
      command = nextCommand();
    }
    JsonObject profile = command;
    assertEquals("SYNC_PROFILE", profile.getString("type"));
    answer(profile, false, reason);
    return Poll.until("the refused command to fail", WAIT, () -> db.query(
            "select id from sync_event where message_id = ? and status = 'FAILED'", profile.getString("messageId"))
        .stream().map(r -> ((Number) r.get("id")).longValue()).findFirst());
  }

  private void plan(String itemId, int quantity) {
    db.awaitEvent(practice.itemAdded(s.consult, itemId, s.product, quantity));
    answer(nextCommand(), true, null); // SYNC_CONSULT
    answer(nextCommand(), true, null); // SYNC_PROFILE
  }

  private JsonObject nextCommand() {
    return cabinet.nextCommand(s.cabinet, WAIT);
  }

  private void answer(JsonObject command, boolean accepted, String reason) {
    cabinet.answer(command, accepted, reason);
  }

  private void screenshotOfTable(String name) {
    browser.executeScript("document.getElementById('events').scrollIntoView()");
    screenshot(name);
  }

  private void screenshot(String name) {
    Browser.screenshot(browser, env.databaseKind() + "-dashboard-" + name);
  }
}
