package org.vetsync.interfaces.console;

import java.io.Serializable;
import java.math.BigDecimal;
import org.vetsync.application.query.ConsultItemRow;

/** One item of the consult in the split dialog and the part of the orphan dispense staff give it, if any. */
public class SplitPart implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ConsultItemRow item;
  private BigDecimal quantity;

  SplitPart(ConsultItemRow item) {
    this.item = item;
  }

  public ConsultItemRow getItem() {
    return item;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  boolean isGiven() {
    return quantity != null && quantity.signum() != 0;
  }
}
