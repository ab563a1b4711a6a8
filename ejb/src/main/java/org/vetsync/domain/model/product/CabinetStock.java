package org.vetsync.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product stocked in one cabinet, under that cabinet's own item code. */
@Embeddable
public class CabinetStock {

  @Column(name = "cabinet_code", nullable = false, length = 64)
  private String cabinetCode;

  @Column(name = "item_code", nullable = false, length = 64)
  private String itemCode;

  protected CabinetStock() {}

  public CabinetStock(String cabinetCode, String itemCode) {
    this.cabinetCode = cabinetCode;
    this.itemCode = itemCode;
  }

  public String cabinetCode() {
    return cabinetCode;
  }

  public String itemCode() {
    return itemCode;
  }
}
