package org.vetsync.domain.model.dispense;

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
import java.time.Instant;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.product.Product;

/**
 * One physical cabinet transaction, as the cabinet reported it. Its transaction id is unique: the same transaction
 * reported again (resend, redelivery, a crash in between) is recognised and never recorded or billed twice.
 */
@Entity
@Table(name = "dispense")
public class Dispense {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(name = "transaction_id", nullable = false, unique = true, length = 64)
  private String transactionId;

  @Column(name = "cabinet_code", nullable = false, length = 64)
  private String cabinetCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DispenseKind kind;

  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  /** The product as the cabinet named it (code or item code), kept even when it matched nothing. */
  @Column(name = "product_ref", nullable = false, length = 64)
  private String productRef;

  @Column(nullable = false, precision = 12, scale = 3)
  private BigDecimal quantity;

  @Column(name = "dispensed_by", length = 100)
  private String dispensedBy;

  @Column(name = "dispensed_at", nullable = false)
  private Instant dispensedAt;

  @Column(name = "consult_ref", length = 64)
  private String consultRef;

  @Column(name = "patient_ref", length = 64)
  private String patientRef;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consult_item_id")
  private ConsultItem consultItem;

  @Column(name = "sync_event_id", nullable = false)
  private long syncEventId;

  @Version private long version;

  protected Dispense() {}

  public Dispense(
      String transactionId,
      String cabinetCode,
      DispenseKind kind,
      Product product,
      String productRef,
      BigDecimal quantity,
      String dispensedBy,
      Instant dispensedAt,
      String consultRef,
      String patientRef,
      long syncEventId) {
    if (quantity == null || quantity.signum() <= 0) {
      throw new IllegalArgumentException("A dispensed quantity must be greater than zero");
    }
    this.transactionId = transactionId;
    this.cabinetCode = cabinetCode;
    this.kind = kind;
    this.product = product;
    this.productRef = productRef;
    this.quantity = quantity;
    this.dispensedBy = dispensedBy;
    this.dispensedAt = dispensedAt;
    this.consultRef = consultRef;
    this.patientRef = patientRef;
    this.syncEventId = syncEventId;
  }

  /** Ties the dispense to the consult item it was for (on arrival, or when staff match an orphan). */
  public void assignTo(ConsultItem item) {
    if (consultItem != null) {
      throw new IllegalStateException("Dispense " + transactionId + " is already assigned to an item");
    }
    this.consultItem = item;
  }

  public Long getId() {
    return id;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getCabinetCode() {
    return cabinetCode;
  }

  public DispenseKind getKind() {
    return kind;
  }

  public Product getProduct() {
    return product;
  }

  public String getProductRef() {
    return productRef;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getDispensedBy() {
    return dispensedBy;
  }

  public Instant getDispensedAt() {
    return dispensedAt;
  }

  public String getConsultRef() {
    return consultRef;
  }

  public String getPatientRef() {
    return patientRef;
  }

  public ConsultItem getConsultItem() {
    return consultItem;
  }

  public long getSyncEventId() {
    return syncEventId;
  }
}
