package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
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
 * The console and the broker resist what an attacker would try: framing, cross-site requests, a planted session id,
 * password guessing, script in names the practice system sends, and other systems' broker accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final String EVENTS = "/console/events.xhtml";
  private static final String SCRIPT = "<script>window.vsXss=1</script>";
  private static final String ATTRIBUTE = "\"><img src=x onerror=\"window.vsXss=2\">";

  private static final Pattern ROW = Pattern.compile(
      "<tr [^>]*data-ri=\"(\\d+)\"[^>]*>\\s*<td[^>]*>(?:\\s*<span class=\"ui-column-title\">[^<]*</span>)?\\s*(\\d+)\\s*<");

  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();

  private ConsoleClient admin() {
    ConsoleClient console = new ConsoleClient(env.appUrl());
    HttpResponse<String> page = console.login(EVENTS, "admin", env.consoleAdminPassword());
    assertTrue(page.body().contains("Dispense cabinet events"), "admin logs in");
    return console;
  }

  // ---- headers and cookie

  @Test
  void pagesAndApiAnswersForbidFramingSniffingReferrersAndCaching() {
    ConsoleClient console = admin();
    HttpResponse<String> page = console.get(EVENTS);
    assertProtected(page);
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    assertTrue(policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")),
        "scripts only with the page's nonce: " + policies);
    assertFalse(policies.stream().anyMatch(p -> p.contains("unsafe-eval") || p.matches(".*script-src[^;]*unsafe-inline.*")),
        policies.toString());

    HttpResponse<String> api = console.read("reconciliation");
    assertEquals(200, api.statusCode(), api.body());
    assertProtected(api);
    assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
        api.headers().allValues("Content-Security-Policy"));

    HttpResponse<String> login = new ConsoleClient(env.appUrl()).get(EVENTS);
    assertTrue(login.body().contains("j_security_check"));
    assertProtected(login);
  }

  private static void assertProtected(HttpResponse<String> response) {
    String where = response.uri().toString();
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), where);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), where);
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), where);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndNeverSentCrossSite() throws Exception {
    HttpResponse<String> first =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(env.appUrl() + EVENTS)).build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = first.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
    assertTrue(cookie.matches("(?i).*;\\s*SameSite=Strict.*"), cookie);
  }

  // ---- session

  @Test
  void aSessionIdPlantedBeforeLoginIsWorthlessAfterItAndLogoutEndsTheSession() {
    ConsoleClient victim = new ConsoleClient(env.appUrl());
    victim.get(EVENTS);
    String planted = victim.sessionId().orElseThrow();
    HttpResponse<String> in = victim.login(EVENTS, "admin", env.consoleAdminPassword());
    assertTrue(in.body().contains("Dispense cabinet events"));
    String loggedIn = victim.sessionId().orElseThrow();
    assertNotEquals(planted, loggedIn, "the session id changes at login");

    ConsoleClient attacker = new ConsoleClient(env.appUrl());
    attacker.useSession(planted);
    assertTrue(attacker.get(EVENTS).body().contains("j_security_check"), "the planted id is not logged in");

    HttpResponse<String> page = victim.get(EVENTS);
    HttpResponse<String> out = victim.submit(EVENTS,
        form("session", "session", "session:logout", "session:logout",
            "jakarta.faces.ViewState", ConsoleClient.viewState(page.body())), false);
    assertTrue(out.body().contains("You have logged out"), out.body());

    ConsoleClient thief = new ConsoleClient(env.appUrl());
    thief.useSession(loggedIn);
    assertTrue(thief.get(EVENTS).body().contains("j_security_check"), "the old session is gone after logout");
  }

  // ---- login throttling

  @Test
  void repeatedFailuresLockAUsernameEvenAgainstTheRightPasswordUntilTheLockoutEnds() {
    String user = "lock." + ContractMessages.newMessageId().substring(0, 8);
    String password = ConsoleUsers.create(db, user, "STAFF");
    for (int i = 1; i <= 4; i++) {
      String page = new ConsoleClient(env.appUrl()).login(EVENTS, user, "wrong-" + i).body();
      assertTrue(page.contains("Wrong username or password"), "failure " + i);
    }
    String fifth = new ConsoleClient(env.appUrl()).login(EVENTS, user, "wrong-5").body();
    assertTrue(fifth.contains("Too many failed logins for this username"), fifth);
    assertTrue(fifth.contains("try again in 15 minutes"), fifth);

    String right = new ConsoleClient(env.appUrl()).login(EVENTS, user, password).body();
    assertTrue(right.contains("Too many failed logins for this username"), "locked even with the right password");
    assertFalse(right.contains("Dispense cabinet events"));
    assertEquals(1L, ((Number) db.value("select count(*) from login_throttle where username = ?", user)).longValue());

    try {
      db.execute("update clock_adjustment set offset_seconds = " + Duration.ofMinutes(16).toSeconds() + " where id = 1");
      Poll.until("the lockout to end", Duration.ofSeconds(10), () -> Optional.of(
          new ConsoleClient(env.appUrl()).login(EVENTS, user, password).body())
          .filter(body -> body.contains("Dispense cabinet events")));
    } finally {
      db.resetClock();
    }
    assertEquals(0L, ((Number) db.value("select count(*) from login_throttle where username = ?", user)).longValue(),
        "a successful login starts the count afresh");
  }

  // ---- cross-site requests

  @Test
  void aStaffActionWithoutTheActionHeaderOrTheSessionsViewStateIsRefused() {
    long event = rejectedEvent();
    ConsoleClient console = admin();

    HttpResponse<String> api = console.actWithoutActionHeader("events/" + event + "/ignore", "{\"reason\":\"csrf\"}");
    assertEquals(403, api.statusCode(), api.body());
    assertEquals("REJECTED", status(event));

    // the admin opened the ignore dialog for the event: the reason is all that is missing
    HttpResponse<String> page = console.get(EVENTS);
    Map<String, String> tokens = tokens(page.body());
    String row = rowIndex(page.body(), event);
    HttpResponse<String> opened = console.submit(EVENTS, ajax("events:table:" + row + ":ignore", "events:table:" + row
        + ":ignore", "ignore", Map.of("events", "events"), tokens), true);
    assertTrue(opened.body().contains("Sync event #" + event), opened.body());

    // a forged confirmation without the page's tokens, or with those of the attacker's own session, changes nothing
    Map<String, String> confirm = Map.of("ignore", "ignore", "ignore:reason", "forged");
    console.submit(EVENTS, ajax("ignore:confirm", "ignore", "ignore events:table", confirm, Map.of()), true);
    Map<String, String> attackers = tokens(admin().get(EVENTS).body());
    console.submit(EVENTS, ajax("ignore:confirm", "ignore", "ignore events:table", confirm, attackers), true);
    assertEquals("REJECTED", status(event), "forged requests did nothing");

    HttpResponse<String> real =
        console.submit(EVENTS, ajax("ignore:confirm", "ignore", "ignore events:table", confirm, tokens), true);
    assertTrue(real.body().contains("Sync event " + event + " is ignored."), real.body());
    assertEquals("IGNORED", status(event), "the same request with the page's own tokens works");
  }

  /**
   * What a console page gives its own postbacks and a page of another site cannot read: the Faces view state and
   * PrimeFaces' script nonce, which PrimeFaces also requires on every ajax request.
   */
  private static Map<String, String> tokens(String html) {
    Matcher nonce = NONCE.matcher(html);
    assertTrue(nonce.find(), "the page initialises PrimeFaces with its nonce");
    // the nonce sits in a JavaScript string literal: undo its escapes
    String value = Pattern.compile("\\\\x([0-9a-fA-F]{2})")
        .matcher(nonce.group(1).replace("\\/", "/"))
        .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    return Map.of("jakarta.faces.ViewState", ConsoleClient.viewState(html), "primefaces.nonce", value);
  }

  private static Map<String, String> ajax(
      String source, String execute, String render, Map<String, String> fields, Map<String, String> tokens) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", source);
    form.put("jakarta.faces.partial.execute", execute);
    form.put("jakarta.faces.partial.render", render);
    form.put(source, source);
    form.putAll(fields);
    form.putAll(tokens);
    return form;
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  /** A dispense from a cabinet vetsync does not know: rejected, so staff may ignore it. */
  private long rejectedEvent() {
    String id = ContractMessages.newMessageId();
    try (CabinetClient cabinet = env.cabinet()) {
      cabinet.send(ContractMessages.dispense(id, "CAB-UNKNOWN", "T-" + id, 1), "CAB-UNKNOWN");
    }
    Map<String, Object> event = db.awaitEvent(id);
    assertEquals("REJECTED", event.get("status"), event.toString());
    return ((Number) event.get("id")).longValue();
  }

  private String status(long event) {
    return (String) db.value("select status from sync_event where id = ?", event);
  }

  /** The table row showing the event: its first cell is the event's number. */
  private static String rowIndex(String html, long event) {
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      if (m.group(2).equals(Long.toString(event))) {
        return m.group(1);
      }
    }
    throw new AssertionError("sync event " + event + " is not on the first page of the console");
  }

  // ---- escaping

  @Test
  void hostileNamesFromThePracticeSystemShowAsTextOnEveryPage() {
    String s = ContractMessages.newMessageId().substring(0, 8).toUpperCase();
    String cabinetId = "CAB-" + s;
    String product = "P-" + s;
    String unplanned = "Q-" + s;
    String consult = "C-" + s;
    String client = "Owner " + ATTRIBUTE;
    String patient = "Rex " + SCRIPT;
    String productName = "Drug " + SCRIPT + ATTRIBUTE;
    String unplannedName = "Other " + ATTRIBUTE;
    try (PracticeClient practice = env.practice()) {
      practice.cabinet(cabinetId);
      practice.namedProduct(product, productName, cabinetId);
      practice.namedProduct(unplanned, unplannedName, cabinetId);
      practice.client("CL-" + s, client, "ID-" + s);
      practice.patient("PT-" + s, "CL-" + s, patient);
      practice.consultOpened(consult, "PT-" + s);
      assertEquals("COMPLETE", db.awaitEvent(practice.itemAdded(consult, "IT-" + s, product, 2)).get("status"));
    }
    String dispense = ContractMessages.newMessageId();
    try (CabinetClient cabinet = env.cabinet()) {
      cabinet.send(ContractMessages.transaction("DISPENSE", dispense, cabinetId, "T-" + dispense, consult, unplanned, 1),
          cabinetId);
      cabinet.awaitAcknowledgement(cabinetId, dispense, Duration.ofSeconds(30)).orElseThrow();
    }
    long rejected = rejectedEvent();

    ChromeDriver browser = Browser.start();
    try {
      Browser.login(browser, env.appUrl(), EVENTS, "admin", env.consoleAdminPassword());
      assertUntouched(browser, "events");
      // PrimeFaces' own scripts still work under the policy: the ignore dialog opens
      browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + rejected + "']]//button[contains(@id,':ignore')]"))
          .click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("ignoreDialog")));
      assertTrue(browser.findElement(By.id("ignoreDialog")).getText().contains("Sync event #" + rejected));

      open(browser, "/console/consult.xhtml?consult=" + consult, consult);
      String timeline = assertUntouched(browser, "consult");
      assertTrue(timeline.contains(patient), timeline);
      assertTrue(timeline.contains(client), timeline);
      assertTrue(timeline.contains(productName), timeline);

      open(browser, "/console/orphans.xhtml", unplannedName);
      assertUntouched(browser, "orphans");

      open(browser, "/console/cabinets.xhtml", productName);
      assertUntouched(browser, "cabinets");
    } finally {
      browser.quit();
    }
  }

  private void open(ChromeDriver browser, String page, String expected) {
    browser.get(env.appUrl() + page);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), expected));
  }

  /** No injected element or script ran, nothing the policy had to block, no alert; returns the visible text. */
  private static String assertUntouched(ChromeDriver browser, String page) {
    Browser.screenshot(browser, "security-" + page);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), page);
    Object injected = browser.executeScript(
        "return [window.vsXss === undefined, document.querySelectorAll('img[src=\"x\"]').length,"
            + " Array.from(document.scripts).filter(s => s.textContent.includes('vsXss')).length];");
    assertEquals(List.of(true, 0L, 0L), injected, page + ": [not run, injected images, injected scripts]");
    List<String> errors =
        Browser.consoleErrors(browser).stream().filter(e -> !e.contains("favicon.ico")).toList();
    assertTrue(errors.isEmpty(), page + " logged errors (a blocked script?): " + errors);
    return browser.findElement(By.tagName("main")).getText();
  }

  // ---- broker

  @Test
  void theBrokerRefusesStrangersAndKeepsEachSystemToItsOwnQueues() throws JMSException {
    String url = env.property("broker.url");
    String suffix = ContractMessages.newMessageId().substring(0, 8).toUpperCase();
    String a = "CAB-SA-" + suffix;
    String b = "CAB-SB-" + suffix;
    String password = env.property("broker.cabinet.password");
    try (CabinetClient cabinets = env.cabinet()) {
      cabinets.ready(a);
      // vetsync answers B (an unregistered cabinet: rejected), so B's queue holds a command meant for B alone
      String toB = ContractMessages.newMessageId();
      cabinets.send(ContractMessages.dispense(toB, b, "T-" + toB, 1), b);
      Poll.until("vetsync's answer on " + CabinetClient.commandsOf(b), Duration.ofSeconds(30),
          () -> Optional.ofNullable(db.value("select count(*) from sync_event where message_id = ?", toB))
              .filter(n -> ((Number) n).longValue() > 0));

      assertThrows(JMSSecurityException.class, () -> connect(url, null, null).close(), "anonymous");
      assertThrows(JMSSecurityException.class, () -> connect(url, CabinetClient.userOf(a), "not-the-password").close(),
          "wrong password");
      assertThrows(JMSSecurityException.class, () -> connect(url, "cabinet", password).close(),
          "no account shared by all cabinets");
      try (Connection cabinet = connect(url, CabinetClient.userOf(a), password)) {
        Session session = cabinet.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createQueue(CabinetClient.commandsOf(a))).close();
        assertRefused(() -> session.createConsumer(session.createQueue(CabinetClient.commandsOf(b))),
            "cabinet A reads B's commands");
        assertRefused(() -> session.createBrowser(session.createQueue(CabinetClient.commandsOf(b))).getEnumeration(),
            "cabinet A browses B's commands");
        assertRefused(() -> send(session, CabinetClient.commandsOf(b)), "cabinet A sends a command to B");
        assertRefused(() -> send(session, CabinetClient.commandsOf(a)), "cabinet A sends itself a command");
        assertRefused(() -> send(session, CabinetClient.commandsOf("CAB-NEW-" + suffix)),
            "cabinet A creates a command queue");
        assertRefused(() -> session.createConsumer(session.createQueue(CabinetClient.COMMANDS_PREFIX + "#")),
            "cabinet A reads every cabinet's commands through a wildcard");
        assertRefused(() -> session.createConsumer(session.createQueue(PracticeClient.EVENTS)), "cabinet reads pims");
        assertRefused(() -> session.createConsumer(session.createQueue(CabinetClient.EVENTS)), "cabinet reads events");
        assertRefused(() -> send(session, PracticeClient.EVENTS), "cabinet sends to pims");

        String impostor = ContractMessages.newMessageId();
        try (MessageProducer producer = session.createProducer(session.createQueue(CabinetClient.EVENTS))) {
          TextMessage claim = session.createTextMessage(ContractMessages.dispense(impostor, b, "T-" + impostor, 1));
          claim.setStringProperty("cabinetId", b);
          producer.send(claim);
        }
        Map<String, Object> refused = db.awaitEvent(impostor);
        assertEquals("REJECTED", refused.get("status"), refused.toString());
        assertEquals(a, refused.get("cabinet_code"), "recorded against the cabinet that sent it");
        assertTrue(((String) refused.get("error")).contains("a cabinet may only speak for itself"), refused.toString());
        JsonObject toImpostor = cabinets.awaitAcknowledgement(a, impostor, Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no answer to the cabinet that sent " + impostor));
        assertFalse(toImpostor.getBoolean("accepted"), toImpostor::toString);
      }
      JsonObject answer = cabinets.awaitAcknowledgement(b, toB, Duration.ofSeconds(30))
          .orElseThrow(() -> new AssertionError("B's command was taken by someone else"));
      assertFalse(answer.getBoolean("accepted"), answer::toString);
    }
    try (Connection pims = connect(url, "pims", env.property("broker.pims.password"))) {
      Session session = pims.createSession(false, Session.AUTO_ACKNOWLEDGE);
      assertRefused(() -> session.createConsumer(session.createQueue(PracticeClient.EVENTS)), "pims reads pims");
      assertRefused(() -> session.createConsumer(session.createQueue(CabinetClient.commandsOf(a))),
          "pims reads commands");
      assertRefused(() -> send(session, CabinetClient.EVENTS), "pims sends cabinet events");
      assertRefused(() -> send(session, CabinetClient.commandsOf(a)), "pims sends commands");
    }
  }

  private static Connection connect(String url, String user, String password) throws JMSException {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
    factory.setReconnectAttempts(0);
    return factory.createConnection();
  }

  private static Object send(Session session, String queue) throws JMSException {
    try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
      producer.send(session.createTextMessage("{}"));
    }
    return null;
  }

  private interface JmsCall {
    Object run() throws JMSException;
  }

  private static void assertRefused(JmsCall call, String what) {
    JMSSecurityException refused = assertThrows(JMSSecurityException.class, call::run, what);
    assertTrue(refused.getMessage().contains("does not have permission"), what + ": " + refused.getMessage());
  }

  // ---- monitoring

  @Test
  void healthMetricsAndStatusRevealNoPatientData() throws Exception {
    Scenario s;
    try (PracticeClient practice = env.practice()) {
      s = Scenario.create(practice, db);
    }
    HttpClient http = HttpClient.newHttpClient();
    for (String url : List.of(env.serverUrl() + "/health", env.serverUrl() + "/health/ready",
        env.serverUrl() + "/metrics", env.serverUrl() + "/openapi", env.appUrl() + "/api/status")) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), url);
      for (String secret : List.of(s.patient, s.client, s.consult, s.cabinet, s.product, "Rex", "Ann Owner",
          "ID-" + s.client, "@example.org")) {
        assertFalse(response.body().contains(secret), url + " shows " + secret);
      }
    }
  }
}
