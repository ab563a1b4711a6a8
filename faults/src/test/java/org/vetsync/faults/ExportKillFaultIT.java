package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;

/**
 * Test 6: the server is killed with -9 half-way through a pharmacy export. After the restart the run resumes from its
 * last committed batch; the pharmacy receives every client once. Uses only what staff and the pharmacy see (the
 * staff API and the export queue), not the export's internals.
 */
class ExportKillFaultIT {

  private static final int CLIENTS = 3000;

  /** Answers Payara's security layer gave instead of vetsync's (see {@link #run}). */
  private int callerLost;

  @Test
  @Tag("long")
  void exportKilledHalfWayResumesWithoutDuplicates() {
    FaultStack stack = FaultStack.get();
    String prefix = Tags.unique("EXP").toUpperCase() + "-";
    try (PracticeClient practice = stack.env.practice()) {
      for (int i = 0; i < CLIENTS; i++) {
        practice.client(prefix + i, "Client " + i, "ID-" + prefix + i);
      }
    }
    Poll.until("the practice system's clients to be recorded", Duration.ofMinutes(5), () ->
        ((Number) stack.db.value("select count(*) from client where pims_id like ?", prefix + "%")).intValue()
            == CLIENTS ? Optional.of(true) : Optional.empty());
    drain(stack);

    ConsoleClient admin = admin(stack);
    HttpResponse<String> started = admin.act("pharmacy/exports", null);
    assertEquals(200, started.statusCode(), started.body());
    long runId = json(started.body()).getJsonNumber("runId").longValue();
    JsonObject atKill = Poll.until("export run " + runId + " to be under way", Duration.ofMinutes(3), () ->
        run(admin, runId).filter(run -> run.getJsonNumber("clientsDone").longValue() > 0));
    stack.micro.kill();
    long total = atKill.getJsonNumber("clientsTotal").longValue();
    long doneAtKill = atKill.getJsonNumber("clientsDone").longValue();
    assertTrue(doneAtKill < total, "the export was still running when the server was killed: " + atKill);

    double restart = stack.micro.start();
    long resumed = System.nanoTime();
    ConsoleClient again = admin(stack);
    JsonObject finished = Poll.until("export run " + runId + " to complete after the restart", Duration.ofMinutes(5),
        () -> run(again, runId).filter(run -> run.getString("status").equals("COMPLETE")));
    double completion = (System.nanoTime() - resumed) / 1e9;

    Map<String, Integer> received = new HashMap<>();
    int batches = receiveBatches(stack, runId, prefix, received);
    long duplicates = received.values().stream().filter(n -> n > 1).count();
    long missing = CLIENTS - received.size();
    Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("clients", CLIENTS);
    figures.put("clientsInRun", total);
    figures.put("clientsDoneAtKill", doneAtKill);
    figures.put("batchesReceived", batches);
    figures.put("clientsReceived", received.size());
    figures.put("missing", missing);
    figures.put("duplicates", duplicates);
    figures.put("restartSeconds", Math.round(restart * 10) / 10.0);
    figures.put("secondsToCompleteAfterRestart", Math.round(completion * 10) / 10.0);
    figures.put("answersWithoutTheCaller", callerLost);
    String line = Outcome.report("export-kill", figures);
    assertEquals("COMPLETE", finished.getString("status"), line);
    assertEquals(0, missing, line);
    assertEquals(0, duplicates, line);
  }

  /** Consumes the export queue as the pharmacy would, counting this run's records per client. */
  private static int receiveBatches(FaultStack stack, long runId, String prefix, Map<String, Integer> received) {
    ActiveMQConnectionFactory factory =
        new ActiveMQConnectionFactory(stack.env.property("broker.url"), "admin",
            stack.env.property("broker.admin.password"));
    int batches = 0;
    try (Connection connection = factory.createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageConsumer consumer = session.createConsumer(session.createQueue("vetsync.pharmacy.export"));
      TextMessage message;
      while ((message = (TextMessage) consumer.receive(3000)) != null) {
        JsonObject batch = json(message.getText());
        if (batch.getJsonNumber("runId").longValue() != runId) {
          continue;
        }
        batches++;
        batch.getJsonArray("records").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("clientId"))
            .filter(id -> id.startsWith(prefix))
            .forEach(id -> received.merge(id, 1, Integer::sum));
      }
      return batches;
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot read the export queue: " + e.getMessage(), e);
    } finally {
      factory.close();
    }
  }

  /** Empties the export queue of earlier runs' batches, so this run's are all that is counted. */
  private static void drain(FaultStack stack) {
    receiveBatches(stack, -1, "", new HashMap<>());
  }

  private static ConsoleClient admin(FaultStack stack) {
    ConsoleClient admin = new ConsoleClient(stack.env.appUrl());
    admin.login("/console/events.xhtml", "admin", stack.env.consoleAdminPassword());
    return admin;
  }

  /**
   * The run as the staff API reports it; empty when the answer is not vetsync's JSON but one Payara's security layer
   * made up (its own 403 or 404 page, or an empty 200) for a logged-in caller: Payara 6.2025.10 shares one default
   * security context between threads and clears it when any request or timer ends, so a request arriving at that
   * moment is seen without its caller (upstream issues 6145 and FISH-7515, fixed after this release, the newest
   * Payara 6 on Maven Central). Asked again it answers; every such answer is counted in the figures.
   */
  private Optional<JsonObject> run(ConsoleClient client, long runId) {
    HttpResponse<String> response = client.read("pharmacy/exports/" + runId);
    boolean fromVetsync = response.body().startsWith("{");
    if (!fromVetsync && (response.statusCode() == 403 || response.statusCode() == 404 || response.body().isEmpty())) {
      callerLost++;
      return Optional.empty();
    }
    assertTrue(response.statusCode() == 200 && fromVetsync, () -> "HTTP " + response.statusCode()
        + ": " + response.body().substring(0, Math.min(300, response.body().length())));
    return Optional.of(json(response.body()));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
