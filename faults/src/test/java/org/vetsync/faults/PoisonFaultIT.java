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
 * one delivery (nothing loops, nothing reaches the dead-letter queue), and the good ones are all billed once. The good
 * events' rate with and without poison is reported, not asserted: a figure for docs/RELIABILITY.md, not a timed test.
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
    long deadLettersBefore = stack.management.messagesAdded(Outcome.DLQ);
    // a just-started server runs twice as fast after its first few hundred events: warm it up first, so that the
    // rates below compare poison with no poison, not a cold server with a warm one
    Stream warmUp = stream(stack, "poison-warm-up", false);
    Stream mixed = stream(stack, "poison", true);
    Stream clean = stream(stack, "poison-baseline", false);

    int reasoned = 0;
    for (Sent sent : mixed.poison) {
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
    Outcome outcome = mixed.outcome;
    outcome.figures.put("poisonSent", mixed.poison.size());
    outcome.figures.put("poisonRecordedWithReason", reasoned);
    outcome.figures.put("deadLettered", deadLetters);
    outcome.figures.put("goodEventsPerSecondWithoutPoison", clean.goodEventsPerSecond());
    outcome.figures.put("goodEventsPerSecondWithPoison", mixed.goodEventsPerSecond());
    String line = outcome.report("poison");
    String baseline = clean.outcome.report("poison-baseline");
    assertEquals(0, deadLetters, line);
    assertTrue(warmUp.outcome.exactlyOnce() && clean.outcome.exactlyOnce(), "the streams without poison: "
        + warmUp.outcome.report("poison-warm-up") + "; " + baseline);
    assertTrue(outcome.exactlyOnce(), line);
  }

  /** 500 good dispenses sent one after the other, with a poison message after every 25th if asked, until drained. */
  private static Stream stream(FaultStack stack, String name, boolean withPoison) {
    Ward ward = Ward.open(stack, 4);
    String tag = Tags.unique(name);
    DispenseLoad load = new DispenseLoad(stack, ward, tag, 500);
    List<Sent> poison = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < load.events.size(); i++) {
      DispenseLoad.Event event = load.events.get(i);
      load.send(event.body(), null);
      load.confirmed.add(event.messageId());
      if (withPoison && i % 25 == 12) {
        Poison kind = Poison.values()[poison.size() % Poison.values().length];
        String messageId = ContractMessages.newMessageId();
        load.send(body(kind, messageId, ward, tag + "-" + poison.size()), null);
        poison.add(new Sent(kind, messageId));
      }
    }
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(4));
    return new Stream(outcome, poison, load.events.size(), (System.nanoTime() - began) / 1e9);
  }

  /** From the first send until every good event was recorded and the queue was empty. */
  private record Stream(Outcome outcome, List<Sent> poison, int goodEvents, double seconds) {
    double goodEventsPerSecond() {
      return Math.round(goodEvents / seconds * 10) / 10.0;
    }
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
