package org.vetsync.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandListenerTest {

  private final Schedule schedule = new Schedule();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @Test
  void syncedProfileIsScheduledUnderItsConsult() {
    CommandListener cabinet = cabinet(CabinetBehaviour.ACKNOWLEDGE);

    cabinet.onCommand(syncConsult("C-1", "P-1"));
    cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));

    assertTrue(schedule.holds("C-1"));
    assertEquals("P-1", schedule.patientOf("C-1").orElseThrow());
    ScheduledItem item = schedule.item("C-1", "I-1").orElseThrow();
    assertEquals("MELOX-1.5", item.productCode());
    assertEquals("DRAWER-4", item.itemCode());
    assertEquals(new BigDecimal("2"), item.planned());
  }

  @Test
  void unsyncProfileWithQuantityZeroRemovesTheItem() {
    CommandListener cabinet = cabinet(CabinetBehaviour.ACKNOWLEDGE);
    cabinet.onCommand(syncConsult("C-1", "P-1"));
    cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));
    cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-2", "1"));

    cabinet.onCommand(profile("UNSYNC_PROFILE", "C-1", "I-1", "0"));

    assertTrue(schedule.item("C-1", "I-1").isEmpty());
    assertTrue(schedule.item("C-1", "I-2").isPresent());
    assertTrue(schedule.holds("C-1"));
  }

  @Test
  void unsyncProfileWithAQuantityLowersWhatIsPlanned() {
    CommandListener cabinet = cabinet(CabinetBehaviour.ACKNOWLEDGE);
    cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "3"));

    cabinet.onCommand(profile("UNSYNC_PROFILE", "C-1", "I-1", "1.5"));

    assertEquals(new BigDecimal("1.5"), schedule.item("C-1", "I-1").orElseThrow().planned());
  }

  @Test
  void unsyncConsultRemovesTheConsultAndItsItems() {
    CommandListener cabinet = cabinet(CabinetBehaviour.ACKNOWLEDGE);
    cabinet.onCommand(syncConsult("C-1", "P-1"));
    cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));
    cabinet.onCommand(syncConsult("C-2", "P-2"));

    cabinet.onCommand(unsyncConsult("C-1"));

    assertFalse(schedule.holds("C-1"));
    assertTrue(schedule.item("C-1", "I-1").isEmpty());
    assertTrue(schedule.holds("C-2"));
  }

  @Test
  void everyCommandIsAcceptedInReplyToItsMessageId() {
    CommandListener cabinet = cabinet(CabinetBehaviour.ACKNOWLEDGE);
    for (String command : List.of(syncConsult("C-1", "P-1"), profile("SYNC_PROFILE", "C-1", "I-1", "2"),
        profile("UNSYNC_PROFILE", "C-1", "I-1", "0"), patientUpdate("C-1", "P-1"), unsyncConsult("C-1"))) {
      List<OutgoingMessage> replies = cabinet.onCommand(command);

      assertEquals(1, replies.size(), command);
      JsonObject acknowledgement = read(replies.get(0));
      assertEquals("ACKNOWLEDGEMENT", acknowledgement.getString("type"));
      assertEquals(read(command).getString("messageId"), acknowledgement.getString("inReplyTo"));
      assertTrue(acknowledgement.getBoolean("accepted"));
    }
  }

  @Test
  void vetsyncsOwnAcknowledgementIsNotAnswered() {
    String acknowledgement = """
        {"messageId": "%s", "type": "ACKNOWLEDGEMENT", "schemaVersion": 1, "occurredAt": "2026-11-22T10:15:30Z",
         "cabinetId": "CAB-1", "inReplyTo": "%s", "accepted": true, "duplicate": false}
        """.formatted(UUID.randomUUID(), UUID.randomUUID());

    assertEquals(List.of(), cabinet(CabinetBehaviour.ACKNOWLEDGE).onCommand(acknowledgement));
    assertTrue(transcript().startsWith("received ACKNOWLEDGEMENT"), transcript());
  }

  @Test
  void rejectingCabinetAnswersFalseWithAReasonAndKeepsNothing() {
    CommandListener cabinet = cabinet(CabinetBehaviour.REJECT);

    List<OutgoingMessage> replies = cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));

    JsonObject acknowledgement = read(replies.get(0));
    assertFalse(acknowledgement.getBoolean("accepted"));
    assertFalse(acknowledgement.getString("reason").isBlank());
    assertTrue(schedule.item("C-1", "I-1").isEmpty());
  }

  @Test
  void unreadableCommandIsRejectedWithoutInReplyTo() {
    List<OutgoingMessage> replies = cabinet(CabinetBehaviour.ACKNOWLEDGE).onCommand("{\"type\": SYNC");

    JsonObject acknowledgement = read(replies.get(0));
    assertFalse(acknowledgement.getBoolean("accepted"));
    assertFalse(acknowledgement.containsKey("inReplyTo"));
  }

  @Test
  void unknownCommandTypeIsRejected() {
    String command = envelope("REBOOT") + "}";

    JsonObject acknowledgement = read(cabinet(CabinetBehaviour.ACKNOWLEDGE).onCommand(command).get(0));

    assertFalse(acknowledgement.getBoolean("accepted"));
    assertTrue(acknowledgement.getString("reason").contains("REBOOT"));
  }

  @Test
  void profileWithoutQuantityIsRejectedAndNotScheduled() {
    String command = envelope("SYNC_PROFILE")
        + ", \"consultId\": \"C-1\", \"itemId\": \"I-1\", \"productCode\": \"P\"}";

    JsonObject acknowledgement = read(cabinet(CabinetBehaviour.ACKNOWLEDGE).onCommand(command).get(0));

    assertFalse(acknowledgement.getBoolean("accepted"));
    assertTrue(schedule.item("C-1", "I-1").isEmpty());
  }

  @Test
  void nurseDispensesWhatIsScheduledAfterAcknowledgingIt() {
    CommandListener cabinet = cabinet(CabinetBehaviour.DISPENSE_SCHEDULED);
    cabinet.onCommand(syncConsult("C-1", "P-1"));

    List<OutgoingMessage> replies = cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));

    assertEquals(List.of("ACKNOWLEDGEMENT", "DISPENSE"), replies.stream().map(OutgoingMessage::type).toList());
    JsonObject dispense = read(replies.get(1));
    assertEquals("C-1", dispense.getString("consultId"));
    assertEquals("P-1", dispense.getString("patientId"));
    assertEquals("MELOX-1.5", dispense.getString("productCode"));
    assertEquals(new BigDecimal("2"), dispense.getJsonNumber("quantity").bigDecimalValue());
    assertEquals("nurse.test", dispense.getString("user"));
    assertTrue(dispense.getString("transactionId").startsWith("TX-"));
  }

  @Test
  void nurseDispensesOnlyWhatARaisedProfileAdds() {
    CommandListener cabinet = cabinet(CabinetBehaviour.DISPENSE_SCHEDULED);
    List<OutgoingMessage> first = cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));

    List<OutgoingMessage> raised = cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "5"));
    List<OutgoingMessage> repeated = cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "5"));

    assertEquals(new BigDecimal("3"), read(raised.get(1)).getJsonNumber("quantity").bigDecimalValue());
    assertEquals(1, repeated.size());
    assertFalse(read(first.get(1)).getString("transactionId").equals(read(raised.get(1)).getString("transactionId")));
  }

  @Test
  void everyCommandReceivedIsPrinted() {
    CommandListener cabinet = cabinet(CabinetBehaviour.ACKNOWLEDGE);

    cabinet.onCommand(profile("SYNC_PROFILE", "C-1", "I-1", "2"));

    assertTrue(transcript().matches("received SYNC_PROFILE messageId=\\S+ consultId=C-1 itemId=I-1 "
        + "productCode=MELOX-1.5 itemCode=DRAWER-4 quantity=2\\R"), transcript());
  }

  private CommandListener cabinet(CabinetBehaviour behaviour) {
    return new CommandListener(new CabinetMessages("CAB-1", Clock.systemUTC()), schedule, behaviour, "nurse.test",
        new Transcript(new PrintStream(output, true, StandardCharsets.UTF_8)));
  }

  private String transcript() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private static String envelope(String type) {
    return """
        {"messageId": "%s", "type": "%s", "schemaVersion": 1, "occurredAt": "2026-11-22T10:15:30Z", \
        "cabinetId": "CAB-1\"""".formatted(UUID.randomUUID(), type);
  }

  private static String syncConsult(String consultId, String patientId) {
    return envelope("SYNC_CONSULT") + """
        , "consultId": "%s", "vet": "Dr Ng", "expiresAt": "2026-11-23T10:15:30Z",
         "patient": {"patientId": "%s", "name": "Rex", "species": "dog", "breed": "Kelpie",
                     "dateOfBirth": "2019-04-01", "weightKg": 21.5},
         "client": {"clientId": "CL-1", "name": "Jo Smith", "dateOfBirth": "1980-02-03", "sex": "F",
                    "idNumber": "X1"}}
        """.formatted(consultId, patientId);
  }

  private static String profile(String type, String consultId, String itemId, String quantity) {
    return envelope(type) + """
        , "consultId": "%s", "itemId": "%s", "productCode": "MELOX-1.5", "itemCode": "DRAWER-4", "quantity": %s}
        """.formatted(consultId, itemId, quantity);
  }

  private static String patientUpdate(String consultId, String patientId) {
    return envelope("PATIENT_UPDATE") + """
        , "consultId": "%s", "patient": {"patientId": "%s", "name": "Rex"}, "client": {"clientId": "CL-1"}}
        """.formatted(consultId, patientId);
  }

  private static String unsyncConsult(String consultId) {
    return envelope("UNSYNC_CONSULT") + """
        , "consultId": "%s", "reason": "CLOSED"}
        """.formatted(consultId);
  }

  private static JsonObject read(OutgoingMessage message) {
    return read(message.body());
  }

  private static JsonObject read(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
