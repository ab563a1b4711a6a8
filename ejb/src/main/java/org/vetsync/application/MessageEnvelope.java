package org.vetsync.application;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * The fields every contract message carries (jms-config/contract/README.md): messageId, type, schemaVersion,
 * occurredAt, and for cabinet messages the cabinetId.
 */
public record MessageEnvelope(
    String messageId, SyncEventType type, int schemaVersion, Instant occurredAt, String cabinetId, JsonObject body) {

  public static final int SCHEMA_VERSION = 1;

  /** Parses and checks the envelope of a cabinet message, which must name its cabinet. */
  public static MessageEnvelope parseCabinetMessage(String text) throws InvalidMessageException {
    return parse(text, true);
  }

  /** Parses and checks the envelope of a practice-system message. */
  public static MessageEnvelope parsePracticeMessage(String text) throws InvalidMessageException {
    return parse(text, false);
  }

  private static MessageEnvelope parse(String text, boolean cabinetRequired) throws InvalidMessageException {
    if (text == null || text.isBlank()) {
      throw new InvalidMessageException("Empty message", null, SyncEventType.UNRECOGNISED, null);
    }
    JsonObject body;
    try (JsonReader reader = ContractJson.PROVIDER.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidMessageException(
            "Malformed message: a JSON object was expected, found " + value.getValueType().name().toLowerCase(),
            null,
            SyncEventType.UNRECOGNISED,
            null);
      }
      body = value.asJsonObject();
    } catch (JsonException e) {
      throw new InvalidMessageException(
          "Malformed JSON: " + e.getMessage(), null, SyncEventType.UNRECOGNISED, null);
    }

    String messageId = string(body, "messageId");
    String typeName = string(body, "type");
    SyncEventType type = SyncEventType.fromContractName(typeName);
    String cabinetId = string(body, "cabinetId");

    if (messageId == null || !isUuid(messageId)) {
      throw new InvalidMessageException("messageId is missing or not a UUID", shorten(messageId), type, cabinetId);
    }
    if (type == SyncEventType.UNRECOGNISED) {
      throw new InvalidMessageException(
          typeName == null ? "type is missing" : "Unknown type '" + shorten(typeName) + "'", messageId, type, cabinetId);
    }
    JsonValue version = body.get("schemaVersion");
    if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.intValue() != SCHEMA_VERSION) {
      throw new InvalidMessageException(
          "schemaVersion must be " + SCHEMA_VERSION + ", was " + version, messageId, type, cabinetId);
    }
    Instant occurredAt;
    try {
      String raw = string(body, "occurredAt");
      if (raw == null) {
        throw new InvalidMessageException("occurredAt is missing", messageId, type, cabinetId);
      }
      occurredAt = Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException(
          "occurredAt is not an ISO-8601 instant (e.g. 2026-11-22T10:15:30Z)", messageId, type, cabinetId);
    }
    if (cabinetRequired && (cabinetId == null || cabinetId.isBlank())) {
      throw new InvalidMessageException("cabinetId is missing", messageId, type, null);
    }
    return new MessageEnvelope(messageId, type, SCHEMA_VERSION, occurredAt, cabinetId, body);
  }

  /** Checks the whole message against its type's schema: everything the contract page promises senders. */
  public void requireValid(ContractValidator validator, String text) throws InvalidMessageException {
    List<String> problems = validator.problems(type.name(), text);
    if (!problems.isEmpty()) {
      throw new InvalidMessageException(
          "Does not match the contract for " + type.name() + ": " + String.join("; ", problems),
          messageId,
          type,
          cabinetId);
    }
  }

  /** The body's fields, read with errors that name the field and the message. */
  public Fields fields() {
    return new Fields(this);
  }

  static String string(JsonObject body, String name) {
    JsonValue value = body.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static boolean isUuid(String value) {
    try {
      return UUID.fromString(value).toString().equalsIgnoreCase(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String shorten(String value) {
    return value == null || value.length() <= 64 ? value : value.substring(0, 64);
  }
}
