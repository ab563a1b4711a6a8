package org.vetsync.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** Contract messages as a cabinet would write them (jms-config/contract). */
public final class ContractMessages {

  private ContractMessages() {}

  public static String newMessageId() {
    return UUID.randomUUID().toString();
  }

  /** A DISPENSE of a product for a consult that need not exist (an orphan unless the test set it up). */
  public static String dispense(String messageId, String cabinetId, String transactionId, int quantity) {
    return transaction("DISPENSE", messageId, cabinetId, transactionId, "C-1001", "MELOX-1.5", quantity);
  }

  /** DISPENSE, RETURN or WASTE, as a cabinet reports it. */
  public static String transaction(
      String type, String messageId, String cabinetId, String transactionId, String consultId, String productCode,
      Number quantity) {
    JsonObjectBuilder json = envelope(type, messageId, cabinetId)
        .add("transactionId", transactionId)
        .add("productCode", productCode)
        .add("quantity", quantity.doubleValue())
        .add("user", "nurse.jones")
        .add("dispensedAt", Instant.now().toString());
    if (consultId != null) {
      json.add("consultId", consultId);
    }
    return json.build().toString();
  }

  public static String billingTrigger(
      String messageId, String cabinetId, String transactionId, String cabinetPatientId, String productCode,
      Number quantity) {
    return envelope("BILLING_TRIGGER", messageId, cabinetId)
        .add("transactionId", transactionId)
        .add("temporaryPatient", Json.createObjectBuilder().add("cabinetPatientId", cabinetPatientId)
            .add("name", "Emergency dog"))
        .add("productCode", productCode)
        .add("quantity", quantity.doubleValue())
        .add("user", "nurse.jones")
        .build()
        .toString();
  }

  /** The same message with one more text field, e.g. the patient a cabinet names on a dispense. */
  public static String with(String json, String field, String value) {
    return Json.createObjectBuilder(Json.createReader(new StringReader(json)).readObject())
        .add(field, value)
        .build()
        .toString();
  }

  /** A cabinet's answer to a command vetsync sent. */
  public static String acknowledgement(String cabinetId, String inReplyTo, boolean accepted, String reason) {
    JsonObjectBuilder json = envelope("ACKNOWLEDGEMENT", newMessageId(), cabinetId)
        .add("inReplyTo", inReplyTo)
        .add("accepted", accepted);
    if (reason != null) {
      json.add("reason", reason);
    }
    return json.build().toString();
  }

  public static String unsyncConsult(String messageId, String cabinetId, String consultId) {
    return envelope("UNSYNC_CONSULT", messageId, cabinetId).add("consultId", consultId).build().toString();
  }

  private static JsonObjectBuilder envelope(String type, String messageId, String cabinetId) {
    return Json.createObjectBuilder()
        .add("messageId", messageId)
        .add("type", type)
        .add("schemaVersion", 1)
        .add("occurredAt", Instant.now().toString())
        .add("cabinetId", cabinetId);
  }
}
