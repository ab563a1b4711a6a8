package org.vetsync.application.query;

import java.io.Serializable;
import java.math.BigDecimal;
import org.vetsync.domain.model.consult.ConsultItem;

/** One planned item of a consult and what the cabinets did with it so far. */
public record ConsultItemRow(
    String itemId,
    String productCode,
    String productName,
    String unit,
    BigDecimal planned,
    BigDecimal dispensed,
    BigDecimal returned,
    BigDecimal wasted,
    BigDecimal remaining,
    String status)
    implements Serializable {

  static ConsultItemRow of(ConsultItem item) {
    return new ConsultItemRow(
        item.getPimsId(),
        item.getProduct().getCode(),
        item.getProduct().getName(),
        item.getProduct().getUnit(),
        item.getPlannedQuantity(),
        item.getDispensedQuantity(),
        item.getReturnedQuantity(),
        item.getWastedQuantity(),
        item.remaining(),
        Labels.of(item.getStatus()));
  }
}
