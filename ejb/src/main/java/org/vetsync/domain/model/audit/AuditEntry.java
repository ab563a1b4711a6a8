package org.vetsync.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did (or tried) what to which record, when, from where, and how it ended. An entry
 * never changes once written: auditors rely on it as evidence, so it has no method that alters it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  static final int MAX_DETAIL_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "remote_address", updatable = false, length = 64)
  private String remoteAddress;

  @Column(nullable = false, updatable = false, length = 100)
  private String action;

  @Column(name = "target_type", updatable = false, length = 40)
  private String targetType;

  @Column(name = "target_id", updatable = false, length = 100)
  private String targetId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private AuditOutcome outcome;

  @Column(updatable = false, length = MAX_DETAIL_LENGTH)
  private String detail;

  protected AuditEntry() {}

  private AuditEntry(Instant at, Actor actor, AuditedAction action, AuditOutcome outcome, String detail) {
    this.occurredAt = Objects.requireNonNull(at);
    this.username = cut(actor.user(), 64);
    this.remoteAddress = cut(actor.remoteAddress(), 64);
    this.action = cut(action.name(), 100);
    this.targetType = cut(action.targetType(), 40);
    this.targetId = cut(action.targetId(), 100);
    this.outcome = Objects.requireNonNull(outcome);
    this.detail = cut(detail, MAX_DETAIL_LENGTH);
  }

  /** The action was done; the note the user gave with it is kept. */
  public static AuditEntry done(Instant at, Actor actor, AuditedAction action) {
    return new AuditEntry(at, actor, action, AuditOutcome.DONE, action.note());
  }

  /** The action was refused (role or rule) or failed; the reason is what the user was told. */
  public static AuditEntry notDone(Instant at, Actor actor, AuditedAction action, AuditOutcome outcome,
      String reason) {
    if (outcome == AuditOutcome.DONE) {
      throw new IllegalArgumentException("A done action is recorded with done()");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A " + outcome + " entry needs the reason");
    }
    return new AuditEntry(at, actor, action, outcome, reason);
  }

  /** Long free text is cut rather than refused: losing the entry would be worse than losing its tail. */
  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }
}
