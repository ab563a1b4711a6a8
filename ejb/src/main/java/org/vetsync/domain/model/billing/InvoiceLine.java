package org.vetsync.domain.model.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.dispense.DispenseKind;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.product.Product;

/**
 * What the client is charged (or credited, for a return) for one dispense. The database allows one line per dispense,
 * so a dispense can never be billed twice, whatever happens upstream.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @ManyToOne
  @JoinColumn(name = "consult_id")
  private Consult consult;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  /** Negative for a credit. */
  @Column(nullable = false, precision = 12, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @OneToOne(optional = false)
  @JoinColumn(name = "source_dispense_id", unique = true)
  private Dispense sourceDispense;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected InvoiceLine() {}

  private InvoiceLine(Consult consult, Patient patient, Dispense dispense, BigDecimal quantity, Instant now) {
    this.consult = consult;
    this.patient = patient;
    this.product = dispense.getProduct();
    this.unitPrice = dispense.getProduct().getPrice();
    this.quantity = quantity;
    this.sourceDispense = dispense;
    this.createdAt = now;
  }

  /**
   * The line a dispense produces: a charge for a removal, a credit for a return, nothing for waste or a product the
   * practice does not bill.
   */
  public static Optional<InvoiceLine> forDispense(
      Consult consult, Patient patient, Dispense dispense, Instant now) {
    Product product = dispense.getProduct();
    if (product == null || !product.isBillable() || dispense.getKind() == DispenseKind.WASTE) {
      return Optional.empty();
    }
    BigDecimal quantity =
        dispense.getKind() == DispenseKind.RETURN ? dispense.getQuantity().negate() : dispense.getQuantity();
    return Optional.of(new InvoiceLine(consult, patient, dispense, quantity, now));
  }

  public Long getId() {
    return id;
  }

  public Consult getConsult() {
    return consult;
  }

  public Patient getPatient() {
    return patient;
  }

  public Product getProduct() {
    return product;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public Dispense getSourceDispense() {
    return sourceDispense;
  }
}
