package org.vetsync.domain.model.pharmacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A name, address or pet-name change held back from the pharmacy until staff approve or reject it. */
@Entity
@Table(name = "review_item")
public class ReviewItem {

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED,
    SENT
  }

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(nullable = false, length = 8)
  private String subject;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "subject_ref", nullable = false, length = 64)
  private String subjectRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReviewField field;

  @Column(name = "old_value", length = 500)
  private String oldValue;

  @Column(name = "new_value", length = 500)
  private String newValue;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.PENDING;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 500)
  private String decisionReason;

  @Column(name = "new_prescription_required", nullable = false)
  private boolean newPrescriptionRequired;

  @Column(name = "sent_in_run")
  private Long sentInRun;

  @Version private long version;

  protected ReviewItem() {}

  public ReviewItem(
      ReviewField field, long subjectId, String subjectRef, String oldValue, String newValue, Instant now) {
    this.field = field;
    this.subject = field == ReviewField.PET_NAME ? "PET" : "CLIENT";
    this.subjectId = subjectId;
    this.subjectRef = subjectRef;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.changedBy = "practice system";
    this.detectedAt = now;
  }

  /** The practice system changed the value again before anyone decided: review the latest value. */
  public void supersede(String latest, Instant now) {
    requirePending();
    this.newValue = latest;
    this.detectedAt = now;
  }

  public void approve(String user, Instant now) {
    requirePending();
    this.status = Status.APPROVED;
    this.decidedBy = requireUser(user);
    this.decidedAt = now;
    this.newPrescriptionRequired = field.requiresNewPrescription();
  }

  public void reject(String user, String reason, Instant now) {
    requirePending();
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Rejecting a change needs a reason");
    }
    this.status = Status.REJECTED;
    this.decidedBy = requireUser(user);
    this.decidedAt = now;
    this.decisionReason = reason.strip();
  }

  public void sentIn(long runId) {
    if (status != Status.APPROVED) {
      throw new IllegalStateException("Only an approved change is sent");
    }
    this.status = Status.SENT;
    this.sentInRun = runId;
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw new IllegalStateException("Review item " + id + " was already decided (" + status + ")");
    }
  }

  private static String requireUser(String user) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("A review decision needs the user who made it");
    }
    return user;
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public ReviewField getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isNewPrescriptionRequired() {
    return newPrescriptionRequired;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }
}
