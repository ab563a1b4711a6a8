package org.vetsync.simulator;

import java.math.BigDecimal;

/**
 * A planned item of a consult as the cabinet holds it (a "profile").
 *
 * @param productCode the practice system's product, or null if vetsync did not send it
 * @param itemCode the cabinet's item code, or null if vetsync did not send it
 * @param planned the total quantity planned
 * @param dispensed how much of it this simulator has dispensed itself
 */
record ScheduledItem(String productCode, String itemCode, BigDecimal planned, BigDecimal dispensed) {

  static ScheduledItem scheduled(String productCode, String itemCode, BigDecimal planned) {
    return new ScheduledItem(productCode, itemCode, planned, BigDecimal.ZERO);
  }

  /** What a nurse still has to take to give the patient everything planned. */
  BigDecimal outstanding() {
    return planned.subtract(dispensed).max(BigDecimal.ZERO);
  }

  ScheduledItem replanned(ScheduledItem newer) {
    return new ScheduledItem(newer.productCode, newer.itemCode, newer.planned, dispensed);
  }

  ScheduledItem afterDispensing(BigDecimal quantity) {
    return new ScheduledItem(productCode, itemCode, planned, dispensed.add(quantity));
  }

  /** The code a dispense names it by: the product when known, because vetsync bills by product. */
  ProductReference reference() {
    return productCode != null ? ProductReference.productCode(productCode) : ProductReference.itemCode(itemCode);
  }
}
