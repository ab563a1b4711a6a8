package org.vetsync.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * Receives every practice-system message, in the message-driven bean's transaction: recorded as a sync event, applied,
 * and the resulting cabinet commands sent, together. A message referring to something not yet known (a consult whose
 * opening is still on its way) is first handed back to the broker, which delivers it again after its back-off: with
 * two vetsync instances the message it depends on may be applied by the other one a moment later
 * (docs/RELIABILITY.md, D6). If it is still unknown after a few deliveries, the message is kept as Failed, for staff
 * to retry once it has arrived.
 */
@Stateless
public class PracticeEventIntake {

  private static final Logger LOG = Logger.getLogger(PracticeEventIntake.class.getName());
  /**
   * Deliveries of a message that refers to something not yet known before it is kept as Failed: with the broker's
   * back-off (1 s, doubling) the last comes about 7 s after the first.
   */
  static final int DELIVERIES_WHILE_NOT_YET_KNOWN = 4;

  @Resource private SessionContext context;

  @Inject private SyncEventRepository events;
  @Inject private PracticeRecords records;
  @Inject private ContractValidator contract;
  @Inject private Clock clock;

  public SyncEvent receive(InboundMessage message) {
    Instant now = clock.instant();
    String text = message.body();
    String payload = message.keptPayload();
    MessageEnvelope envelope;
    try {
      message.requireWithinLimit();
      envelope = MessageEnvelope.parsePracticeMessage(text);
      envelope.requireValid(contract, text);
    } catch (InvalidMessageException e) {
      return rejectedOnArrival(e.messageId(), e.type(), payload, message, e.getMessage(), now);
    }
    Optional<SyncEvent> earlier = events.findAcceptedInbound(envelope.messageId());
    if (earlier.isPresent()) {
      return rejectedOnArrival(envelope.messageId(), envelope.type(), payload, message,
          "Duplicate of sync event " + earlier.get().getId() + " (same messageId)", now);
    }
    SyncEvent event = SyncEvent.inbound(envelope.messageId(), envelope.type(), null, payload,
        message.deliveryAttempt(), now);
    events.store(event);
    apply(envelope, event, message.deliveryAttempt() < DELIVERIES_WHILE_NOT_YET_KNOWN);
    return event;
  }

  /** Staff's retry of a Failed practice-system event, from its stored payload. */
  public void reprocess(SyncEvent event, String user) {
    event.retry(user, null, null, clock.instant());
    try {
      apply(MessageEnvelope.parsePracticeMessage(event.getPayload()), event, false);
    } catch (InvalidMessageException e) {
      event.reject(e.getMessage(), clock.instant());
    }
  }

  private void apply(MessageEnvelope envelope, SyncEvent event, boolean mayWait) {
    Instant now = clock.instant();
    try {
      records.apply(envelope, event);
      if (event.getStatus() == SyncEventStatus.PENDING) {
        event.complete(now);
      }
      LOG.info(() -> "Applied " + envelope.type().label() + " " + envelope.messageId() + " from the practice system"
          + " as sync event " + event.getId());
    } catch (InvalidMessageException e) {
      event.reject(e.getMessage(), now);
      LOG.warning(() -> "Rejected practice-system message " + envelope.messageId() + " as sync event "
          + event.getId() + ": " + e.getMessage());
    } catch (NotYetKnownException e) {
      if (mayWait) {
        // nothing of this delivery is kept: the broker delivers the message again after its back-off
        context.setRollbackOnly();
        LOG.info(() -> "Practice-system message " + envelope.messageId() + " handed back to the broker for a later"
            + " delivery (attempt " + event.getAttempts() + " of " + DELIVERIES_WHILE_NOT_YET_KNOWN + "): "
            + e.getMessage());
        return;
      }
      event.fail(e.getMessage(), now);
      LOG.warning(() -> "Practice-system message " + envelope.messageId() + " (sync event " + event.getId()
          + ") waits: " + e.getMessage());
    }
  }

  private SyncEvent rejectedOnArrival(
      String messageId, SyncEventType type, String payload, InboundMessage message, String reason, Instant now) {
    SyncEvent event = SyncEvent.rejectedOnArrival(messageId, type, null, payload, message.deliveryAttempt(), reason,
        now);
    events.store(event);
    LOG.warning(() -> "Rejected practice-system message " + (messageId == null ? "(no messageId)" : messageId)
        + " as sync event " + event.getId() + ": " + reason);
    return event;
  }
}
