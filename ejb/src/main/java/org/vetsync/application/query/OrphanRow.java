package org.vetsync.application.query;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An open orphan dispense as staff see it: what the cabinet reported, as it reported it (the consult and product it
 * named need not exist), and why vetsync could not tie it to a consult item.
 */
public record OrphanRow(
    long id,
    String reason,
    boolean temporaryPatient,
    String cabinet,
    String product,
    String productName,
    BigDecimal quantity,
    String unit,
    String consult,
    String patient,
    Instant dispensedAt,
    String dispensedBy,
    String transactionId,
    String detail)
    implements Serializable {}
