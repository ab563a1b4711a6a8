package org.vetsync.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CabinetMessagesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:15:30.412Z");
  private static final Set<String> ENVELOPE = Set.of("messageId", "type", "schemaVersion", "occurredAt", "cabinetId");

  private final CabinetMessages messages = new CabinetMessages("CAB-ICU-1", Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void dispenseCarriesTheEnvelopeAndEveryField() {
    OutgoingMessage message = messages.transaction(new CabinetTransaction("DISPENSE", "TX-000123", "C-1001", "P-7",
        ProductReference.productCode("MELOX-1.5"), new BigDecimal("2.5"), "nurse.jones"));

    JsonObject body = read(message);
    assertEnvelope(body, "DISPENSE", message);
    assertEquals(union(ENVELOPE, "transactionId", "consultId", "patientId", "productCode", "quantity", "user",
        "dispensedAt"), body.keySet());
    assertEquals("TX-000123", body.getString("transactionId"));
    assertEquals("C-1001", body.getString("consultId"));
    assertEquals("P-7", body.getString("patientId"));
    assertEquals("MELOX-1.5", body.getString("productCode"));
    assertEquals(new BigDecimal("2.5"), body.getJsonNumber("quantity").bigDecimalValue());
    assertEquals("nurse.jones", body.getString("user"));
    assertEquals(NOW, Instant.parse(body.getString("dispensedAt")));
    assertEquals("transactionId=TX-000123", message.summary());
  }

  @Test
  void returnNamesTheCabinetItemAndLeavesOutAnUnknownPatient() {
    OutgoingMessage message = messages.transaction(new CabinetTransaction("RETURN", "TX-9", "C-1001", null,
        ProductReference.itemCode("DRAWER-4"), BigDecimal.ONE, "nurse.jones"));

    JsonObject body = read(message);
    assertEnvelope(body, "RETURN", message);
    assertEquals("DRAWER-4", body.getString("itemCode"));
    assertFalse(body.containsKey("productCode"));
    assertFalse(body.containsKey("patientId"));
    assertEquals(1, body.getJsonNumber("quantity").intValueExact());
  }

  @Test
  void billingTriggerCarriesTheTemporaryPatientAndNoConsult() {
    OutgoingMessage message = messages.billingTrigger(new BillingTrigger("TX-5", "TMP-1", "Stray cat",
        ProductReference.productCode("AMOX-250"), new BigDecimal("3"), "nurse.jones"));

    JsonObject body = read(message);
    assertEnvelope(body, "BILLING_TRIGGER", message);
    assertEquals(union(ENVELOPE, "transactionId", "temporaryPatient", "productCode", "quantity", "user",
        "dispensedAt"), body.keySet());
    assertEquals("TMP-1", body.getJsonObject("temporaryPatient").getString("cabinetPatientId"));
    assertEquals("Stray cat", body.getJsonObject("temporaryPatient").getString("name"));
    assertEquals(3, body.getJsonNumber("quantity").intValueExact());
  }

  @Test
  void acceptingAcknowledgementAnswersTheCommandWithoutAReason() {
    String command = UUID.randomUUID().toString();
    OutgoingMessage message = messages.acknowledgement(command, true, null);

    JsonObject body = read(message);
    assertEnvelope(body, "ACKNOWLEDGEMENT", message);
    assertEquals(union(ENVELOPE, "inReplyTo", "accepted"), body.keySet());
    assertEquals(command, body.getString("inReplyTo"));
    assertTrue(body.getBoolean("accepted"));
  }

  @Test
  void rejectingAcknowledgementGivesTheReason() {
    JsonObject body = read(messages.acknowledgement("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", false, "drawer jammed"));

    assertFalse(body.getBoolean("accepted"));
    assertEquals("drawer jammed", body.getString("reason"));
  }

  @Test
  void acknowledgementOfAnUnreadableCommandHasNoInReplyTo() {
    assertFalse(read(messages.acknowledgement(null, false, "not JSON")).containsKey("inReplyTo"));
  }

  @Test
  void cabinetDroppingAConsultNamesIt() {
    JsonObject body = read(messages.unsyncConsult("C-1001"));

    assertEquals("UNSYNC_CONSULT", body.getString("type"));
    assertEquals(union(ENVELOPE, "consultId"), body.keySet());
    assertEquals("C-1001", body.getString("consultId"));
  }

  @Test
  void everyMessageHasItsOwnMessageId() {
    CabinetTransaction dispense = new CabinetTransaction("DISPENSE", "TX-1", "C-1", null,
        ProductReference.productCode("P"), BigDecimal.ONE, "nurse");

    assertNotEquals(messages.transaction(dispense).messageId(), messages.transaction(dispense).messageId());
  }

  @Test
  void unknownVersionIsValidJsonWithSchemaVersion99() {
    OutgoingMessage message = messages.unknownVersion(new CabinetTransaction("DISPENSE", "TX-1", "C-1", null,
        ProductReference.productCode("P"), BigDecimal.ONE, "nurse"));

    assertEquals(99, read(message).getInt("schemaVersion"));
  }

  @Test
  void malformedIsNotJsonButStillHasADuplicateDetectionId() {
    OutgoingMessage message = messages.malformed();

    assertThrows(JsonException.class, () -> read(message));
    assertEquals(message.messageId(), UUID.fromString(message.messageId()).toString());
  }

  private static void assertEnvelope(JsonObject body, String type, OutgoingMessage message) {
    assertEquals(message.messageId(), body.getString("messageId"));
    assertEquals(message.messageId(), UUID.fromString(body.getString("messageId")).toString());
    assertEquals(type, body.getString("type"));
    assertEquals(type, message.type());
    assertEquals(1, body.getJsonNumber("schemaVersion").intValueExact());
    assertEquals(NOW, Instant.parse(body.getString("occurredAt")));
    assertEquals("CAB-ICU-1", body.getString("cabinetId"));
  }

  private static JsonObject read(OutgoingMessage message) {
    return Json.createReader(new StringReader(message.body())).readObject();
  }

  private static Set<String> union(Set<String> envelope, String... fields) {
    return Stream.concat(envelope.stream(), Set.of(fields).stream())
        .collect(Collectors.toSet());
  }
}
