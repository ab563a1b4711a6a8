package org.vetsync.application.query;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A consult item that did not add up when its cabinet copy expired: the quantities as counted then, and, once closed,
 * who closed it, when and why.
 */
public record ReconciliationRow(
    long id,
    String consultId,
    String itemId,
    String productCode,
    String productName,
    String unit,
    String mismatch,
    BigDecimal planned,
    BigDecimal dispensed,
    BigDecimal billed,
    BigDecimal returned,
    BigDecimal wasted,
    Instant openedAt,
    boolean open,
    String resolution,
    String resolvedBy,
    Instant resolvedAt)
    implements Serializable {}
