package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.Poll;

/**
 * Test 4: vetsync's database refuses connections for 60 s mid-stream. Deliveries fail and the broker retries them
 * with back-off (1 s doubling, 12 attempts, about 5 minutes), so none reaches the dead-letter queue within an outage
 * that short; the backlog drains once the database is back, and every event is billed once.
 */
class DatabaseDownFaultIT {

  private static final Duration OUTAGE = Duration.ofSeconds(60);

  @Test
  @Tag("long")
  void databaseDownForAMinute() {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 8);
    DispenseLoad load = new DispenseLoad(stack, ward, Tags.unique("database-down"), 1000);
    long deadLettersBefore = stack.management.messagesAdded(Outcome.DLQ);
    Thread cabinet = load.sendInBackground(50);
    Poll.until("vetsync to be working through the stream", Duration.ofMinutes(3),
        () -> load.recorded(stack.db) >= 200 ? Optional.of(true) : Optional.empty());
    stack.refuseDatabase(true);
    long deadLettersDuringOutage;
    try {
      DispenseLoad.pause(OUTAGE.toMillis());
      deadLettersDuringOutage = stack.management.messagesAdded(Outcome.DLQ) - deadLettersBefore;
    } finally {
      stack.refuseDatabase(false);
    }
    BrokerKillFaultIT.join(cabinet);
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(8));
    long deadLetters = stack.management.messagesAdded(Outcome.DLQ) - deadLettersBefore;
    Number mostAttempts = (Number) stack.db.value("select max(attempts) from sync_event where cabinet_code = ? "
        + "and direction = 'INBOUND'", ward.cabinet());
    long retried = ((Number) stack.db.value("select count(*) from sync_event where cabinet_code = ? "
        + "and direction = 'INBOUND' and attempts > 1", ward.cabinet())).longValue();
    outcome.figures.put("outageSeconds", OUTAGE.toSeconds());
    outcome.figures.put("deadLetteredDuringOutage", deadLettersDuringOutage);
    outcome.figures.put("deadLettered", deadLetters);
    outcome.figures.put("eventsRecordedAfterRetries", retried);
    outcome.figures.put("mostDeliveryAttempts", mostAttempts);
    outcome.figures.put("recoverySeconds", outcome.figures.get("drainSeconds"));
    String line = outcome.report("database-down");
    assertEquals(0, deadLetters, line);
    assertTrue(retried > 0, "some deliveries failed during the outage and were retried: " + line);
    assertTrue(mostAttempts.intValue() <= 12, line);
    assertTrue(outcome.exactlyOnce(), line);
  }
}
