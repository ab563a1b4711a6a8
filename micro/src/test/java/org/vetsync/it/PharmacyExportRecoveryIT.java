package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.PharmacyClient;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The pharmacy export when things go wrong: a run whose broker dies half-way resumes from its checkpoint and the
 * pharmacy gets every record exactly once; two requests at the same moment make one run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PharmacyExportRecoveryIT {

  /** Ids far above the entity sequence, so these clients come last in the export, after everyone else's. */
  private static final long FIRST_CLIENT = 900_000_000L;
  private static final int CLIENTS = 1500;

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();

  @Test
  void anExportKilledHalfWayResumesFromItsCheckpointAndSendsEveryRecordOnce() {
    ConsoleClient admin = admin();
    awaitNoActiveRun(admin);
    seedClientsWithOnePetEach();
    try (PharmacyClient pharmacy = env.pharmacy()) {
      pharmacy.takeAll(Duration.ofSeconds(1)); // earlier tests' batches
    }
    long held = FIRST_CLIENT + 1200; // at least the third batch: two commit before it
    long runId;
    try {
      try (Database.OpenTransaction stuck = db.begin()) {
        // another session holds the row the export must write for this client: its batch cannot commit
        stuck.update("insert into pharmacy_client_state (client_id, name, sent_at) values (?, 'held', ?)", held,
            OffsetDateTime.now(ZoneOffset.UTC));
        runId = request(admin);
        Poll.until("two batches of run " + runId + " to commit", Duration.ofSeconds(90),
            () -> run(admin, runId).getInt("batches") >= 2 ? Optional.of(true) : Optional.empty());
        // the broker dies with the held batch's message sent but not committed: the XA transaction rolls back
        env.broker().kill();
        JsonObject stopped = run(admin, runId);
        assertEquals("RUNNING", stopped.getString("status"), "stopped half-way, not failed and not finished");
        long checkpoint = ((Number) db.value("select checkpoint_client_id from pharmacy_export_run where id = ?",
            runId)).longValue();
        assertTrue(checkpoint < held, "the checkpoint stays before the batch that did not commit: " + checkpoint);
      }
    } finally {
      env.broker().start();
    }
    JsonObject done = awaitComplete(admin, runId, Duration.ofSeconds(240));

    List<JsonObject> batches;
    try (PharmacyClient pharmacy = env.pharmacy()) {
      batches = pharmacy.takeAll(Duration.ofSeconds(3)).stream()
          .filter(b -> b.getJsonNumber("runId").longValue() == runId).toList();
    }
    assertEquals(done.getInt("batches"), batches.size(), "one message per committed batch");
    assertEquals(IntStream.rangeClosed(1, batches.size()).boxed().toList(),
        batches.stream().map(b -> b.getInt("sequence")).sorted().toList(), "no batch twice, none missing");
    Map<String, Long> perClient = batches.stream()
        .flatMap(b -> b.getJsonArray("records").getValuesAs(JsonObject.class).stream())
        .map(r -> r.getString("clientId"))
        .filter(id -> id.startsWith("RX-"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(CLIENTS, perClient.size(), "every seeded client reached the pharmacy");
    assertEquals(Map.of(), perClient.entrySet().stream().filter(e -> e.getValue() != 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "and none twice");
    assertEquals(CLIENTS, ((Number) db.value("select count(*) from pharmacy_client_state where client_id > ?",
        FIRST_CLIENT)).intValue(), "what was sent is remembered once per client");
  }

  @Test
  void twoRequestsAtTheSameMomentMakeOneRun() throws Exception {
    ConsoleClient first = admin();
    ConsoleClient second = admin();
    awaitNoActiveRun(first);
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Long> one = CompletableFuture.supplyAsync(() -> requestAfter(start, first));
    CompletableFuture<Long> other = CompletableFuture.supplyAsync(() -> requestAfter(start, second));
    start.countDown();
    assertEquals(one.get(), other.get(), "both staff get the same run");
    awaitComplete(first, one.get(), Duration.ofSeconds(90));
    assertEquals(0L, ((Number) db.value("select count(*) from pharmacy_export_run where id > ?", one.get()))
        .longValue(), "no second run");
  }

  private void seedClientsWithOnePetEach() {
    StringBuilder clients = new StringBuilder("insert into client (id, pims_id, name, address, phone, email,"
        + " date_of_birth, sex, id_number, version) values ");
    StringBuilder pets = new StringBuilder("insert into patient (id, pims_id, client_id, name, species, breed,"
        + " date_of_birth, weight_kg, deceased, version) values ");
    for (int n = 1; n <= CLIENTS; n++) {
      long id = FIRST_CLIENT + n;
      String sep = n == 1 ? "" : ",";
      clients.append(sep).append("(").append(id).append(", 'RX-").append(n).append("', 'Client ").append(n)
          .append("', '").append(n).append(" Mill Lane', '555-").append(1000 + n).append("', 'rx").append(n)
          .append("@example.org', DATE '1970-01-01', 'F', 'RXID").append(n).append("', 1)");
      pets.append(sep).append("(").append(id).append(", 'RXP-").append(n).append("', ").append(id)
          .append(", 'Pet ").append(n).append("', 'Canine', 'Beagle', DATE '2018-03-01', 12.5, false, 1)");
    }
    db.execute(clients.toString());
    db.execute(pets.toString());
  }

  private ConsoleClient admin() {
    ConsoleClient admin = new ConsoleClient(env.appUrl());
    admin.login("/console/events.xhtml", "admin", env.consoleAdminPassword());
    return admin;
  }

  private long request(ConsoleClient staff) {
    HttpResponse<String> started = staff.act("pharmacy/exports", null);
    if (started.statusCode() == 403 && !started.body().startsWith("{")) {
      // Payara's own 403 page, not vetsync's refusal: Payara 6.2025.10 now and then loses a logged-in caller's roles
      // when requests arrive at the same moment (upstream issue 6145, fixed after this release); asked again, it is
      // still the same moment for the export, whose run is then under way
      started = staff.act("pharmacy/exports", null);
    }
    assertEquals(200, started.statusCode(), started.body());
    return json(started).getJsonNumber("runId").longValue();
  }

  private long requestAfter(CountDownLatch start, ConsoleClient staff) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return request(staff);
  }

  /** Earlier tests' runs (and the one the schedule starts with the server) are out of the way. */
  private void awaitNoActiveRun(ConsoleClient staff) {
    Poll.until("no export run under way", Duration.ofSeconds(180), () -> ((Number) db.value(
        "select count(*) from pharmacy_export_run where status in ('REQUESTED', 'RUNNING')")).longValue() == 0
        ? Optional.of(true) : Optional.empty());
  }

  private JsonObject awaitComplete(ConsoleClient staff, long runId, Duration timeout) {
    return Poll.until("export run " + runId + " to complete", timeout, () -> {
      JsonObject state = run(staff, runId);
      return state.getString("status").equals("COMPLETE") ? Optional.of(state) : Optional.empty();
    });
  }

  private JsonObject run(ConsoleClient staff, long runId) {
    return json(staff.read("pharmacy/exports/" + runId));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
