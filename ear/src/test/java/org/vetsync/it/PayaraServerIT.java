package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vetsync.testsupport.Browser;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The EAR as hospital IT runs it: Payara Server configured by deploy/payara-server.sh, a standalone broker and
 * PostgreSQL with XA. A cabinet event sent with the Artemis command-line client is stored, answered, and shown in the
 * console, to an HTTP client and in headless Chromium.
 */
class PayaraServerIT {

  private final TestEnvironment env = TestEnvironment.get();

  @Test
  void anEventSentWithTheArtemisClientIsStoredAcknowledgedAndShownInTheConsole() throws Exception {
    assertEquals(200, health().statusCode(), "GET /health");

    String id = ContractMessages.newMessageId();
    Scenario.registerCabinet(env, "CAB-SERVER");
    try (CabinetClient cabinet = env.cabinet()) {
      cabinet.ready("CAB-SERVER");
      sendWithArtemisCli(ContractMessages.dispense(id, "CAB-SERVER", "T-" + id, 3), CabinetClient.userOf("CAB-SERVER"));
      JsonObject ack =
          cabinet
              .awaitAcknowledgement("CAB-SERVER", id, Duration.ofSeconds(30))
              .orElseThrow(() -> new AssertionError("no acknowledgement for " + id));
      assertTrue(ack.getBoolean("accepted"), ack::toString);
    }

    List<Map<String, Object>> rows = env.database().query("select * from sync_event where message_id = ?", id);
    assertEquals(1, rows.size());
    assertEquals("UNALLOCATED", rows.get(0).get("status"), "no such consult: an orphan for staff");
    assertEquals("CAB-SERVER", rows.get(0).get("cabinet_code"));

    HttpResponse<String> console =
        new ConsoleClient(env.appUrl()).login("/console/events.xhtml", "admin", env.consoleAdminPassword());
    assertEquals(200, console.statusCode());
    assertTrue(console.body().contains(id), "the event is listed in the console");

    ChromeDriver browser = Browser.start();
    try {
      String table =
          Browser.loginAndFindEvent(browser, env.appUrl(), "admin", env.consoleAdminPassword(), id, "payara-server");
      assertTrue(table.contains("CAB-SERVER"), table);
    } finally {
      browser.quit();
    }
  }

  /**
   * The safety net of docs/RELIABILITY.md D9 reaches Payara Server's transaction manager (not a public API, found by
   * name): the database-down fault tests prove what it does on Payara Micro.
   */
  @Test
  void strandedBranchRecoveryFindsTheTransactionManager() throws IOException {
    List<String> lines;
    try (Stream<Path> logs = Files.list(Path.of(System.getProperty("vetsync.it.serverlogs")))) {
      lines = logs.filter(log -> log.getFileName().toString().startsWith("server.log"))
          .flatMap(PayaraServerIT::lines)
          .filter(line -> line.contains("Stranded-branch recovery"))
          .toList();
    }
    assertTrue(lines.stream().anyMatch(line -> line.contains("Stranded-branch recovery ready")), lines::toString);
  }

  private static Stream<String> lines(Path log) {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sendWithArtemisCli(String body, String user) throws Exception {
    Process process =
        new ProcessBuilder(
                System.getProperty("vetsync.it.artemis"),
                "producer",
                "--url", env.property("broker.url"),
                "--user", user,
                "--password", env.property("broker.cabinet.password"),
                "--destination", "queue://vetsync.cabinet.events",
                "--message-count", "1",
                "--message", body)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "artemis producer finished");
    assertEquals(0, process.exitValue(), output);
  }

  private HttpResponse<String> health() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(env.serverUrl() + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
