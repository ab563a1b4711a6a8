package org.vetsync.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Writes the cabinet's messages as the contract (jms-config/contract/README.md, version 1) defines them. */
final class CabinetMessages {

  static final int SCHEMA_VERSION = 1;
  /** A version vetsync does not know, for showing how it rejects one. */
  static final int UNKNOWN_SCHEMA_VERSION = 99;
  static final String MALFORMED_BODY = "{\"messageId\": \"oops\", \"type\": DISPENSE";

  private final String cabinetId;
  private final Clock clock;

  CabinetMessages(String cabinetId, Clock clock) {
    this.cabinetId = cabinetId;
    this.clock = clock;
  }

  /** A DISPENSE, RETURN or WASTE. */
  OutgoingMessage transaction(CabinetTransaction transaction) {
    return transaction(transaction, SCHEMA_VERSION);
  }

  /** A DISPENSE that is valid JSON but claims a schema version vetsync does not accept. */
  OutgoingMessage unknownVersion(CabinetTransaction transaction) {
    return transaction(transaction, UNKNOWN_SCHEMA_VERSION);
  }

  private OutgoingMessage transaction(CabinetTransaction transaction, int schemaVersion) {
    String messageId = newMessageId();
    Instant now = now();
    JsonObjectBuilder body = envelope(messageId, transaction.type(), schemaVersion, now)
        .add("transactionId", transaction.transactionId())
        .add("consultId", transaction.consultId());
    if (transaction.patientId() != null) {
      body.add("patientId", transaction.patientId());
    }
    body.add(transaction.product().field(), transaction.product().code())
        .add("quantity", transaction.quantity())
        .add("user", transaction.nurse())
        .add("dispensedAt", now.toString());
    return new OutgoingMessage(transaction.type(), messageId, "transactionId=" + transaction.transactionId(),
        body.build().toString());
  }

  OutgoingMessage billingTrigger(BillingTrigger trigger) {
    String messageId = newMessageId();
    Instant now = now();
    String body = envelope(messageId, "BILLING_TRIGGER", SCHEMA_VERSION, now)
        .add("transactionId", trigger.transactionId())
        .add("temporaryPatient", Json.createObjectBuilder()
            .add("cabinetPatientId", trigger.cabinetPatientId())
            .add("name", trigger.patientName()))
        .add(trigger.product().field(), trigger.product().code())
        .add("quantity", trigger.quantity())
        .add("user", trigger.nurse())
        .add("dispensedAt", now.toString())
        .build().toString();
    return new OutgoingMessage("BILLING_TRIGGER", messageId, "transactionId=" + trigger.transactionId(), body);
  }

  /** The cabinet dropped a consult on its own. */
  OutgoingMessage unsyncConsult(String consultId) {
    String messageId = newMessageId();
    String body = envelope(messageId, "UNSYNC_CONSULT", SCHEMA_VERSION, now())
        .add("consultId", consultId)
        .build().toString();
    return new OutgoingMessage("UNSYNC_CONSULT", messageId, "consultId=" + consultId, body);
  }

  /**
   * The cabinet's answer to a command.
   *
   * @param inReplyTo the command's messageId, or null when the command was too broken to carry one
   * @param reason why the command was not accepted; ignored when it was
   */
  OutgoingMessage acknowledgement(String inReplyTo, boolean accepted, String reason) {
    String messageId = newMessageId();
    JsonObjectBuilder body = envelope(messageId, "ACKNOWLEDGEMENT", SCHEMA_VERSION, now());
    if (inReplyTo != null) {
      body.add("inReplyTo", inReplyTo);
    }
    body.add("accepted", accepted);
    if (!accepted) {
      body.add("reason", reason);
    }
    String summary = "inReplyTo=" + (inReplyTo == null ? "-" : inReplyTo) + " accepted=" + accepted
        + (accepted ? "" : " reason=" + reason);
    return new OutgoingMessage("ACKNOWLEDGEMENT", messageId, summary, body.build().toString());
  }

  /** Text that is not JSON; its messageId exists only as the broker's duplicate-detection id. */
  OutgoingMessage malformed() {
    return new OutgoingMessage("MALFORMED", newMessageId(), "body=" + MALFORMED_BODY, MALFORMED_BODY);
  }

  private JsonObjectBuilder envelope(String messageId, String type, int schemaVersion, Instant occurredAt) {
    return Json.createObjectBuilder()
        .add("messageId", messageId)
        .add("type", type)
        .add("schemaVersion", schemaVersion)
        .add("occurredAt", occurredAt.toString())
        .add("cabinetId", cabinetId);
  }

  private Instant now() {
    // Milliseconds are precise enough for a cabinet and keep the timestamps readable on the console.
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String newMessageId() {
    return UUID.randomUUID().toString();
  }
}
