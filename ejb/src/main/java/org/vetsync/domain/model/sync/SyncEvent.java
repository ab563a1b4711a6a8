package org.vetsync.domain.model.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One exchange with a cabinet or the practice system, as staff see it on the dashboard. The raw payload is always
 * kept, whatever happened to the message, so that nothing a cabinet sent is ever lost.
 */
@Entity
@Table(name = "sync_event")
@NamedQuery(
    name = "SyncEvent.findInboundByMessageId",
    query =
        "select e from SyncEvent e where e.messageId = :messageId and e.direction = org.vetsync.domain.model.sync.Direction.INBOUND"
            + " and e.status <> org.vetsync.domain.model.sync.SyncEventStatus.REJECTED")
public class SyncEvent {

  /** Longest error text kept; longer ones are cut, the payload keeps the detail. */
  static final int MAX_ERROR_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "sync_event_seq", sequenceName = "sync_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_event_seq")
  private Long id;

  @Column(name = "message_id", length = 64)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 32)
  private SyncEventType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SyncEventStatus status;

  @Column(name = "cabinet_code", length = 64)
  private String cabinetCode;

  @Column(name = "consult_ref", length = 64)
  private String consultRef;

  @Column(name = "patient_ref", length = 64)
  private String patientRef;

  @Column(length = 1048576)
  private String payload;

  @Column(length = MAX_ERROR_LENGTH)
  private String error;

  /** The error without its particulars ({@link FailureCause}): failures are grouped, and retried together, by it. */
  @Column(name = "failure_cause", length = FailureCause.MAX_LENGTH)
  private String failureCause;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "acted_by", length = 64)
  private String actedBy;

  @Version private long version;

  protected SyncEvent() {}

  private SyncEvent(
      String messageId,
      SyncEventType type,
      Direction direction,
      String cabinetCode,
      String payload,
      int attempts,
      Instant now) {
    this.messageId = messageId;
    this.type = Objects.requireNonNull(type);
    this.direction = Objects.requireNonNull(direction);
    this.cabinetCode = cabinetCode;
    this.payload = payload;
    this.attempts = attempts;
    this.status = SyncEventStatus.PENDING;
    this.receivedAt = Objects.requireNonNull(now);
    this.updatedAt = now;
  }

  /** A command vetsync sent about a patient's consult, waiting for the receiver's acknowledgement. */
  public static SyncEvent outbound(
      String messageId,
      SyncEventType type,
      String cabinetCode,
      String consultRef,
      String patientRef,
      String payload,
      Instant now) {
    SyncEvent event = new SyncEvent(messageId, type, Direction.OUTBOUND, cabinetCode, payload, 1, now);
    event.consultRef = consultRef;
    event.patientRef = patientRef;
    event.status = SyncEventStatus.PROCESSING;
    return event;
  }

  /** A message that arrived from outside, not yet processed. */
  public static SyncEvent inbound(
      String messageId, SyncEventType type, String cabinetCode, String payload, int deliveryAttempt, Instant now) {
    return new SyncEvent(messageId, type, Direction.INBOUND, cabinetCode, payload, deliveryAttempt, now);
  }

  /** A message that arrived unusable: recorded with the reason, never processed, visible to staff. */
  public static SyncEvent rejectedOnArrival(
      String messageId,
      SyncEventType type,
      String cabinetCode,
      String payload,
      int deliveryAttempt,
      String reason,
      Instant now) {
    SyncEvent event = inbound(messageId, type, cabinetCode, payload, deliveryAttempt, now);
    event.reject(reason, now);
    return event;
  }

  /** Which consult the event concerns, once known: the consult timeline is built from this. */
  public void concerns(String consultRef) {
    this.consultRef = consultRef;
  }

  /**
   * Which patient the event concerns, once known (the practice system's patient id, or a cabinet's own reference for
   * a temporary patient): staff find a patient's events by it.
   */
  public void concernsPatient(String patientRef) {
    this.patientRef = patientRef;
  }

  /** The receiver accepted a command vetsync sent. */
  public void acknowledged(Instant now) {
    complete(now);
  }

  /** Processing could not be done now (the receiver refused, or something it needs is missing): staff may retry. */
  public void fail(String reason, Instant now) {
    requireStatus(SyncEventStatus.PENDING, SyncEventStatus.PROCESSING);
    String why = requireText(reason, "a failure needs a reason");
    this.status = SyncEventStatus.FAILED;
    explain(why);
    this.updatedAt = now;
  }

  /** A dispense vetsync could not tie to a consult item (an orphan, a temporary patient): waits for staff. */
  public void awaitAllocation(String why, Instant now) {
    requireStatus(SyncEventStatus.PENDING, SyncEventStatus.PROCESSING);
    String waitingFor = requireText(why, "say what the event waits for");
    this.status = SyncEventStatus.UNALLOCATED;
    explain(waitingFor);
    this.updatedAt = now;
  }

  /**
   * Staff asked for this event to be done again. An outbound command goes out again under a new messageId (the broker
   * would drop a repeat of the old one as a duplicate); an inbound one is processed again from its stored payload.
   */
  public void retry(String user, String newMessageId, String newPayload, Instant now) {
    requireStatus(SyncEventStatus.FAILED, SyncEventStatus.PENDING);
    this.actedBy = requireText(user, "a retry needs the user who asked for it");
    if (direction == Direction.OUTBOUND && newMessageId == null) {
      throw new IllegalArgumentException("a command goes out again under a new messageId");
    }
    if (direction == Direction.INBOUND && newMessageId != null) {
      throw new IllegalArgumentException("an inbound event is processed again as it arrived");
    }
    this.attempts++;
    explain(null);
    this.status = direction == Direction.OUTBOUND ? SyncEventStatus.PROCESSING : SyncEventStatus.PENDING;
    if (newMessageId != null) {
      this.messageId = newMessageId;
      this.payload = newPayload;
    }
    this.updatedAt = now;
  }

  /** Staff resolved what this event was waiting for (an orphan matched, a temporary patient allocated). */
  public void resolvedBy(String user, Instant now) {
    requireStatus(SyncEventStatus.UNALLOCATED, SyncEventStatus.FAILED, SyncEventStatus.PENDING);
    this.actedBy = requireText(user, "a resolution needs the user who made it");
    this.status = SyncEventStatus.COMPLETE;
    explain(null);
    this.updatedAt = now;
  }

  public void complete(Instant now) {
    requireStatus(SyncEventStatus.PENDING, SyncEventStatus.PROCESSING, SyncEventStatus.FAILED);
    this.status = SyncEventStatus.COMPLETE;
    explain(null);
    this.updatedAt = now;
  }

  public void reject(String reason, Instant now) {
    requireStatus(SyncEventStatus.PENDING, SyncEventStatus.PROCESSING);
    String why = requireText(reason, "a rejection needs a reason");
    this.status = SyncEventStatus.REJECTED;
    explain(why);
    this.updatedAt = now;
  }

  /** Staff decided this event needs no further action; who and why is kept for the audit trail. */
  public void ignore(String user, String reason, Instant now) {
    requireStatus(
        SyncEventStatus.PENDING, SyncEventStatus.FAILED, SyncEventStatus.REJECTED, SyncEventStatus.UNALLOCATED);
    String why = requireText(reason, "ignoring an event needs a reason");
    this.actedBy = requireText(user, "ignoring an event needs the user who did it");
    this.status = SyncEventStatus.IGNORED;
    this.error = cut((error == null ? "" : error + " | ") + "Ignored: " + why);
    this.updatedAt = now;
  }

  private void requireStatus(SyncEventStatus... allowed) {
    for (SyncEventStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new IllegalStateException("Sync event " + id + " is " + status.label() + ", which does not allow this");
  }

  private static String requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return value.strip();
  }

  /** The error staff read, and its cause for grouping; null clears both. */
  private void explain(String why) {
    this.error = why == null ? null : cut(why);
    this.failureCause = FailureCause.of(why);
  }

  private static String cut(String text) {
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public SyncEventType getType() {
    return type;
  }

  public Direction getDirection() {
    return direction;
  }

  public SyncEventStatus getStatus() {
    return status;
  }

  public String getCabinetCode() {
    return cabinetCode;
  }

  public String getConsultRef() {
    return consultRef;
  }

  public String getPayload() {
    return payload;
  }

  public String getPatientRef() {
    return patientRef;
  }

  public String getError() {
    return error;
  }

  public String getFailureCause() {
    return failureCause;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getActedBy() {
    return actedBy;
  }
}
