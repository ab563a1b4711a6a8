package org.vetsync.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one contract message. A missing or malformed field is a broken message, reported with the field's
 * name so that the sender's developer knows what to fix.
 */
public final class Fields {

  private final MessageEnvelope envelope;
  private final JsonObject body;

  Fields(MessageEnvelope envelope) {
    this(envelope, envelope.body());
  }

  private Fields(MessageEnvelope envelope, JsonObject body) {
    this.envelope = envelope;
    this.body = body;
  }

  public String text(String name) throws InvalidMessageException {
    return optionalText(name).orElseThrow(() -> invalid(name + " is missing"));
  }

  public Optional<String> optionalText(String name) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString string)) {
      throw invalid(name + " must be a string");
    }
    String text = string.getString().strip();
    if (text.length() > 500) {
      throw invalid(name + " is longer than 500 characters");
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A quantity: a number greater than zero, at most three decimals. */
  public BigDecimal quantity(String name) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (!(value instanceof JsonNumber number)) {
      throw invalid(name + " must be a number");
    }
    BigDecimal quantity = number.bigDecimalValue();
    if (quantity.signum() <= 0) {
      throw invalid(name + " must be greater than zero, was " + quantity.toPlainString());
    }
    if (quantity.stripTrailingZeros().scale() > 3) {
      throw invalid(name + " has more than three decimals");
    }
    return quantity;
  }

  public BigDecimal money(String name) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0) {
      throw invalid(name + " must be a number of 0 or more");
    }
    return number.bigDecimalValue();
  }

  public Optional<BigDecimal> optionalDecimal(String name) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0) {
      throw invalid(name + " must be a number of 0 or more");
    }
    return Optional.of(number.bigDecimalValue());
  }

  public boolean flag(String name, boolean absent) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return absent;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw invalid(name + " must be true or false");
  }

  public Optional<LocalDate> optionalDate(String name) throws InvalidMessageException {
    Optional<String> text = optionalText(name);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw invalid(name + " must be a date like 2019-04-01");
    }
  }

  public Optional<Instant> optionalInstant(String name) throws InvalidMessageException {
    Optional<String> text = optionalText(name);
    try {
      return text.map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw invalid(name + " must be an ISO-8601 instant like 2026-11-22T10:15:30Z");
    }
  }

  public Fields object(String name) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (!(value instanceof JsonObject object)) {
      throw invalid(name + " must be an object");
    }
    return new Fields(envelope, object);
  }

  public List<Fields> objects(String name) throws InvalidMessageException {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw invalid(name + " must be a list");
    }
    List<Fields> result = new ArrayList<>();
    for (JsonValue element : array) {
      if (!(element instanceof JsonObject object)) {
        throw invalid(name + " must be a list of objects");
      }
      result.add(new Fields(envelope, object));
    }
    return result;
  }

  public InvalidMessageException invalid(String reason) {
    return new InvalidMessageException(reason, envelope.messageId(), envelope.type(), envelope.cabinetId());
  }
}
