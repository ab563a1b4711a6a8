package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * A consult a cabinet holds expires 24 h after its sync: vetsync reconciles it, sends Unsync Consult once, and fails
 * commands no cabinet acknowledged. Time is moved forward (clock_adjustment), not slept through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultExpiryIT {

  private static final Duration WAIT = Duration.ofSeconds(40);

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private PracticeClient practice;
  private CabinetClient cabinet;
  private Scenario s;

  @BeforeEach
  void setUp() {
    practice = env.practice();
    cabinet = env.cabinet();
    s = Scenario.create(practice, db);
  }

  @AfterEach
  void tearDown() {
    db.resetClock();
    practice.close();
    cabinet.close();
  }

  @Test
  void anExpiredConsultIsReconciledUnsyncedOnceAndUnansweredCommandsFail() {
    // dispenses of one product fill its items in order: D1 and D2 go to I1, D3 to I2, D4 to I3, nothing to I4
    db.awaitEvent(practice.itemAdded(s.consult, "I1", s.product, 2)); // dispensed and billed: adds up
    db.awaitEvent(practice.itemAdded(s.consult, "I2", s.product, 1)); // dispensed, its billing lost: not billed
    db.awaitEvent(practice.itemAdded(s.consult, "I3", s.product, 1)); // dispensed, billed three times over
    db.awaitEvent(practice.itemAdded(s.consult, "I4", s.product, 1)); // never dispensed
    answer(nextCommand()); // SYNC_CONSULT
    answer(nextCommand()); // SYNC_PROFILE I1
    answer(nextCommand()); // SYNC_PROFILE I2
    answer(nextCommand()); // SYNC_PROFILE I3
    JsonObject unanswered = nextCommand(); // SYNC_PROFILE I4: the cabinet never answers it
    for (String d : new String[] {"D1-", "D2-", "D3-", "D4-"}) {
      db.awaitEvent(dispense(d + s.consult, 1));
    }
    Poll.until("four invoice lines", WAIT, () -> count("select count(*) from invoice_line l join consult c"
        + " on c.id = l.consult_id where c.pims_id = ?", s.consult) == 4 ? Optional.of(true) : Optional.empty());
    db.execute("delete from invoice_line where source_dispense_id = (select id from dispense where transaction_id = 'TX-D3-"
        + s.consult + "')");
    db.execute("update invoice_line set quantity = 3 where source_dispense_id = (select id from dispense"
        + " where transaction_id = 'TX-D4-" + s.consult + "')");

    db.execute("update clock_adjustment set offset_seconds = " + Duration.ofHours(25).toSeconds() + " where id = 1");

    JsonObject unsync = Poll.until("UNSYNC_CONSULT for the expired consult", WAIT, () ->
        cabinet.awaitCommand(s.cabinet, "JMSCorrelationID IS NULL", Duration.ofSeconds(1))
            .filter(c -> c.getString("type").equals("UNSYNC_CONSULT")));
    assertEquals("EXPIRED", unsync.getString("reason"));
    assertEquals(s.consult, unsync.getString("consultId"));
    assertNotNull(db.value("select s.unsynced_at from consult_cabinet s join consult c on c.id = s.consult_id"
        + " where c.pims_id = ?", s.consult));

    Map<String, String> worklist = db.query("select i.pims_id, r.kind from reconciliation_item r"
        + " join consult_item i on i.id = r.consult_item_id join consult c on c.id = r.consult_id where c.pims_id = ?",
        s.consult).stream().collect(Collectors.toMap(r -> (String) r.get("pims_id"), r -> (String) r.get("kind")));
    assertEquals(Map.of("I2", "DISPENSED_NOT_BILLED", "I3", "BILLED_MORE_THAN_DISPENSED",
        "I4", "PLANNED_NOT_DISPENSED"), worklist, "I1 adds up and is not listed");

    ConsoleClient staff = new ConsoleClient(env.appUrl());
    staff.login("/console/events.xhtml", "admin", env.consoleAdminPassword());
    long notBilled = count("select r.id from reconciliation_item r join consult_item i on i.id = r.consult_item_id"
        + " join consult c on c.id = r.consult_id where c.pims_id = ? and i.pims_id = 'I2'", s.consult);
    assertEquals(409, staff.act("reconciliation/" + notBilled + "/resolve", "{}").statusCode(), "needs a resolution");
    assertEquals(200, staff.act("reconciliation/" + notBilled + "/resolve",
        "{\"resolution\": \"billed by hand on invoice 4711\"}").statusCode());
    assertEquals("RESOLVED", db.value("select status from reconciliation_item where id = ?", notBilled));
    assertEquals("admin", db.value("select resolved_by from reconciliation_item where id = ?", notBilled));

    Poll.until("the unanswered command to fail", WAIT, () -> "FAILED".equals(db.value(
        "select status from sync_event where message_id = ?", unanswered.getString("messageId")))
        ? Optional.of(true) : Optional.empty());
    assertTrue(((String) db.value("select error from sync_event where message_id = ?",
        unanswered.getString("messageId"))).startsWith("No acknowledgement from cabinet " + s.cabinet));

    long runs = expiryRuns();
    Poll.until("two more expiry sweeps", WAIT, () -> expiryRuns() >= runs + 2 ? Optional.of(true) : Optional.empty());
    assertEquals(1L, count("select count(*) from sync_event where consult_ref = ? and event_type = 'UNSYNC_CONSULT'",
        s.consult), "expiry fires once");
    assertEquals(3L, count("select count(*) from reconciliation_item r join consult c on c.id = r.consult_id"
        + " where c.pims_id = ?", s.consult), "and reconciles once");
  }

  @Test
  void aConsultTheCabinetDroppedItselfIsUnsyncedWithoutASecondCommand() {
    db.awaitEvent(practice.itemAdded(s.consult, "I1", s.product, 1));
    answer(nextCommand());
    answer(nextCommand());
    String dropped = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.unsyncConsult(dropped, s.cabinet, s.consult), s.cabinet);
    assertEquals("COMPLETE", db.awaitEvent(dropped).get("status"));
    assertNotNull(db.value("select s.unsynced_at from consult_cabinet s join consult c on c.id = s.consult_id"
        + " where c.pims_id = ?", s.consult));
    db.execute("update clock_adjustment set offset_seconds = " + Duration.ofHours(25).toSeconds() + " where id = 1");
    long runs = expiryRuns();
    Poll.until("two more expiry sweeps", WAIT, () -> expiryRuns() >= runs + 2 ? Optional.of(true) : Optional.empty());
    assertEquals(0L, count("select count(*) from sync_event where consult_ref = ? and event_type = 'UNSYNC_CONSULT'"
        + " and direction = 'OUTBOUND'", s.consult));
  }

  /**
   * Nothing but the database says when a consult expires: a due time moved there, with the clock left alone, is what
   * the sweep acts on. So a restarted server (or another instance), which never saw the sync, expires it on time.
   */
  @Test
  void theSweepTakesDueTimesFromTheDatabaseOnly() {
    db.awaitEvent(practice.itemAdded(s.consult, "I1", s.product, 1));
    answer(nextCommand()); // SYNC_CONSULT
    answer(nextCommand()); // SYNC_PROFILE I1
    String due = "select s.expires_at from consult_cabinet s join consult c on c.id = s.consult_id where c.pims_id = ?";
    Poll.until("the consult's due time", WAIT, () -> Optional.ofNullable(db.value(due, s.consult)));
    long runs = expiryRuns();
    Poll.until("two more expiry sweeps", WAIT, () -> expiryRuns() >= runs + 2 ? Optional.of(true) : Optional.empty());
    assertEquals(0L, unsyncCommands(), "not due yet: synced a moment ago");

    assertEquals(1, db.update("update consult_cabinet set expires_at = ? where consult_id = (select id from consult"
        + " where pims_id = ?)", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), s.consult));

    JsonObject unsync = Poll.until("UNSYNC_CONSULT at the due time found in the database", WAIT, () ->
        cabinet.awaitCommand(s.cabinet, "JMSCorrelationID IS NULL", Duration.ofSeconds(1))
            .filter(c -> c.getString("type").equals("UNSYNC_CONSULT")));
    assertEquals("EXPIRED", unsync.getString("reason"));
    long after = expiryRuns();
    Poll.until("two more expiry sweeps", WAIT, () -> expiryRuns() >= after + 2 ? Optional.of(true) : Optional.empty());
    assertEquals(1L, unsyncCommands(), "expiry fires once");
  }

  private long unsyncCommands() {
    return count("select count(*) from sync_event where consult_ref = ? and event_type = 'UNSYNC_CONSULT'"
        + " and direction = 'OUTBOUND'", s.consult);
  }

  private long expiryRuns() {
    return count("select runs from scheduled_job where name = 'consult-expiry'");
  }

  private long count(String sql, Object... parameters) {
    return ((Number) db.value(sql, parameters)).longValue();
  }

  private String dispense(String transactionSuffix, int quantity) {
    String messageId = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("DISPENSE", messageId, s.cabinet, "TX-" + transactionSuffix, s.consult,
        s.product, quantity), s.cabinet);
    return messageId;
  }

  private JsonObject nextCommand() {
    return cabinet.awaitCommand(s.cabinet, "JMSCorrelationID IS NULL", WAIT)
        .orElseThrow(() -> new AssertionError("no command for " + s.cabinet));
  }

  private void answer(JsonObject command) {
    cabinet.send(ContractMessages.acknowledgement(s.cabinet, command.getString("messageId"), true, null), s.cabinet);
  }
}
