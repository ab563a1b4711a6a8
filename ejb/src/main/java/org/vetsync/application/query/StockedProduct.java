package org.vetsync.application.query;

import java.io.Serializable;
import java.math.BigDecimal;

/** A catalogue product one cabinet stocks, under the cabinet's own item code. */
public record StockedProduct(
    String productCode, String productName, String itemCode, String unit, BigDecimal price, boolean billable)
    implements Serializable {}
