package org.vetsync.simulator;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A dispense for a temporary patient created at the cabinet, which staff later allocate to a real patient and consult.
 *
 * @param transactionId the cabinet's own id of the transaction
 * @param cabinetPatientId the cabinet's id of the temporary patient
 * @param patientName the name the nurse typed for it
 * @param product what was taken
 * @param quantity how much, greater than 0
 * @param nurse who took it, the contract's {@code user}
 */
record BillingTrigger(String transactionId, String cabinetPatientId, String patientName, ProductReference product,
    BigDecimal quantity, String nurse) {

  static final String DEFAULT_PATIENT_NAME = "Temp patient";

  static BillingTrigger from(Arguments arguments) {
    return new BillingTrigger(CabinetTransaction.transactionId(arguments), "TMP-" + UUID.randomUUID(),
        arguments.option("name").orElse(DEFAULT_PATIENT_NAME), ProductReference.from(arguments),
        arguments.quantity(), CabinetTransaction.nurse(arguments));
  }
}
