package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;

/**
 * A consult's expiry falls due while vetsync is down (killed -9, then restarted a day later by the clock): the due
 * time lives in the database, not in a timer of the dead process, so the restarted server unsyncs the consult from
 * its cabinet, once, and reconciles it, once, however many sweeps run after.
 */
class ExpiryRestartFaultIT {

  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final String SELECT_COMMANDS = "JMSCorrelationID IS NULL";

  @Test
  @Tag("fast")
  void aConsultDueWhileTheServerIsDownExpiresOnceAfterTheRestart() {
    FaultStack stack = FaultStack.get();
    Database db = stack.db;
    Map<String, Object> figures = new LinkedHashMap<>();
    try (PracticeClient practice = stack.env.practice(); CabinetClient cabinet = stack.env.cabinet()) {
      Scenario s = Scenario.create(practice, db);
      db.awaitEvent(practice.itemAdded(s.consult, "I1", s.product, 1)); // planned, never dispensed
      for (int i = 0; i < 2; i++) { // SYNC_CONSULT and SYNC_PROFILE, accepted as a cabinet does
        cabinet.answer(cabinet.nextCommand(s.cabinet, WAIT), true, null);
      }
      Poll.until("the consult synced to its cabinet", WAIT, () -> db.query("select 1 from consult_cabinet k join"
          + " consult c on c.id = k.consult_id where c.pims_id = ? and k.expires_at is not null", s.consult)
          .isEmpty() ? Optional.empty() : Optional.of(true));

      stack.micro.kill();
      db.execute("update clock_adjustment set offset_seconds = " + Duration.ofHours(25).toSeconds() + " where id = 1");
      figures.put("restartSeconds", Math.round(stack.micro.start() * 10) / 10.0);

      JsonObject unsync = Poll.until("Unsync Consult after the restart", WAIT, () -> cabinet
          .awaitCommand(s.cabinet, SELECT_COMMANDS, Duration.ofSeconds(1))
          .filter(c -> c.getString("type").equals("UNSYNC_CONSULT")));
      assertEquals(s.consult, unsync.getString("consultId"));
      cabinet.answer(unsync, true, null);
      long sweeps = count(db, "select runs from scheduled_job where name = 'consult-expiry'");
      Poll.until("two more expiry sweeps", WAIT, () -> count(db, "select runs from scheduled_job"
          + " where name = 'consult-expiry'") >= sweeps + 2 ? Optional.of(true) : Optional.empty());

      figures.put("furtherCommands", cabinet.awaitCommand(s.cabinet, SELECT_COMMANDS, Duration.ofSeconds(3))
          .map(c -> c.getString("type")).orElse("none"));
      figures.put("unsyncRecords", count(db, "select count(*) from sync_event where consult_ref = ?"
          + " and event_type = 'UNSYNC_CONSULT' and direction = 'OUTBOUND'", s.consult));
      figures.put("reconciliationItems", count(db, "select count(*) from reconciliation_item r join consult c"
          + " on c.id = r.consult_id where c.pims_id = ?", s.consult));
      String line = Outcome.report("expiry-restart", figures);
      assertEquals("none", figures.get("furtherCommands"), "one Unsync Consult, no second: " + line);
      assertEquals(1L, figures.get("unsyncRecords"), line);
      assertEquals(1L, figures.get("reconciliationItems"), "planned but never dispensed, reconciled once: " + line);
    } finally {
      db.resetClock();
    }
  }

  private static long count(Database db, String sql, Object... parameters) {
    Number n = (Number) db.value(sql, parameters);
    return n == null ? 0 : n.longValue();
  }
}
