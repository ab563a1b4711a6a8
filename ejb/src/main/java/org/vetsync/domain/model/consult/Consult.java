package org.vetsync.domain.model.consult;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.product.Product;

/** The clinical record of one visit, its planned items, and which cabinets hold it. */
@Entity
@Table(name = "consult")
public class Consult {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(name = "pims_id", nullable = false, unique = true, length = 64)
  private String pimsId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(length = 200)
  private String vet;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "consult", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ConsultItem> items = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consult_cabinet", joinColumns = @JoinColumn(name = "consult_id"))
  private List<CabinetSync> cabinets = new ArrayList<>();

  @Version private long version;

  protected Consult() {}

  public Consult(String pimsId, Patient patient, String vet, Instant openedAt) {
    this.pimsId = Objects.requireNonNull(pimsId);
    this.patient = Objects.requireNonNull(patient);
    this.vet = vet;
    this.openedAt = Objects.requireNonNull(openedAt);
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public void close(Instant now) {
    if (isOpen()) {
      closedAt = now;
    }
  }

  public ConsultItem plan(String itemId, Product product, BigDecimal quantity) {
    requireOpen();
    if (item(itemId).isPresent()) {
      throw new IllegalStateException("Consult " + pimsId + " already has item " + itemId);
    }
    ConsultItem item = new ConsultItem(this, itemId, product, quantity);
    items.add(item);
    return item;
  }

  /** @return the planned quantity before the change */
  public BigDecimal changePlannedQuantity(String itemId, BigDecimal quantity) {
    requireOpen();
    ConsultItem item = requireItem(itemId);
    BigDecimal before = item.getPlannedQuantity();
    item.changePlannedQuantity(quantity);
    return before;
  }

  public ConsultItem removeItem(String itemId) {
    requireOpen();
    ConsultItem item = requireItem(itemId);
    item.remove();
    return item;
  }

  public Optional<ConsultItem> item(String itemId) {
    return items.stream().filter(i -> i.getPimsId().equals(itemId)).findFirst();
  }

  /** The item a dispense of this product belongs to: the first one that can still take the whole quantity. */
  public Optional<ConsultItem> itemAccepting(Product product, BigDecimal quantity) {
    return items.stream()
        .filter(i -> i.getProduct().getCode().equals(product.getCode()) && i.accepts(quantity))
        .findFirst();
  }

  /** The item of this product with the most dispensed, for a return or waste. */
  public Optional<ConsultItem> itemDispensed(Product product) {
    return items.stream()
        .filter(i -> i.getProduct().getCode().equals(product.getCode()))
        .max(Comparator.comparing(ConsultItem::getDispensedQuantity));
  }

  public boolean plans(Product product) {
    return items.stream().anyMatch(i -> i.getProduct().getCode().equals(product.getCode()));
  }

  /**
   * Records that the cabinet now holds this consult until {@code expiresAt}.
   *
   * @return true when the cabinet did not hold it already, i.e. it needs the consult itself before any item
   */
  public boolean syncTo(String cabinetCode, Instant now, Instant expiresAt) {
    requireOpen();
    Optional<CabinetSync> existing = cabinetSync(cabinetCode);
    if (existing.isPresent()) {
      boolean wasActive = existing.get().isActive();
      existing.get().renew(now, expiresAt);
      return !wasActive;
    }
    cabinets.add(new CabinetSync(cabinetCode, now, expiresAt));
    return true;
  }

  /** Staff were warned that the cabinet's copy expires soon with items not dispensed: once per sync. */
  public void warnedOfExpiry(String cabinetCode, Instant now) {
    cabinetSync(cabinetCode).ifPresent(s -> s.warnedOfExpiry(now));
  }

  /** The cabinet no longer holds the consult (closed, expired, or the cabinet dropped it). */
  public boolean unsyncFrom(String cabinetCode, Instant now) {
    Optional<CabinetSync> sync = cabinetSync(cabinetCode).filter(CabinetSync::isActive);
    sync.ifPresent(s -> s.end(now));
    return sync.isPresent();
  }

  public List<String> cabinetsHolding() {
    return cabinets.stream().filter(CabinetSync::isActive).map(CabinetSync::cabinetCode).toList();
  }

  private Optional<CabinetSync> cabinetSync(String cabinetCode) {
    return cabinets.stream().filter(c -> c.cabinetCode().equals(cabinetCode)).findFirst();
  }

  private ConsultItem requireItem(String itemId) {
    return item(itemId)
        .orElseThrow(() -> new IllegalStateException("Consult " + pimsId + " has no item " + itemId));
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("Consult " + pimsId + " is closed");
    }
  }

  public Long getId() {
    return id;
  }

  public String getPimsId() {
    return pimsId;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getVet() {
    return vet;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<ConsultItem> getItems() {
    return List.copyOf(items);
  }

  public List<CabinetSync> getCabinets() {
    return List.copyOf(cabinets);
  }
}
