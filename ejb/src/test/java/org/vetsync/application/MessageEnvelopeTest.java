package org.vetsync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.sync.SyncEventType;

class MessageEnvelopeTest {

  private static final String ID = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";

  private static String message(String messageId, String type, Object version, String occurredAt, String cabinet) {
    StringBuilder json = new StringBuilder("{");
    if (messageId != null) json.append("\"messageId\":\"").append(messageId).append("\",");
    if (type != null) json.append("\"type\":\"").append(type).append("\",");
    if (version != null) json.append("\"schemaVersion\":").append(version).append(",");
    if (occurredAt != null) json.append("\"occurredAt\":\"").append(occurredAt).append("\",");
    if (cabinet != null) json.append("\"cabinetId\":\"").append(cabinet).append("\",");
    json.append("\"quantity\":2}");
    return json.toString();
  }

  @Test
  void aCompleteEnvelopeIsRead() throws InvalidMessageException {
    MessageEnvelope envelope =
        MessageEnvelope.parseCabinetMessage(message(ID, "DISPENSE", 1, "2026-11-22T10:15:30Z", "CAB-1"));
    assertEquals(ID, envelope.messageId());
    assertEquals(SyncEventType.DISPENSE, envelope.type());
    assertEquals(Instant.parse("2026-11-22T10:15:30Z"), envelope.occurredAt());
    assertEquals("CAB-1", envelope.cabinetId());
    assertEquals(2, envelope.body().getInt("quantity"));
  }

  @Test
  void malformedJsonSaysSo() {
    InvalidMessageException e =
        assertThrows(InvalidMessageException.class, () -> MessageEnvelope.parseCabinetMessage("{\"messageId\": "));
    assertTrue(e.getMessage().startsWith("Malformed JSON"), e.getMessage());
    assertEquals(SyncEventType.UNRECOGNISED, e.type());
  }

  @Test
  void aJsonArrayIsNotAMessage() {
    InvalidMessageException e =
        assertThrows(InvalidMessageException.class, () -> MessageEnvelope.parseCabinetMessage("[1,2]"));
    assertTrue(e.getMessage().contains("JSON object was expected"), e.getMessage());
  }

  @Test
  void eachMissingOrWrongFieldIsNamedAndWhatWasReadIsKept() {
    assertReason(message(null, "DISPENSE", 1, "2026-11-22T10:15:30Z", "CAB-1"), "messageId is missing or not a UUID");
    assertReason(message("42", "DISPENSE", 1, "2026-11-22T10:15:30Z", "CAB-1"), "messageId is missing or not a UUID");
    assertReason(message(ID, "TELEPORT", 1, "2026-11-22T10:15:30Z", "CAB-1"), "Unknown type 'TELEPORT'");
    assertReason(message(ID, null, 1, "2026-11-22T10:15:30Z", "CAB-1"), "type is missing");
    assertReason(message(ID, "DISPENSE", 2, "2026-11-22T10:15:30Z", "CAB-1"), "schemaVersion must be 1, was 2");
    assertReason(message(ID, "DISPENSE", 1, "yesterday", "CAB-1"), "occurredAt is not an ISO-8601 instant");
    assertReason(message(ID, "DISPENSE", 1, null, "CAB-1"), "occurredAt is missing");
    assertReason(message(ID, "DISPENSE", 1, "2026-11-22T10:15:30Z", null), "cabinetId is missing");

    InvalidMessageException e =
        assertThrows(
            InvalidMessageException.class,
            () -> MessageEnvelope.parseCabinetMessage(message(ID, "DISPENSE", 1, "soon", "CAB-9")));
    assertEquals(ID, e.messageId());
    assertEquals(SyncEventType.DISPENSE, e.type());
    assertEquals("CAB-9", e.cabinetId());
  }

  private static void assertReason(String json, String reason) {
    InvalidMessageException e =
        assertThrows(InvalidMessageException.class, () -> MessageEnvelope.parseCabinetMessage(json), json);
    assertTrue(e.getMessage().startsWith(reason), () -> "expected '" + reason + "' but was '" + e.getMessage() + "'");
  }
}
