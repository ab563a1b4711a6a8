package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vetsync.testsupport.Browser;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/** The console is behind a login; a staff member who logs in sees the events cabinets sent. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

  private final TestEnvironment env = TestEnvironment.get();

  @Test
  void anAnonymousVisitorGetsTheLoginPage() {
    HttpResponse<String> page = new ConsoleClient(env.appUrl()).get("/console/events.xhtml");
    assertTrue(page.body().contains("j_security_check"), "login form expected");
    assertFalse(page.body().contains("Dispense cabinet events"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    HttpResponse<String> page =
        new ConsoleClient(env.appUrl()).login("/console/events.xhtml", "admin", "not-the-password");
    assertTrue(page.body().contains("Wrong username or password"), page.body());
    assertFalse(page.body().contains("Dispense cabinet events"));
  }

  @Test
  void theFirstAdminLogsInAndSeesTheEventsTable() {
    HttpResponse<String> page =
        new ConsoleClient(env.appUrl()).login("/console/events.xhtml", "admin", env.consoleAdminPassword());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Dispense cabinet events"), page.body());
  }

  @Test
  void inTheBrowserAnAdminSeesAnEventACabinetJustSent() {
    String id = ContractMessages.newMessageId();
    Scenario.registerCabinet(env, "CAB-BROWSER");
    try (CabinetClient cabinet = env.cabinet()) {
      cabinet.send(ContractMessages.dispense(id, "CAB-BROWSER", "T-" + id, 1), "CAB-BROWSER");
      cabinet.awaitAcknowledgement("CAB-BROWSER", id, Duration.ofSeconds(30)).orElseThrow();
    }
    ChromeDriver browser = Browser.start();
    try {
      String table =
          Browser.loginAndFindEvent(
              browser, env.appUrl(), "admin", env.consoleAdminPassword(), id, env.runName());
      assertTrue(table.contains("CAB-BROWSER"), table);
      assertTrue(table.contains("Dispense"), table);
    } finally {
      browser.quit();
    }
  }
}
