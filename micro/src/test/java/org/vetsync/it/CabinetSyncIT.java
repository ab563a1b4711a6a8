package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * Cabinet sync end to end over the real broker: the practice system's changes become cabinet commands, cabinet
 * dispenses become consult-item updates and invoice lines, exactly once; what matches nothing becomes an orphan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CabinetSyncIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

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
    practice.close();
    cabinet.close();
  }

  @Test
  void aCabinetStockedItemSendsTheConsultOnceThenEachScheduledDispense() {
    practice.itemAdded(s.consult, "I1", s.product, 2);
    JsonObject syncConsult = nextCommand();
    assertEquals("SYNC_CONSULT", syncConsult.getString("type"));
    assertEquals(s.consult, syncConsult.getString("consultId"));
    JsonObject client = syncConsult.getJsonObject("client");
    assertEquals("1980-05-17", client.getString("dateOfBirth"), "client details a cabinet needs are forwarded");
    assertEquals("F", client.getString("sex"));
    assertEquals("ID-" + s.client, client.getString("idNumber"));
    assertEquals("Rex", syncConsult.getJsonObject("patient").getString("name"));

    JsonObject profile = nextCommand();
    assertEquals("SYNC_PROFILE", profile.getString("type"));
    assertEquals("I1", profile.getString("itemId"));
    assertEquals("IC-" + s.product, profile.getString("itemCode"));
    assertEquals(0, new BigDecimal("2").compareTo(profile.getJsonNumber("quantity").bigDecimalValue()));

    practice.itemAdded(s.consult, "I2", s.product, 1);
    assertEquals("SYNC_PROFILE", nextCommand().getString("type"), "the consult is not sent a second time");

    practice.itemAdded(s.consult, "I3", s.unstockedProduct, 1);
    db.awaitEvent(practice.itemRemoved(s.consult, "I2"));
    JsonObject unsync = nextCommand();
    assertEquals("UNSYNC_PROFILE", unsync.getString("type"), "a product in no cabinet sends nothing");
    assertEquals("I2", unsync.getString("itemId"));
    assertEquals(0, unsync.getJsonNumber("quantity").intValue());
  }

  @Test
  void commandsStayProcessingUntilTheCabinetAnswersAndARefusalCanBeRetried() {
    practice.itemAdded(s.consult, "I1", s.product, 2);
    JsonObject syncConsult = nextCommand();
    JsonObject profile = nextCommand();
    assertEquals("PROCESSING", commandStatus(syncConsult));

    answer(syncConsult, true, null);
    answer(profile, false, "Item IC-" + s.product + " is out of stock");
    awaitCommandStatus(syncConsult, "COMPLETE");
    awaitCommandStatus(profile, "FAILED");
    long failedId = ((Number) db.value("select id from sync_event where message_id = ?",
        profile.getString("messageId"))).longValue();
    assertTrue(((String) db.value("select error from sync_event where id = ?", failedId)).contains("out of stock"));

    ConsoleClient staff = staffSession();
    assertEquals(200, staff.act("events/" + failedId + "/retry", null).statusCode());
    JsonObject resent = nextCommand();
    assertEquals("SYNC_PROFILE", resent.getString("type"));
    assertFalse(resent.getString("messageId").equals(profile.getString("messageId")), "a retry has a new messageId");
    answer(resent, true, null);
    Poll.until("the retried command to complete", WAIT, () -> "COMPLETE".equals(
        db.value("select status from sync_event where id = ?", failedId)) ? Optional.of(true) : Optional.empty());
  }

  @Test
  void partialDispensesAddUpAndEachIsBilledOnce() {
    plan("I1", 3);
    String first = dispense("TX-1-" + s.consult, 1);
    assertEquals("COMPLETE", db.awaitEvent(first).get("status"));
    assertEquals("PARTIALLY_DISPENSED", itemStatus("I1"));
    String second = dispense("TX-2-" + s.consult, 2);
    db.awaitEvent(second);
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals(0, new BigDecimal("3").compareTo(billedQuantity()));
    assertEquals(2L, invoiceLines());
  }

  @Test
  void theSameDispenseDeliveredAgainIsNeverBilledTwice() {
    plan("I1", 2);
    String messageId = ContractMessages.newMessageId();
    String body = ContractMessages.transaction("DISPENSE", messageId, s.cabinet, "TX-D-" + s.consult, s.consult,
        s.product, 1);
    cabinet.send(body, s.cabinet);
    assertEquals("COMPLETE", db.awaitEvent(messageId).get("status"));
    cabinet.send(body, s.cabinet); // same messageId: a resend
    String again = ContractMessages.newMessageId(); // a new message for the same cabinet transaction
    cabinet.send(ContractMessages.transaction("DISPENSE", again, s.cabinet, "TX-D-" + s.consult, s.consult,
        s.product, 1), s.cabinet);

    Map<String, Object> repeat = db.awaitEvent(again);
    assertEquals("REJECTED", repeat.get("status"));
    assertTrue(((String) repeat.get("error")).startsWith("Duplicate of cabinet transaction TX-D-"));
    JsonObject ack = cabinet.awaitAcknowledgement(s.cabinet, again, WAIT).orElseThrow();
    assertTrue(ack.getBoolean("duplicate"), "the cabinet is told to stop resending");
    Poll.until("both repeats recorded", WAIT, () -> ((Number) db.value(
        "select count(*) from sync_event where cabinet_code = ? and status = 'REJECTED'", s.cabinet)).intValue() == 2
        ? Optional.of(true) : Optional.empty());
    assertEquals(1L, invoiceLines());
    assertEquals(0, new BigDecimal("1").compareTo(billedQuantity()));
  }

  @Test
  void moreThanPlannedBecomesAnOrphanAndIsNotBilled() {
    plan("I1", 1);
    Map<String, Object> event = db.awaitEvent(dispense("TX-O-" + s.consult, 5));
    assertEquals("UNALLOCATED", event.get("status"));
    assertEquals("QUANTITY_MISMATCH", orphanReason("TX-O-" + s.consult));
    assertEquals(0L, invoiceLines());
    assertEquals("PLANNED", itemStatus("I1"));
  }

  @Test
  void aDispenseWithoutConsultIsAnOrphanUntilStaffMatchItThenBilledOnce() {
    plan("I1", 2);
    String tx = "TX-N-" + s.consult;
    String messageId = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("DISPENSE", messageId, s.cabinet, tx, null, s.product, 2), s.cabinet);
    assertEquals("UNALLOCATED", db.awaitEvent(messageId).get("status"));
    assertEquals("NO_CONSULT", orphanReason(tx));
    long orphan = orphanId(tx);

    ConsoleClient staff = staffSession();
    String match = Json.createObjectBuilder().add("consultId", s.consult).add("itemId", "I1").build().toString();
    assertEquals(200, staff.act("orphans/" + orphan + "/match", match).statusCode());
    HttpResponse<String> twice = staff.act("orphans/" + orphan + "/match", match);
    assertEquals(409, twice.statusCode(), "an orphan is matched once");
    assertTrue(twice.body().contains("already resolved"), twice.body());

    assertEquals(1L, invoiceLines());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("COMPLETE", db.value("select status from sync_event where message_id = ?", messageId));
  }

  @Test
  void aBillingTriggerWaitsUnallocatedUntilStaffAllocateTheTemporaryPatient() {
    plan("I1", 1);
    String messageId = ContractMessages.newMessageId();
    String tx = "TX-T-" + s.consult;
    cabinet.send(ContractMessages.billingTrigger(messageId, s.cabinet, tx, "TMP-" + s.consult, s.product, 1),
        s.cabinet);
    assertEquals("UNALLOCATED", db.awaitEvent(messageId).get("status"));
    assertEquals("TEMPORARY_PATIENT", orphanReason(tx));
    assertEquals(1L, ((Number) db.value("select count(*) from patient where temporary_ref = ? and allocated_to_id is null",
        "TMP-" + s.consult)).longValue());

    String allocation = Json.createObjectBuilder().add("patientId", s.patient).add("consultId", s.consult).build()
        .toString();
    assertEquals(200, staffSession().act("orphans/" + orphanId(tx) + "/allocate", allocation).statusCode());
    assertEquals(1L, invoiceLines());
    assertEquals(1L, ((Number) db.value("select count(*) from patient where temporary_ref = ?"
        + " and allocated_to_id is not null", "TMP-" + s.consult)).longValue(), "kept, and linked to the patient");
  }

  @Test
  void aReturnCreditsTheInvoiceAndWasteIsRecordedWithoutBilling() {
    plan("I1", 2);
    db.awaitEvent(dispense("TX-R1-" + s.consult, 2));
    String back = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("RETURN", back, s.cabinet, "TX-R2-" + s.consult, s.consult, s.product,
        1), s.cabinet);
    assertEquals("COMPLETE", db.awaitEvent(back).get("status"));
    String waste = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("WASTE", waste, s.cabinet, "TX-R3-" + s.consult, s.consult, s.product,
        0.5), s.cabinet);
    assertEquals("COMPLETE", db.awaitEvent(waste).get("status"));
    assertEquals(0, BigDecimal.ONE.compareTo(billedQuantity()), "2 charged, 1 credited, waste not billed");
    Map<String, Object> item = db.query("select * from consult_item where pims_id = 'I1' and consult_id ="
        + " (select id from consult where pims_id = ?)", s.consult).get(0);
    assertEquals(0, BigDecimal.ONE.compareTo((BigDecimal) item.get("returned_quantity")));
    assertEquals(0, new BigDecimal("0.5").compareTo((BigDecimal) item.get("wasted_quantity")));
  }

  @Test
  void concurrentDispensesForOneConsultAreAllCounted() {
    plan("I1", 10);
    String last = null;
    for (int i = 0; i < 10; i++) {
      last = dispense("TX-C" + i + "-" + s.consult, 1);
    }
    Poll.until("ten dispenses processed", WAIT, () -> ((Number) db.value(
        "select count(*) from sync_event where cabinet_code = ? and event_type = 'DISPENSE' and status = 'COMPLETE'",
        s.cabinet)).intValue() == 10 ? Optional.of(true) : Optional.empty());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals(10L, invoiceLines());
    assertEquals(0L, ((Number) db.value("select count(*) from orphan_dispense o join dispense d on d.id = o.dispense_id"
        + " where d.consult_ref = ?", s.consult)).longValue());
  }

  @Test
  void anItemSentJustBeforeItsConsultIsAppliedOnceTheConsultHasArrived() {
    String consult = s.consult + "-SOON";
    String early = practice.itemAdded(consult, "I1", s.product, 1);
    String opened = practice.consultOpened(consult, s.patient); // as a second vetsync instance might apply it first

    assertEquals("COMPLETE", db.awaitEvent(opened).get("status"));
    Map<String, Object> item = db.awaitEvent(early);
    assertEquals("COMPLETE", item.get("status"));
    assertTrue(((Number) item.get("attempts")).intValue() >= 2, "handed back to the broker first: " + item);
    assertEquals(1L, ((Number) db.value("select count(*) from sync_event where message_id = ?", early)).longValue(),
        "nothing kept of the delivery that was handed back");
    assertEquals("PLANNED", db.value("select i.status from consult_item i join consult c on c.id = i.consult_id"
        + " where c.pims_id = ? and i.pims_id = 'I1'", consult));
  }

  @Test
  void anItemArrivingBeforeItsConsultFailsAndSucceedsOnRetry() {
    String consult = s.consult + "-LATE";
    String early = practice.itemAdded(consult, "I1", s.product, 1);
    Map<String, Object> failed = db.awaitEvent(early);
    assertEquals("FAILED", failed.get("status"));
    assertEquals(4, ((Number) failed.get("attempts")).intValue(), "kept as Failed after the broker's deliveries");
    assertTrue(((String) failed.get("error")).contains("not known yet"), (String) failed.get("error"));
    db.awaitEvent(practice.consultOpened(consult, s.patient));

    long id = ((Number) failed.get("id")).longValue();
    assertEquals(200, staffSession().act("events/" + id + "/retry", null).statusCode());
    assertEquals("COMPLETE", db.value("select status from sync_event where id = ?", id));
    assertEquals("SYNC_CONSULT", nextCommand().getString("type"));
  }

  @Test
  void ignoringAnEventNeedsAReasonAndKeepsWhoDidIt() {
    String garbage = "{\"nonsense\": true}";
    practice.sendRaw(garbage);
    long id = Poll.until("the rejected message", WAIT, () -> Optional.ofNullable(
        (Number) db.value("select id from sync_event where payload = ?", garbage))).longValue();
    ConsoleClient admin = staffSession();
    HttpResponse<String> noReason = admin.act("events/" + id + "/ignore", "{\"reason\": \" \"}");
    assertEquals(409, noReason.statusCode());
    assertTrue(noReason.body().contains("needs a reason"), noReason.body());
    assertEquals("REJECTED", db.value("select status from sync_event where id = ?", id));

    assertEquals(200, admin.act("events/" + id + "/ignore", "{\"reason\": \"test message from the vendor\"}")
        .statusCode());
    Map<String, Object> row = db.query("select * from sync_event where id = ?", id).get(0);
    assertEquals("IGNORED", row.get("status"));
    assertEquals("admin", row.get("acted_by"));
  }

  @Test
  void aMessageFromAnUnregisteredCabinetIsRejectedAndKept() {
    String messageId = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.dispense(messageId, "CAB-NOBODY", "TX-U-" + s.consult, 1), "CAB-NOBODY");
    Map<String, Object> event = db.awaitEvent(messageId);
    assertEquals("REJECTED", event.get("status"));
    assertEquals("Unknown cabinet 'CAB-NOBODY'", event.get("error"));
    assertEquals(0L, ((Number) db.value("select count(*) from dispense where transaction_id = ?", "TX-U-" + s.consult))
        .longValue());
  }

  @Test
  void changedClientDetailsAreResentToCabinetsHoldingTheConsult() {
    plan("I1", 1);
    practice.client(s.client, "Ann Owner-Smith", "ID-NEW-" + s.client);
    JsonObject update = nextCommand();
    assertEquals("PATIENT_UPDATE", update.getString("type"));
    assertEquals("ID-NEW-" + s.client, update.getJsonObject("client").getString("idNumber"));
  }

  @Test
  void aDispenseNamingAnotherPatientOrAnUnplannedProductIsAnOrphan() {
    plan("I1", 2);
    String wrongPatient = ContractMessages.newMessageId();
    String body = ContractMessages.transaction("DISPENSE", wrongPatient, s.cabinet, "TX-P-" + s.consult, s.consult,
        s.product, 1);
    cabinet.send(ContractMessages.with(body, "patientId", "PT-SOMEONE-ELSE"), s.cabinet);
    assertEquals("UNALLOCATED", db.awaitEvent(wrongPatient).get("status"));
    assertEquals("NO_PATIENT", orphanReason("TX-P-" + s.consult));

    String unplanned = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("DISPENSE", unplanned, s.cabinet, "TX-U-" + s.consult, s.consult,
        s.unstockedProduct, 1), s.cabinet);
    assertEquals("UNALLOCATED", db.awaitEvent(unplanned).get("status"));
    assertEquals("NOT_PLANNED", orphanReason("TX-U-" + s.consult));
    assertEquals(0L, invoiceLines());
    assertEquals("PLANNED", itemStatus("I1"));
  }

  @Test
  void staffCanSyncAConsultAgainByHand() {
    plan("I1", 2);
    assertEquals(200, staffSession().act("consults/" + s.consult + "/sync", null).statusCode());
    assertEquals("SYNC_CONSULT", nextCommand().getString("type"));
    JsonObject profile = nextCommand();
    assertEquals("SYNC_PROFILE", profile.getString("type"));
    assertEquals("I1", profile.getString("itemId"));
  }

  @Test
  void anOrphanCanBeSplitAcrossItemsAndIsBilledOnce() {
    plan("I1", 1);
    db.awaitEvent(practice.itemAdded(s.consult, "I2", s.product, 2));
    answer(nextCommand(), true, null); // SYNC_PROFILE I2
    String tx = "TX-S-" + s.consult;
    String messageId = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("DISPENSE", messageId, s.cabinet, tx, null, s.product, 3), s.cabinet);
    db.awaitEvent(messageId);
    ConsoleClient staff = staffSession();
    String wrong = "{\"consultId\": \"" + s.consult + "\", \"parts\": {\"I1\": 1, \"I2\": 1}}";
    HttpResponse<String> refused = staff.act("orphans/" + orphanId(tx) + "/split", wrong);
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("add up to 2"), refused.body());
    String split = "{\"consultId\": \"" + s.consult + "\", \"parts\": {\"I1\": 1, \"I2\": 2}}";
    assertEquals(200, staff.act("orphans/" + orphanId(tx) + "/split", split).statusCode());
    assertEquals("DISPENSED", itemStatus("I1"));
    assertEquals("DISPENSED", itemStatus("I2"));
    assertEquals(1L, invoiceLines());
    assertEquals(0, new BigDecimal("3").compareTo(billedQuantity()));
  }

  private void plan(String itemId, int quantity) {
    db.awaitEvent(practice.itemAdded(s.consult, itemId, s.product, quantity));
    answer(nextCommand(), true, null); // SYNC_CONSULT
    answer(nextCommand(), true, null); // SYNC_PROFILE
  }

  private String dispense(String transactionId, Number quantity) {
    String messageId = ContractMessages.newMessageId();
    cabinet.send(ContractMessages.transaction("DISPENSE", messageId, s.cabinet, transactionId, s.consult, s.product,
        quantity), s.cabinet);
    return messageId;
  }

  /** The next command for the scenario's cabinet (not an acknowledgement of something the cabinet sent). */
  private JsonObject nextCommand() {
    return cabinet.awaitCommand(s.cabinet, "JMSCorrelationID IS NULL", WAIT)
        .orElseThrow(() -> new AssertionError("no command for " + s.cabinet + " within " + WAIT));
  }

  private void answer(JsonObject command, boolean accepted, String reason) {
    cabinet.send(ContractMessages.acknowledgement(s.cabinet, command.getString("messageId"), accepted, reason),
        s.cabinet);
  }

  private String commandStatus(JsonObject command) {
    return (String) db.value("select status from sync_event where message_id = ?", command.getString("messageId"));
  }

  private void awaitCommandStatus(JsonObject command, String status) {
    Poll.until("command " + command.getString("type") + " to be " + status, WAIT,
        () -> status.equals(commandStatus(command)) ? Optional.of(true) : Optional.empty());
  }

  private ConsoleClient staffSession() {
    ConsoleClient console = new ConsoleClient(env.appUrl());
    console.login("/console/events.xhtml", "admin", env.consoleAdminPassword());
    return console;
  }

  private String itemStatus(String itemId) {
    return (String) db.value("select i.status from consult_item i join consult c on c.id = i.consult_id"
        + " where c.pims_id = ? and i.pims_id = ?", s.consult, itemId);
  }

  private long invoiceLines() {
    return ((Number) db.value("select count(*) from invoice_line l join consult c on c.id = l.consult_id"
        + " where c.pims_id = ?", s.consult)).longValue();
  }

  private BigDecimal billedQuantity() {
    Object sum = db.value("select sum(l.quantity) from invoice_line l join consult c on c.id = l.consult_id"
        + " where c.pims_id = ?", s.consult);
    return sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString());
  }

  private String orphanReason(String transactionId) {
    return (String) db.value("select o.reason from orphan_dispense o join dispense d on d.id = o.dispense_id"
        + " where d.transaction_id = ?", transactionId);
  }

  private long orphanId(String transactionId) {
    return ((Number) db.value("select o.id from orphan_dispense o join dispense d on d.id = o.dispense_id"
        + " where d.transaction_id = ?", transactionId)).longValue();
  }
}
