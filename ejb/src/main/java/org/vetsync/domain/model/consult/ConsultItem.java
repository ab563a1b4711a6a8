package org.vetsync.domain.model.consult;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.vetsync.domain.model.product.Product;

/**
 * A product planned on a consult, and what the cabinets did with it. Quantities only move through the methods below,
 * which keep dispensed within planned: anything beyond is an orphan for staff, never a silent over-bill.
 */
@Entity
@Table(name = "consult_item")
public class ConsultItem {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consult_id")
  private Consult consult;

  @Column(name = "pims_id", nullable = false, length = 64)
  private String pimsId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(name = "planned_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal plannedQuantity;

  @Column(name = "dispensed_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal dispensedQuantity = BigDecimal.ZERO;

  @Column(name = "returned_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal returnedQuantity = BigDecimal.ZERO;

  @Column(name = "wasted_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal wastedQuantity = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ConsultItemStatus status = ConsultItemStatus.PLANNED;

  @Version private long version;

  protected ConsultItem() {}

  ConsultItem(Consult consult, String pimsId, Product product, BigDecimal plannedQuantity) {
    this.consult = consult;
    this.pimsId = pimsId;
    this.product = product;
    this.plannedQuantity = positive(plannedQuantity);
  }

  /** What may still be dispensed against this item. */
  public BigDecimal remaining() {
    if (status == ConsultItemStatus.REMOVED) {
      return BigDecimal.ZERO;
    }
    return plannedQuantity.subtract(dispensedQuantity).max(BigDecimal.ZERO);
  }

  public boolean accepts(BigDecimal quantity) {
    return status != ConsultItemStatus.REMOVED && quantity.compareTo(remaining()) <= 0;
  }

  /** A nurse took this much from a cabinet for this item; partial dispenses add up. */
  public void dispense(BigDecimal quantity) {
    positive(quantity);
    if (!accepts(quantity)) {
      throw new IllegalStateException(
          "Item " + pimsId + " has " + remaining().toPlainString() + " left to dispense, not " + quantity.toPlainString());
    }
    dispensedQuantity = dispensedQuantity.add(quantity);
    refreshStatus();
  }

  /** Unused product went back into the cabinet: it is no longer dispensed (and the invoice is credited). */
  public void takeBack(BigDecimal quantity) {
    positive(quantity);
    if (quantity.compareTo(dispensedQuantity) > 0) {
      throw new IllegalStateException(
          "Item " + pimsId + " had " + dispensedQuantity.toPlainString() + " dispensed; cannot return "
              + quantity.toPlainString());
    }
    dispensedQuantity = dispensedQuantity.subtract(quantity);
    returnedQuantity = returnedQuantity.add(quantity);
    refreshStatus();
  }

  /** Dispensed product destroyed (a controlled drug's unused part): recorded, billing unchanged. */
  public void recordWaste(BigDecimal quantity) {
    wastedQuantity = wastedQuantity.add(positive(quantity));
  }

  void changePlannedQuantity(BigDecimal quantity) {
    if (status == ConsultItemStatus.REMOVED) {
      throw new IllegalStateException("Item " + pimsId + " was removed");
    }
    plannedQuantity = positive(quantity);
    refreshStatus();
  }

  void remove() {
    status = ConsultItemStatus.REMOVED;
  }

  private void refreshStatus() {
    if (status == ConsultItemStatus.REMOVED) {
      return;
    }
    if (dispensedQuantity.signum() == 0) {
      status = ConsultItemStatus.PLANNED;
    } else if (dispensedQuantity.compareTo(plannedQuantity) < 0) {
      status = ConsultItemStatus.PARTIALLY_DISPENSED;
    } else {
      status = ConsultItemStatus.DISPENSED;
    }
  }

  private static BigDecimal positive(BigDecimal quantity) {
    if (quantity == null || quantity.signum() <= 0) {
      throw new IllegalArgumentException("A quantity must be greater than zero");
    }
    return quantity;
  }

  public Long getId() {
    return id;
  }

  public Consult getConsult() {
    return consult;
  }

  public String getPimsId() {
    return pimsId;
  }

  public Product getProduct() {
    return product;
  }

  public BigDecimal getPlannedQuantity() {
    return plannedQuantity;
  }

  public BigDecimal getDispensedQuantity() {
    return dispensedQuantity;
  }

  public BigDecimal getReturnedQuantity() {
    return returnedQuantity;
  }

  public BigDecimal getWastedQuantity() {
    return wastedQuantity;
  }

  public ConsultItemStatus getStatus() {
    return status;
  }
}
