package org.vetsync.domain.model.reconciliation;

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
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;

/** A consult item that did not add up at expiry, on the reconciliation worklist until staff close it. */
@Entity
@Table(name = "reconciliation_item")
public class ReconciliationItem {

  public enum Status {
    OPEN,
    RESOLVED
  }

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consult_id")
  private Consult consult;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consult_item_id")
  private ConsultItem item;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private MismatchKind kind;

  @Column(name = "planned_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal planned;

  @Column(name = "dispensed_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal dispensed;

  @Column(name = "billed_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal billed;

  @Column(name = "returned_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal returned;

  @Column(name = "wasted_quantity", nullable = false, precision = 12, scale = 3)
  private BigDecimal wasted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(length = 500)
  private String resolution;

  @Column(name = "resolved_by", length = 64)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ReconciliationItem() {}

  public ReconciliationItem(Consult consult, ConsultItem item, MismatchKind kind, ItemTally tally, Instant now) {
    this.consult = consult;
    this.item = item;
    this.kind = kind;
    this.planned = tally.planned();
    this.dispensed = tally.dispensed();
    this.billed = tally.billed();
    this.returned = tally.returned();
    this.wasted = tally.wasted();
    this.createdAt = now;
  }

  public void resolve(String user, String resolutionText, Instant now) {
    if (status != Status.OPEN) {
      throw new IllegalStateException("Reconciliation item " + id + " is already resolved");
    }
    if (resolutionText == null || resolutionText.isBlank()) {
      throw new IllegalArgumentException("Closing a reconciliation item needs a resolution");
    }
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("Closing a reconciliation item needs the user who did it");
    }
    this.status = Status.RESOLVED;
    this.resolution = resolutionText.strip();
    this.resolvedBy = user;
    this.resolvedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Consult getConsult() {
    return consult;
  }

  public ConsultItem getItem() {
    return item;
  }

  public MismatchKind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public BigDecimal getPlanned() {
    return planned;
  }

  public BigDecimal getDispensed() {
    return dispensed;
  }

  public BigDecimal getBilled() {
    return billed;
  }

  public String getResolution() {
    return resolution;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }
}
