package org.vetsync.testsupport;

import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;

/** Contract messages as a cabinet would write them (jms-config/contract). */
public final class ContractMessages {

  private ContractMessages() {}

  public static String newMessageId() {
    return UUID.randomUUID().toString();
  }

  public static String dispense(String messageId, String cabinetId, String transactionId, int quantity) {
    return Json.createObjectBuilder()
        .add("messageId", messageId)
        .add("type", "DISPENSE")
        .add("schemaVersion", 1)
        .add("occurredAt", Instant.now().toString())
        .add("cabinetId", cabinetId)
        .add("transactionId", transactionId)
        .add("consultId", "C-1001")
        .add("productCode", "MELOX-1.5")
        .add("quantity", quantity)
        .add("user", "nurse.jones")
        .build()
        .toString();
  }
}
