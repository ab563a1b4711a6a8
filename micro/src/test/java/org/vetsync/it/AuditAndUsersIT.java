package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
 * Admins manage console users in the browser, and every staff action, allowed or not, lands in the audit trail that
 * admins and auditors read and export; a forbidden action crafted past the page is refused on the server and on record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditAndUsersIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String EVENTS = "/console/events.xhtml";
  private static final String AUDIT = "/console/audit.xhtml";
  private static final String USERS = "/console/users.xhtml";

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private final String suffix = ContractMessages.newMessageId().substring(0, 8).toLowerCase();
  private PracticeClient practice;
  private ChromeDriver browser;
  private ConsolePage page;

  @BeforeEach
  void setUp() {
    practice = env.practice();
    browser = Browser.start();
    page = new ConsolePage(browser, WAIT);
  }

  @AfterEach
  void tearDown() {
    browser.quit();
    practice.close();
  }

  @Test
  void anAdminCreatesAStaffUserWhoCanThenLogInAndDisablesThemAgain() {
    String nurse = "nurse-" + suffix;
    String password = "Ward 7 night shift " + suffix;

    loginAsAdmin(EVENTS);
    page.click(By.id("nav-users"));
    page.awaitRow("users:table", "admin", "ADMIN");
    page.click(By.id("add:create"));
    page.awaitDialog("createDialog");
    browser.findElement(By.id("create:username")).sendKeys(nurse);
    typePassword("create", "tooshort");
    page.click(By.id("create:confirm"));
    page.awaitGrowl("A password needs at least 12 characters");
    assertEquals(0L, count("select count(*) from app_user where username = ?", nurse));

    typePassword("create", password);
    screenshot("users-create-dialog");
    page.click(By.id("create:confirm"));
    page.awaitDialogClosed("createDialog");
    page.awaitGrowl("User " + nurse + " can now log in");
    String row = page.awaitRow("users:table", nurse, "STAFF");
    assertTrue(row.contains("Enabled"), row);
    screenshot("users");
    assertEquals("DONE", auditOutcome("admin", "create user", nurse));
    assertEquals("REFUSED", db.value("select outcome from audit_entry where username = 'admin'"
        + " and action = 'create user' and target_id = ? order by id limit 1", nurse));

    Browser.login(browser, env.appUrl(), EVENTS, nurse, password);
    assertEquals(nurse, browser.findElement(By.cssSelector(".vs-user")).getText());
    assertTrue(browser.findElements(By.id("nav-users")).isEmpty(), "staff see no Users link");
    assertTrue(browser.findElements(By.id("nav-audit")).isEmpty(), "staff see no Audit trail link");

    ConsoleClient nurseSession = apiSession(nurse, password);
    loginAsAdmin(USERS);
    page.click(ConsolePage.rowButton("users:table", "admin", "disable"));
    page.click(By.id("users:confirmYes"));
    page.awaitGrowl("You cannot disable your own account");
    page.click(ConsolePage.rowButton("users:table", nurse, "disable"));
    page.click(By.id("users:confirmYes"));
    page.awaitRow("users:table", nurse, "Disabled");
    assertTrue(new ConsoleClient(env.appUrl()).login(EVENTS, nurse, password).uri().toString()
        .contains("failed=true"), "a disabled user cannot log in");
    assertTrue(nurseSession.get(EVENTS).uri().toString().contains("login.xhtml"),
        "a disabled user's open session ends at once");
    assertEquals("REFUSED", auditOutcome("admin", "disable user", "admin"));
    assertEquals("DONE", auditOutcome("admin", "disable user", nurse));
  }

  @Test
  void aStaffMembersForbiddenRequestsAreRefusedAndAuditedAndTheirAllowedActionsRecordedAsDone() {
    Scenario s = Scenario.create(practice, db);
    String staff = "staff-" + suffix;
    ConsoleClient staffApi = apiSession(staff, ConsoleUsers.create(db, staff, "STAFF"));
    long rejected = rejectedMessage();

    HttpResponse<String> ignore = staffApi.act("events/" + rejected + "/ignore", "{\"reason\": \"looks fine\"}");
    assertEquals(403, ignore.statusCode(), ignore.body());
    assertEquals("REJECTED", db.value("select status from sync_event where id = ?", rejected));
    Map<String, Object> refused = auditEntry(staff, "ignore sync event", Long.toString(rejected));
    assertEquals("REFUSED", refused.get("outcome"));
    assertEquals("sync event", refused.get("target_type"));
    assertEquals("needs role ADMIN", refused.get("detail"));
    assertEquals("127.0.0.1", refused.get("remote_address"));

    assertEquals(403, staffApi.get(USERS).statusCode(), "staff may not open the users page");
    assertEquals("REFUSED", auditOutcome(staff, "open page", "users"));
    assertEquals(403, staffApi.read("audit.csv").statusCode(), "staff may not export the audit trail");

    assertEquals(200, staffApi.act("consults/" + s.consult + "/sync", null).statusCode());
    assertEquals("DONE", auditOutcome(staff, "sync consult", s.consult));

    ConsoleClient adminApi = apiSession("admin", env.consoleAdminPassword());
    HttpResponse<String> noReason = adminApi.act("events/" + rejected + "/ignore", "{}");
    assertEquals(409, noReason.statusCode(), noReason.body());
    assertEquals("REFUSED", auditOutcome("admin", "ignore sync event", Long.toString(rejected)));
    assertEquals("REJECTED", db.value("select status from sync_event where id = ?", rejected));

    loginAsAdmin(EVENTS);
    page.click(By.id("nav-audit"));
    browser.findElement(By.id("audit:user")).sendKeys(staff);
    page.click(By.id("audit:apply"));
    page.await(ExpectedConditions.numberOfElementsToBe(By.xpath("//tbody[@id='audit:table_data']/tr"), 4));
    List<String> rows = auditRows();
    assertTrue(rows.get(0).contains("sync consult") && rows.get(0).contains("DONE"), rows.get(0));
    assertTrue(rows.get(1).contains("export audit trail") && rows.get(1).contains("REFUSED"), rows.get(1));
    assertTrue(rows.get(2).contains("open page") && rows.get(2).contains("REFUSED"), rows.get(2));
    assertTrue(rows.get(3).contains("ignore sync event") && rows.get(3).contains("sync event " + rejected)
        && rows.get(3).contains("REFUSED") && rows.get(3).contains("needs role ADMIN"), rows.get(3));
    screenshot("audit");
  }

  @Test
  void theCsvExportHoldsTheFilteredRowsAndNoCellASpreadsheetWouldRun() {
    long rejected = rejectedMessage();
    String reason = "=HYPERLINK(\"http://example.invalid\", \"vendor test, " + suffix + "\")";
    ConsoleClient adminApi = apiSession("admin", env.consoleAdminPassword());
    assertEquals(200, adminApi.act("events/" + rejected + "/ignore",
        "{\"reason\": \"" + reason.replace("\"", "\\\"") + "\"}").statusCode());

    loginAsAdmin(AUDIT);
    browser.findElement(By.id("audit:target")).sendKeys("sync event " + rejected);
    page.click(By.id("audit:apply"));
    page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "ignore sync event"));
    String href = page.await(d -> {
      String link = d.findElement(By.id("audit:export")).getAttribute("href");
      return link.contains("target=") ? link : null;
    });
    assertTrue(href.startsWith(env.appUrl()), href);

    HttpResponse<String> csv = adminApi.get(href.substring(env.appUrl().length()));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    List<String> lines = csv.body().lines().toList();
    assertEquals("time,user,address,action,target type,target id,outcome,detail", lines.get(0));
    List<String> rows = lines.subList(1, lines.size());
    assertTrue(rows.stream().allMatch(l -> l.contains(",sync event," + rejected)), "only the filtered target");
    assertEquals(count("select count(*) from audit_entry where target_type = 'sync event' and target_id = ?",
        Long.toString(rejected)), rows.stream().filter(l -> l.contains(",sync event," + rejected + ",")).count(),
        csv.body());
    String ignored = lines.stream().filter(l -> l.contains(",ignore sync event,")).findFirst().orElseThrow();
    assertTrue(ignored.contains(",admin,127.0.0.1,ignore sync event,sync event," + rejected + ",DONE,"), ignored);
    assertTrue(ignored.endsWith(",\"'=HYPERLINK(\"\"http://example.invalid\"\", \"\"vendor test, " + suffix
        + "\"\")\""), "the formula is defused and the cell quoted: " + ignored);
    assertEquals("DONE", auditOutcome("admin", "export audit trail", null));
  }

  @Test
  void anAuditorReadsAndExportsTheAuditTrailButMayNotManageUsers() {
    String auditor = "auditor-" + suffix;
    String password = ConsoleUsers.create(db, auditor, "AUDITOR");

    Browser.login(browser, env.appUrl(), EVENTS, auditor, password);
    assertTrue(browser.findElements(By.id("nav-users")).isEmpty(), "an auditor sees no Users link");
    page.click(By.id("nav-audit"));
    page.await(ExpectedConditions.presenceOfElementLocated(By.id("audit:table")));
    browser.get(env.appUrl() + USERS);
    page.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Your role may not manage console users."));
    screenshot("auditor-users-refused");
    assertEquals("REFUSED", auditOutcome(auditor, "open page", "users"));

    browser.get(env.appUrl() + AUDIT);
    browser.findElement(By.id("audit:user")).sendKeys(auditor);
    page.click(By.id("audit:apply"));
    page.await(d -> auditRows().size() == 1 && auditRows().get(0).contains("open page"));
    screenshot("auditor-audit");

    ConsoleClient auditorApi = apiSession(auditor, password);
    HttpResponse<String> csv = auditorApi.read("audit.csv?user=" + auditor);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().contains(auditor + ",127.0.0.1,open page,page,users,REFUSED,needs role ADMIN"),
        csv.body());
    assertEquals(403, auditorApi.act("events/1/retry", null).statusCode());
    assertEquals("REFUSED", auditOutcome(auditor, "retry sync event", "1"));
  }

  private void typePassword(String form, String password) {
    for (String field : List.of("newPassword", "repeatPassword")) {
      WebElement input = browser.findElement(By.id(form + ":" + field));
      input.clear();
      input.sendKeys(password);
    }
  }

  /** The newest audit entry of this user, action and target. */
  private Map<String, Object> auditEntry(String user, String action, String targetId) {
    String sql = "select * from audit_entry where username = ? and action = ? and "
        + (targetId == null ? "target_id is null" : "target_id = '" + targetId.replace("'", "''") + "'")
        + " order by id desc";
    return Poll.until(user + " " + action + " " + targetId + " in the audit trail", WAIT,
        () -> db.query(sql, user, action).stream().findFirst());
  }

  private String auditOutcome(String user, String action, String targetId) {
    return (String) auditEntry(user, action, targetId).get("outcome");
  }

  private List<String> auditRows() {
    return browser.findElements(By.xpath("//tbody[@id='audit:table_data']/tr")).stream()
        .map(WebElement::getText).toList();
  }

  /** A message the practice system sent that breaks the contract: stored Rejected. */
  private long rejectedMessage() {
    String garbage = "{\"nonsense\": \"" + suffix + "\"}";
    practice.sendRaw(garbage);
    return Poll.until("the rejected message", WAIT, () -> Optional.ofNullable(
        (Number) db.value("select id from sync_event where payload = ? and status = 'REJECTED'", garbage)))
        .longValue();
  }

  private long count(String sql, Object... parameters) {
    return ((Number) db.value(sql, parameters)).longValue();
  }

  private void loginAsAdmin(String start) {
    Browser.login(browser, env.appUrl(), start, "admin", env.consoleAdminPassword());
  }

  private ConsoleClient apiSession(String user, String password) {
    ConsoleClient console = new ConsoleClient(env.appUrl());
    assertEquals(200, console.login(EVENTS, user, password).statusCode());
    assertFalse(console.get(EVENTS).uri().toString().contains("login"), user + " is logged in");
    return console;
  }

  private void screenshot(String name) {
    Browser.screenshot(browser, env.databaseKind() + "-audit-" + name);
  }
}
