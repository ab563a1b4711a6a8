package org.vetsync.simulator;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One physical transaction at the cabinet for a consult: a DISPENSE, RETURN or WASTE.
 *
 * @param type {@code DISPENSE}, {@code RETURN} or {@code WASTE}
 * @param transactionId the cabinet's own id of the transaction, which vetsync never records twice
 * @param consultId the consult it was taken for
 * @param patientId the patient, or null when the nurse did not pick one
 * @param product what was taken
 * @param quantity how much, greater than 0
 * @param nurse who took it, the contract's {@code user}
 */
record CabinetTransaction(String type, String transactionId, String consultId, String patientId,
    ProductReference product, BigDecimal quantity, String nurse) {

  static final String DEFAULT_NURSE = "nurse.simulator";

  static String newTransactionId() {
    return "TX-" + UUID.randomUUID();
  }

  static CabinetTransaction from(String type, Arguments arguments) {
    return new CabinetTransaction(type, transactionId(arguments), arguments.required("consult"),
        arguments.option("patient").orElse(null), ProductReference.from(arguments), arguments.quantity(),
        nurse(arguments));
  }

  static String transactionId(Arguments arguments) {
    return arguments.option("transaction").orElseGet(CabinetTransaction::newTransactionId);
  }

  static String nurse(Arguments arguments) {
    return arguments.option("nurse").orElse(DEFAULT_NURSE);
  }
}
