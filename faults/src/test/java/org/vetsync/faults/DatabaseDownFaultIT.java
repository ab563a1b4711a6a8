package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.Poll;

/**
 * Test 4: vetsync's database refuses connections mid-stream. Deliveries fail and the broker retries them with back-off
 * (1 s doubling to 60 s, 12 attempts: about 6 minutes), so none reaches the dead-letter queue within the outage; the
 * backlog drains once the database is back, and every event is billed once. The outage begins while transactions are
 * between prepare and commit (FaultStack waits for one), so it leaves PostgreSQL branches prepared, as a real one does
 * under load; they must be completed, not left holding their consults' locks (D4, D9).
 */
class DatabaseDownFaultIT {

  /** How StrandedBranchRecovery's lines begin: each is one of its passes that found branches stranded. */
  private static final String RECOVERED = "Transaction recovery: ";

  @Test
  @Tag("long")
  void databaseDownForAMinute() {
    outage(Duration.ofSeconds(60), "database-down");
  }

  /**
   * Long enough that the transaction manager's own retry of the cut transactions runs while the database is still
   * away: it is not repeated, so only vetsync's stranded-branch recovery completes them (D9).
   */
  @Test
  @Tag("long")
  void databaseDownForThreeMinutes() {
    outage(Duration.ofSeconds(180), "database-down-3min");
  }

  private static void outage(Duration outage, String test) {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 8);
    DispenseLoad load = new DispenseLoad(stack, ward, Tags.unique(test), 1000);
    long deadLettersBefore = stack.management.messagesAdded(Outcome.DLQ);
    long recoveriesBefore = stack.micro.logLines(RECOVERED);
    Thread cabinet = load.sendInBackground(50);
    Poll.until("vetsync to be working through the stream", Duration.ofMinutes(3),
        () -> load.recorded(stack.db) >= 200 ? Optional.of(true) : Optional.empty());
    stack.refuseDatabase(true);
    long deadLettersDuringOutage;
    long branchesCut;
    try {
      DispenseLoad.pause(1000);
      branchesCut = stack.preparedDatabaseTransactions();
      DispenseLoad.pause(outage.toMillis() - 1000);
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
    outcome.figures.put("outageSeconds", outage.toSeconds());
    outcome.figures.put("branchesLeftPreparedByTheCut", branchesCut);
    outcome.figures.put("deadLetteredDuringOutage", deadLettersDuringOutage);
    outcome.figures.put("deadLettered", deadLetters);
    outcome.figures.put("eventsRecordedAfterRetries", retried);
    outcome.figures.put("mostDeliveryAttempts", mostAttempts);
    outcome.figures.put("recoverySeconds", outcome.figures.get("drainSeconds"));
    outcome.figures.put("strandedBranchRecoveries", stack.micro.logLines(RECOVERED) - recoveriesBefore);
    String line = outcome.report(test);
    assertEquals(0, deadLetters, line);
    assertTrue(retried > 0, "some deliveries failed during the outage and were retried: " + line);
    assertTrue(mostAttempts.intValue() <= 12, line);
    assertTrue(outcome.exactlyOnce(), line);
  }
}
