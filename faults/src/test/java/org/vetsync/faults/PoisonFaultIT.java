package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.ContractMessages;

/**
 * Test 3: poison messages mixed into a stream of good dispenses. Each is kept as a sync event with its reason, after
 * one delivery (nothing loops, nothing reaches the dead-letter queue), and the good ones are all billed once.
 */
class PoisonFaultIT {

  private enum Poison {
    MALFORMED_JSON, WRONG_SCHEMA, UNKNOWN_CONSULT, NEGATIVE_QUANTITY, HUGE_PAYLOAD
  }

  private record Sent(Poison kind, String messageId) {}

  @Test
  @Tag("fast")
  void poisonIsRecordedWithItsReasonAndTheRestFlows() {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 4);
    String tag = Tags.unique("poison");
    DispenseLoad load = new DispenseLoad(stack, ward, tag, 500);
    long deadLettersBefore = stack.management.messagesAdded(Outcome.DLQ);
    List<Sent> poison = new ArrayList<>();
    for (int i = 0; i < load.events.size(); i++) {
      DispenseLoad.Event event = load.events.get(i);
      load.send(event.body(), null);
      load.confirmed.add(event.messageId());
      if (i % 25 == 12) {
        Poison kind = Poison.values()[poison.size() % Poison.values().length];
        String messageId = ContractMessages.newMessageId();
        load.send(body(kind, messageId, ward, tag + "-" + poison.size()), null);
        poison.add(new Sent(kind, messageId));
      }
    }
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(4));

    int reasoned = 0;
    for (Sent sent : poison) {
      List<Map<String, Object>> rows = stack.db.query(
          "select status, error, attempts from sync_event where direction = 'INBOUND' and payload like ?",
          "%" + sent.messageId() + "%");
      assertEquals(1, rows.size(), sent + " is kept once: " + rows);
      Map<String, Object> row = rows.get(0);
      String expectedStatus = sent.kind() == Poison.UNKNOWN_CONSULT ? "UNALLOCATED" : "REJECTED";
      assertEquals(expectedStatus, row.get("status"), sent + ": " + row);
      assertTrue(row.get("error") != null && !((String) row.get("error")).isBlank(), sent + " has a reason: " + row);
      assertEquals(1, ((Number) row.get("attempts")).intValue(), sent + " was delivered once, not looped: " + row);
      reasoned++;
    }
    long deadLetters = stack.management.messagesAdded(Outcome.DLQ) - deadLettersBefore;
    outcome.figures.put("poisonSent", poison.size());
    outcome.figures.put("poisonRecordedWithReason", reasoned);
    outcome.figures.put("deadLettered", deadLetters);
    String line = outcome.report("poison");
    assertEquals(0, deadLetters, line);
    assertTrue(outcome.exactlyOnce(), line);
  }

  private static String body(Poison kind, String messageId, Ward ward, String transactionId) {
    String good = ContractMessages.transaction("DISPENSE", messageId, ward.cabinet(), "P-" + transactionId,
        ward.consults.get(0), ward.scenario.product, 1);
    return switch (kind) {
      case MALFORMED_JSON -> good.substring(0, good.length() / 2);
      case WRONG_SCHEMA -> Json.createObjectBuilder(Json.createReader(new StringReader(good)).readObject()).remove("transactionId")
          .add("quantity", "two tablets").build().toString();
      case UNKNOWN_CONSULT -> ContractMessages.transaction("DISPENSE", messageId, ward.cabinet(), "P-" + transactionId,
          "NO-SUCH-CONSULT-" + transactionId, ward.scenario.product, 1);
      case NEGATIVE_QUANTITY -> ContractMessages.transaction("DISPENSE", messageId, ward.cabinet(),
          "P-" + transactionId, ward.consults.get(0), ward.scenario.product, -2);
      case HUGE_PAYLOAD -> ContractMessages.with(good, "notes", "x".repeat(1_100_000));
    };
  }
}
