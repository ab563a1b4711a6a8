package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Poll;

/**
 * Test 5: the same dispense arriving more than once, every way it happens: a cabinet resending with the same messageId
 * (with and without the broker's duplicate-detection id), the broker redelivering what was in flight when it died, a
 * cabinet resending everything after vetsync crashed, and a cabinet re-issuing a transaction under a new messageId.
 * Each dispense is billed once.
 */
class DuplicatesFaultIT {

  @Test
  @Tag("long")
  void everyKindOfRepeatIsBilledOnce() {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 4);
    DispenseLoad load = new DispenseLoad(stack, ward, Tags.unique("duplicates"), 600);
    int withBrokerId = 0;
    int reissued = 0;

    // resent at once with the same messageId: every 5th as vetsync sees it, every 7th carrying _AMQ_DUPL_ID both times
    for (int i = 0; i < 300; i++) {
      DispenseLoad.Event event = load.events.get(i);
      String brokerId = i % 7 == 0 ? event.messageId() : null;
      load.send(event.body(), brokerId);
      load.confirmed.add(event.messageId());
      if (i % 5 == 0 || brokerId != null) {
        load.send(event.body(), brokerId);
        load.repeats.incrementAndGet();
        withBrokerId += brokerId != null ? 1 : 0;
      }
    }
    // the broker dies with deliveries in flight: what was not committed is delivered again
    Poll.until("vetsync to be working through the first events", Duration.ofMinutes(2),
        () -> load.recorded(stack.db) >= 100 ? Optional.of(true) : Optional.empty());
    stack.broker.kill();
    stack.broker.start();
    // vetsync crashes once it has recorded them (a crash with transactions in flight: ServerKillFaultIT); the cabinet,
    // having missed the acknowledgements, resends everything so far while vetsync is down
    Poll.until("the first 300 events to be recorded", Duration.ofMinutes(4),
        () -> load.recorded(stack.db) >= 300 ? Optional.of(true) : Optional.empty());
    stack.micro.kill();
    for (int i = 0; i < 300; i++) {
      load.send(load.events.get(i).body(), null);
      load.repeats.incrementAndGet();
    }
    stack.micro.start();
    // the rest, and 50 earlier transactions re-issued under new messageIds
    for (int i = 300; i < load.events.size(); i++) {
      DispenseLoad.Event event = load.events.get(i);
      load.send(event.body(), null);
      load.confirmed.add(event.messageId());
      if (i % 6 == 0) {
        DispenseLoad.Event earlier = load.events.get(i - 300);
        load.send(ContractMessages.transaction("DISPENSE", ContractMessages.newMessageId(), ward.cabinet(),
            earlier.transactionId(), earlier.consultId(), ward.scenario.product, 1), null);
        reissued++;
      }
    }
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(4));
    long rejectedRepeats = ((Number) stack.db.value("select count(*) from sync_event where cabinet_code = ? "
        + "and direction = 'INBOUND' and status = 'REJECTED'", ward.cabinet())).longValue();
    outcome.figures.put("repeatsCarryingBrokerDuplicateId", withBrokerId);
    outcome.figures.put("reissuedUnderNewMessageId", reissued);
    outcome.figures.put("repeatsRecordedAsDuplicates", rejectedRepeats);
    String line = outcome.report("duplicates");
    assertTrue(outcome.exactlyOnce(), line);
    assertTrue(rejectedRepeats >= reissued, "each re-issued transaction is kept as a rejected duplicate: " + line);
    assertEquals(load.events.size(), ((Number) outcome.figures.get("invoiceLines")).intValue(), line);
  }
}
