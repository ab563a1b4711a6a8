package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/** A cabinet's message through the real broker into the database, and the answer back to the cabinet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CabinetEventIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private CabinetClient cabinet;

  @BeforeEach
  void connect() {
    for (String code : new String[] {"CAB-A", "CAB-DUP", "CAB-DBDOWN"}) {
      Scenario.registerCabinet(env, code);
    }
    cabinet = env.cabinet();
  }

  @AfterEach
  void disconnect() {
    cabinet.close();
  }

  @Test
  void aDispenseIsRecordedAndAcknowledged() {
    String id = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.dispense(id, "CAB-A", "T-" + id, 2), "CAB-A");

    JsonObject ack = awaitAck("CAB-A", id);
    assertTrue(ack.getBoolean("accepted"), ack::toString);
    assertFalse(ack.getBoolean("duplicate"));
    assertEquals("ACKNOWLEDGEMENT", ack.getString("type"));

    Map<String, Object> row = eventsWithMessageId(id).get(0);
    assertEquals("DISPENSE", row.get("event_type"));
    assertEquals("INBOUND", row.get("direction"));
    assertEquals("UNALLOCATED", row.get("status"), "nothing it names exists: an orphan for staff");
    assertTrue(((String) row.get("error")).startsWith("Unknown product"), (String) row.get("error"));
    assertEquals("CAB-A", row.get("cabinet_code"));
    assertTrue(((String) row.get("payload")).contains("T-" + id), "raw payload is kept");
  }

  @Test
  void malformedJsonIsKeptAsARejectedEventAndAnsweredOnce() {
    String garbage = "{\"messageId\": \"oops\", \"type\": DISPENSE" + ContractMessages.newMessageId();
    String cabinetId = "CAB-MAL-" + ContractMessages.newMessageId().substring(0, 8);
    cabinet.send(garbage, cabinetId);

    JsonObject ack = awaitAck(cabinetId, null);
    assertFalse(ack.getBoolean("accepted"));
    assertTrue(ack.getString("reason").startsWith("Malformed JSON"), ack::toString);

    List<Map<String, Object>> rows =
        Poll.until(
            "the rejected event",
            WAIT,
            () -> {
              List<Map<String, Object>> found = db.query("select * from sync_event where payload = ?", garbage);
              return found.isEmpty() ? Optional.empty() : Optional.of(found);
            });
    assertEquals(1, rows.size(), "recorded once, not once per redelivery");
    assertEquals("REJECTED", rows.get(0).get("status"));
    assertEquals(cabinetId, rows.get(0).get("cabinet_code"));
    assertTrue(((String) rows.get(0).get("error")).startsWith("Malformed JSON"));
    assertEquals(1, ((Number) rows.get(0).get("attempts")).intValue(), "never looped through redelivery");
  }

  @Test
  void theSameMessageSentTwiceIsRecordedAsADuplicate() {
    String id = ContractMessages.newMessageId();
    String dispense = ContractMessages.dispense(id, "CAB-DUP", "T-" + id, 1);
    cabinet.send(dispense, "CAB-DUP");
    assertTrue(awaitAck("CAB-DUP", id).getBoolean("accepted"));
    cabinet.send(dispense, "CAB-DUP");

    JsonObject second = awaitAck("CAB-DUP", id);
    assertTrue(second.getBoolean("duplicate"), second::toString);

    List<Map<String, Object>> rows = eventsWithMessageId(id);
    assertEquals(2, rows.size());
    assertEquals("UNALLOCATED", rows.get(0).get("status"));
    assertEquals("REJECTED", rows.get(1).get("status"));
    assertTrue(((String) rows.get(1).get("error")).startsWith("Duplicate of sync event " + rows.get(0).get("id")));
  }

  @Test
  void aDatabaseFailureRollsBackAndTheBrokerRedeliversUntilItWorks() throws InterruptedException {
    String id = ContractMessages.newMessageId();
    db.execute("alter table sync_event rename to sync_event_offline");
    try {
      cabinet.send(ContractMessages.dispense(id, "CAB-DBDOWN", "T-" + id, 1), "CAB-DBDOWN");
      // first delivery and the first redeliveries (1 s, 2 s back-off) fail while the table is away
      Thread.sleep(4_000);
      assertTrue(
          cabinet.awaitAcknowledgement("CAB-DBDOWN", id, Duration.ofMillis(200)).isEmpty(),
          "no acknowledgement may leave while the database write failed");
    } finally {
      db.execute("alter table sync_event_offline rename to sync_event");
    }

    JsonObject ack = awaitAck("CAB-DBDOWN", id);
    assertTrue(ack.getBoolean("accepted"));
    Map<String, Object> row = eventsWithMessageId(id).get(0);
    assertEquals("UNALLOCATED", row.get("status"));
    assertTrue(((Number) row.get("attempts")).intValue() > 1, "stored on a redelivery: " + row.get("attempts"));
    assertEquals(1, eventsWithMessageId(id).size());
  }

  private JsonObject awaitAck(String cabinetId, String inReplyTo) {
    Optional<JsonObject> ack =
        inReplyTo == null
            ? cabinet.awaitCommand(cabinetId, null, WAIT)
            : cabinet.awaitAcknowledgement(cabinetId, inReplyTo, WAIT);
    return ack.orElseThrow(() -> new AssertionError("no acknowledgement for " + inReplyTo + " within " + WAIT));
  }

  private List<Map<String, Object>> eventsWithMessageId(String messageId) {
    return db.query("select * from sync_event where message_id = ? order by id", messageId);
  }
}
