package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vetsync.testsupport.Browser;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsolePage;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.ConsoleUsers;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The pharmacy and reconciliation pages in a real browser: an admin decides held-back changes and the next export
 * carries the approved ones; the progress bar of a running export moves; the scheduled jobs say what is due; a
 * mismatch found at consult expiry is closed with a resolution; STAFF may neither export nor decide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PharmacyConsoleIT {

  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final String PHARMACY = "/console/pharmacy.xhtml";
  private static final String RECONCILIATION = "/console/reconciliation.xhtml";
  /**
   * Enough clients for a first copy of 80 batches, so that it runs for several one-second progress polls even on a
   * fast machine (here: 15 to 40 s).
   */
  private static final int SEEDED_CLIENTS = 40_000;

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private PracticeClient practice;
  private Scenario s;
  private ChromeDriver browser;
  private ConsolePage page;

  @BeforeEach
  void setUp() {
    practice = env.practice();
    s = Scenario.create(practice, db);
    browser = Browser.start();
    page = new ConsolePage(browser, WAIT);
  }

  @AfterEach
  void tearDown() {
    db.resetClock();
    browser.quit();
    practice.close();
  }

  @Test
  void anAdminApprovesAndRejectsHeldChangesAndTheNextExportCarriesOnlyTheApproved() {
    ConsoleClient admin = api("admin", env.consoleAdminPassword());
    exportNow(admin);
    db.awaitEvent(practice.send("CLIENT_UPSERT", Json.createObjectBuilder().add("clientId", s.client)
        .add("name", "Ann Smith").add("address", "9 New Road").add("phone", "555-0100")
        .add("email", s.client + "@example.org").add("dateOfBirth", "1980-05-17").add("sex", "F")
        .add("idNumber", "ID-" + s.client)));
    db.awaitEvent(practice.send("PATIENT_UPSERT", Json.createObjectBuilder().add("patientId", s.patient)
        .add("clientId", s.client).add("name", "<b>Max</b>").add("species", "Canine").add("breed", "Labrador")
        .add("weightKg", 31.4).add("deceased", false)));
    exportNow(admin);
    Map<String, Long> reviews = pendingReviews();
    assertEquals(3, reviews.size(), reviews.toString());

    Browser.login(browser, env.appUrl(), "/console/events.xhtml", "admin", env.consoleAdminPassword());
    page.click(By.id("nav-pharmacy"));
    String name = page.awaitRow("reviews:pending", reviews.get("CLIENT_NAME"), "Ann Smith");
    assertTrue(name.contains("Ann Owner") && name.contains("practice system") && name.contains(s.client), name);
    String pet = page.awaitRow("reviews:pending", reviews.get("PET_NAME"), "<b>Max</b>");
    assertTrue(pet.contains("Rex"), "old and new pet name, the new one as text: " + pet);
    screenshot("review-queue");

    long address = reviews.get("CLIENT_ADDRESS");
    page.click(ConsolePage.rowButton("reviews:pending", address, "reject"));
    page.awaitDialog("rejectDialog");
    page.click(By.id("reject:confirm"));
    page.awaitText(By.id("rejectDialog"), "Give a reason for rejecting the change.");
    screenshot("reject-needs-reason");
    assertEquals("PENDING", db.value("select status from review_item where id = ?", address));
    browser.findElement(By.id("reject:reason")).sendKeys("Client phoned: deliveries stay at the old address");
    page.click(By.id("reject:confirm"));
    page.awaitDialogClosed("rejectDialog");
    String rejected = page.awaitRow("reviews:decided", address, "Rejected");
    assertTrue(rejected.contains("deliveries stay at the old address") && rejected.contains("admin"), rejected);

    page.click(ConsolePage.rowButton("reviews:pending", reviews.get("CLIENT_NAME"), "approve"));
    page.awaitGrowl("Client name change of " + s.client + " approved");
    page.click(ConsolePage.rowButton("reviews:pending", reviews.get("PET_NAME"), "approve"));
    page.awaitGrowl("A new prescription is required");
    page.awaitRow("reviews:decided", reviews.get("PET_NAME"), "New prescription required");
    assertFalse(page.awaitRow("reviews:decided", reviews.get("CLIENT_NAME"), "Approved")
        .contains("New prescription required"), "only a renamed pet needs a new prescription");
    screenshot("review-decided");

    page.click(By.id("preview:load"));
    page.awaitText(By.id("preview:table"), "Approved by staff");
    List<String> preview = browser.findElements(By.xpath("//tbody[@id='preview:table_data']/tr[normalize-space(td[1])='"
        + s.client + "']")).stream().map(WebElement::getText).toList();
    assertTrue(preview.stream().anyMatch(l -> l.contains("Sends") && l.contains("Client name") && l.contains("Ann Smith")
        && l.contains("Ann Owner")), String.join("\n", preview));
    assertTrue(preview.stream().anyMatch(l -> l.contains("Sends") && l.contains("Pet name")
        && l.contains("<b>Max</b>")), String.join("\n", preview));
    assertFalse(preview.stream().anyMatch(l -> l.contains("Sends") && l.contains("Address")),
        "a rejected address is not sent: " + String.join("\n", preview));
    screenshot("dry-run-preview");

    long run = startExportInBrowser();
    awaitComplete(run);
    Map<String, JsonObject> sent = records(admin, run).stream()
        .filter(r -> r.getString("clientId").equals(s.client))
        .collect(Collectors.toMap(r -> r.getString("kind"), r -> r));
    assertEquals(Map.of("NAME_CHANGE", "Ann Smith", "PET_NAME_CHANGE", "<b>Max</b>"), sent.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getString("value"))), sent.toString());
    assertTrue(sent.get("PET_NAME_CHANGE").getBoolean("newPrescriptionRequired"));
    assertEquals(run, ((Number) db.value("select sent_in_run from review_item where id = ?", reviews.get("PET_NAME")))
        .longValue());
  }

  @Test
  void theProgressBarOfARunningExportMovesUntilTheRunIsComplete() {
    seedClients();
    Browser.login(browser, env.appUrl(), PHARMACY, "admin", env.consoleAdminPassword());
    long run = startExportInBrowser();

    // what the page shows, sampled more often than it polls: each new value is one poll's answer
    List<Integer> shown = new ArrayList<>();
    Poll.until("run " + run + " to be shown complete", Duration.ofSeconds(300), () -> {
      try {
        List<WebElement> label = browser.findElements(By.cssSelector("[id='exports:progress'] .ui-progressbar-label"));
        if (!label.isEmpty()) {
          int percent = Integer.parseInt(label.get(0).getText().replace("%", "").strip());
          if (shown.isEmpty() || shown.get(shown.size() - 1) != percent) {
            shown.add(percent);
            if (percent > 0 && percent < 100 && shown.stream().filter(p -> p > 0).count() == 1) {
              screenshot("export-progress");
            }
          }
          return Optional.empty();
        }
        return browser.findElements(ConsolePage.row("exports:table", run)).stream()
                .anyMatch(r -> r.getText().contains("Complete"))
            && "COMPLETE".equals(db.value("select status from pharmacy_export_run where id = ?", run))
            ? Optional.of(true) : Optional.empty();
      } catch (StaleElementReferenceException | NumberFormatException e) {
        return Optional.empty(); // read while the poll replaced the bar
      }
    });
    List<Integer> between = shown.stream().filter(p -> p > 0 && p < 100).toList();
    assertTrue(between.size() >= 2, "the bar showed at least two values on the way, not only the end: " + shown);
    assertEquals(shown.stream().sorted().toList(), shown, "progress never goes back: " + shown);
    String row = page.awaitRow("exports:table", run, "Complete");
    assertTrue(row.contains("Full copy") || row.contains("Delta"), row);
    Map<String, Object> done = db.query("select clients_done, clients_total, new_clients from pharmacy_export_run"
        + " where id = ?", run).get(0);
    assertEquals(done.get("clients_total"), done.get("clients_done"));
    assertTrue(((Number) done.get("new_clients")).longValue() >= SEEDED_CLIENTS, done.toString());
    assertTrue(row.contains(String.valueOf(done.get("new_clients"))), "counts by kind on the row: " + row);
    screenshot("export-complete");

    page.click(By.id("jobs:refresh"));
    page.awaitText(By.id("jobs:table"), "Run " + run + " complete");
    String jobs = browser.findElement(By.id("jobs:table")).getText();
    assertTrue(jobs.contains("every 48 h") && jobs.contains("interval after the last run finished"), jobs);
    assertTrue(jobs.contains("Consult expiry and reconciliation"), jobs);
    browser.executeScript("document.getElementById('jobs').scrollIntoView()");
    screenshot("jobs");
  }

  @Test
  void aMismatchFoundAtExpiryIsClosedOnTheWorklistWithAResolution() {
    String staff = "staff-" + s.consult.substring(2).toLowerCase();
    String password = ConsoleUsers.create(db, staff, "STAFF");
    try (CabinetClient cabinet = env.cabinet()) {
      db.awaitEvent(practice.itemAdded(s.consult, "I1", s.product, 2)); // planned, never dispensed
      acknowledgeNext(cabinet); // SYNC_CONSULT
      acknowledgeNext(cabinet); // SYNC_PROFILE
    }
    db.execute("update clock_adjustment set offset_seconds = " + Duration.ofHours(25).toSeconds() + " where id = 1");
    long item = Poll.until("the consult to be reconciled", WAIT, () -> Optional.ofNullable((Number) db.value(
        "select r.id from reconciliation_item r join consult c on c.id = r.consult_id where c.pims_id = ?",
        s.consult))).longValue();

    Browser.login(browser, env.appUrl(), "/console/events.xhtml", staff, password);
    page.click(By.id("nav-reconciliation"));
    String row = page.awaitRow("worklist:table", item, "Planned but never dispensed");
    assertTrue(row.contains(s.consult) && row.contains("I1") && row.contains(s.product), row);
    screenshot("reconciliation");

    page.click(ConsolePage.rowButton("worklist:table", item, "close"));
    page.awaitDialog("resolveDialog");
    page.click(By.id("resolve:confirm"));
    page.awaitText(By.id("resolveDialog"), "Say what was found and done before closing the item.");
    assertEquals("OPEN", db.value("select status from reconciliation_item where id = ?", item));
    browser.findElement(By.id("resolve:resolution")).sendKeys("Vet stopped the treatment; PIMS item left by mistake");
    screenshot("reconciliation-resolve");
    page.click(By.id("resolve:confirm"));
    page.awaitDialogClosed("resolveDialog");
    page.awaitGrowl("Reconciliation item " + item);
    page.awaitRowGone("worklist:table", item);

    page.click(By.xpath("//div[@id='worklist:show']//div[contains(@class,'ui-button')][normalize-space()='Closed']"));
    String closed = page.awaitRow("worklist:table", item, "PIMS item left by mistake");
    assertTrue(closed.contains("by " + staff), closed);
    screenshot("reconciliation-closed");
    Map<String, Object> stored = db.query("select * from reconciliation_item where id = ?", item).get(0);
    assertEquals("RESOLVED", stored.get("status"));
    assertEquals(staff, stored.get("resolved_by"));

    page.click(By.xpath(ConsolePage.rowXPath("worklist:table", item) + "//a[text()='" + s.consult + "']"));
    page.awaitText(By.id("consult:summary"), "Dr Herriot");
  }

  @Test
  void staffSeeThePharmacyPageButTheServerRefusesThemExportsAndDecisions() {
    ConsoleClient admin = api("admin", env.consoleAdminPassword());
    exportNow(admin);
    db.awaitEvent(practice.send("PATIENT_UPSERT", Json.createObjectBuilder().add("patientId", s.patient)
        .add("clientId", s.client).add("name", "Rexie").add("species", "Canine").add("breed", "Labrador").add("weightKg", 31.4)
        .add("deceased", false)));
    exportNow(admin);
    long review = pendingReviews().get("PET_NAME");
    String staff = "staff-" + s.consult.substring(2).toLowerCase();
    String password = ConsoleUsers.create(db, staff, "STAFF");

    Browser.login(browser, env.appUrl(), PHARMACY, staff, password);
    page.awaitRow("reviews:pending", review, "Rexie");
    assertEquals(0, browser.findElements(By.id("exports:start")).size(), "no Start export for STAFF");
    assertEquals(0, browser.findElements(ConsolePage.rowButton("reviews:pending", review, "approve")).size(),
        "no Approve for STAFF");
    screenshot("staff-pharmacy");

    long runs = count("select count(*) from pharmacy_export_run");
    ConsoleClient staffApi = api(staff, password);
    assertEquals(403, staffApi.act("pharmacy/exports", null).statusCode());
    assertEquals(403, staffApi.act("pharmacy/reviews/" + review + "/approve", null).statusCode());
    assertEquals(403, staffApi.act("pharmacy/reviews/" + review + "/reject", "{\"reason\": \"no\"}").statusCode());
    assertEquals(runs, count("select count(*) from pharmacy_export_run"));
    assertEquals("PENDING", db.value("select status from review_item where id = ?", review));
  }

  /** Clicks Start export now; returns the run it requested. */
  private long startExportInBrowser() {
    long before = count("select coalesce(max(id), 0) from pharmacy_export_run");
    page.click(By.id("exports:start"));
    page.awaitGrowl("Pharmacy export requested");
    return Poll.until("the requested run", WAIT, () -> Optional.of(count(
        "select coalesce(max(id), 0) from pharmacy_export_run")).filter(id -> id > before));
  }

  private long exportNow(ConsoleClient admin) {
    HttpResponse<String> started = admin.act("pharmacy/exports", null);
    assertEquals(200, started.statusCode(), started.body());
    long run = json(started.body()).getJsonNumber("runId").longValue();
    awaitComplete(run);
    return run;
  }

  private void awaitComplete(long run) {
    Poll.until("export run " + run + " to complete", Duration.ofSeconds(120), () -> "COMPLETE".equals(
        db.value("select status from pharmacy_export_run where id = ?", run)) ? Optional.of(true) : Optional.empty());
  }

  /** The records of a run, read from its downloadable file. */
  private List<JsonObject> records(ConsoleClient admin, long run) {
    return admin.read("pharmacy/exports/" + run + "/file").body().lines().filter(l -> !l.isBlank())
        .flatMap(l -> json(l).getJsonArray("records").getValuesAs(JsonObject.class).stream()).toList();
  }

  /** Pending review items of the scenario's client and pet, by field. */
  private Map<String, Long> pendingReviews() {
    return db.query("select id, field from review_item where status = 'PENDING' and subject_ref in (?, ?)",
        s.client, s.patient).stream()
        .collect(Collectors.toMap(r -> (String) r.get("field"), r -> ((Number) r.get("id")).longValue()));
  }

  private void seedClients() {
    String n = env.databaseKind().equals("postgresql") ? "n" : "x";
    String range = env.databaseKind().equals("postgresql")
        ? "generate_series(1, " + SEEDED_CLIENTS + ") as n" : "system_range(1, " + SEEDED_CLIENTS + ")";
    db.execute("insert into client (id, pims_id, name, address, phone, email, version) select 800000000 + " + n
        + ", 'PX-" + s.client + "-' || cast(" + n + " as varchar(10)), 'Client ' || cast(" + n + " as varchar(10)),"
        + " '1 Long Street', '555-0101', 'px' || cast(" + n + " as varchar(10)) || '@example.org', 1 from " + range);
  }

  private void acknowledgeNext(CabinetClient cabinet) {
    JsonObject command = cabinet.awaitCommand(s.cabinet, "JMSCorrelationID IS NULL", WAIT)
        .orElseThrow(() -> new AssertionError("no command for " + s.cabinet + " within " + WAIT));
    cabinet.send(ContractMessages.acknowledgement(s.cabinet, command.getString("messageId"), true, null), s.cabinet);
  }

  private ConsoleClient api(String user, String password) {
    ConsoleClient console = new ConsoleClient(env.appUrl());
    assertEquals(200, console.login("/console/events.xhtml", user, password).statusCode());
    return console;
  }

  private long count(String sql) {
    return ((Number) db.value(sql)).longValue();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private void screenshot(String name) {
    Browser.screenshot(browser, env.databaseKind() + "-pharmacy-" + name);
  }
}
