package org.vetsync.domain.model.orphan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.vetsync.domain.model.dispense.Dispense;

/** A dispense staff must match by hand; it is billed only once they do. */
@Entity
@Table(name = "orphan_dispense")
public class OrphanDispense {

  public enum Status {
    OPEN,
    MATCHED,
    DISMISSED
  }

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "dispense_id", unique = true)
  private Dispense dispense;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private OrphanReason reason;

  @Column(length = 500)
  private String detail;

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

  protected OrphanDispense() {}

  public OrphanDispense(Dispense dispense, OrphanReason reason, String detail, Instant now) {
    this.dispense = dispense;
    this.reason = reason;
    this.detail = detail;
    this.createdAt = now;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public void matched(String user, String resolution, Instant now) {
    resolve(Status.MATCHED, user, resolution, now);
  }

  public void dismiss(String user, String reasonGiven, Instant now) {
    if (reasonGiven == null || reasonGiven.isBlank()) {
      throw new IllegalArgumentException("Dismissing an orphan dispense needs a reason");
    }
    resolve(Status.DISMISSED, user, reasonGiven, now);
  }

  private void resolve(Status outcome, String user, String text, Instant now) {
    if (!isOpen()) {
      throw new IllegalStateException("Orphan dispense " + id + " was already resolved (" + status + ")");
    }
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("Resolving an orphan dispense needs the user who did it");
    }
    this.status = outcome;
    this.resolvedBy = user;
    this.resolution = text;
    this.resolvedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Dispense getDispense() {
    return dispense;
  }

  public OrphanReason getReason() {
    return reason;
  }

  public String getDetail() {
    return detail;
  }

  public Status getStatus() {
    return status;
  }

  public String getResolution() {
    return resolution;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }
}
