package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * Receives every cabinet message: records it as a sync event and answers the cabinet, in the caller's transaction
 * (the message-driven bean's), so the record, the answer and the broker's acknowledgement commit or roll back together.
 * A broken message is a business outcome (recorded, answered, acknowledged); only infrastructure failures throw.
 */
@Stateless
public class CabinetEventIntake {

  private static final Logger LOG = Logger.getLogger(CabinetEventIntake.class.getName());

  /** Payload kept per event. Larger bodies are rejected; their first megabyte is kept for staff to see. */
  static final int MAX_PAYLOAD_CHARS = 1_048_576;

  @Inject private SyncEventRepository events;
  @Inject private CabinetGateway cabinets;
  @Inject private Clock clock;

  public SyncEvent receive(InboundMessage message) {
    Instant now = clock.instant();
    String text = message.text() == null ? "" : message.text();
    String payload = text.length() <= MAX_PAYLOAD_CHARS ? text : text.substring(0, MAX_PAYLOAD_CHARS);
    try {
      if (text.length() > MAX_PAYLOAD_CHARS) {
        throw new InvalidMessageException(
            "Message of " + text.length() + " characters exceeds the limit of " + MAX_PAYLOAD_CHARS,
            null,
            SyncEventType.UNRECOGNISED,
            null);
      }
      MessageEnvelope envelope = MessageEnvelope.parseCabinetMessage(text);
      Optional<SyncEvent> earlier = events.findAcceptedInbound(envelope.messageId());
      if (earlier.isPresent()) {
        return duplicate(envelope, earlier.get(), payload, message, now);
      }
      SyncEvent event =
          SyncEvent.inbound(
              envelope.messageId(), envelope.type(), envelope.cabinetId(), payload, message.deliveryAttempt(), now);
      events.store(event);
      cabinets.acknowledge(Acknowledgement.accepted(envelope.cabinetId(), envelope.messageId()));
      event.complete(now);
      LOG.info(
          () ->
              "Received "
                  + envelope.type().label()
                  + " "
                  + envelope.messageId()
                  + " from cabinet "
                  + envelope.cabinetId()
                  + " as sync event "
                  + event.getId());
      return event;
    } catch (InvalidMessageException e) {
      return rejected(e, payload, message, now);
    }
  }

  private SyncEvent duplicate(
      MessageEnvelope envelope, SyncEvent earlier, String payload, InboundMessage message, Instant now) {
    String reason = "Duplicate of sync event " + earlier.getId() + " (same messageId)";
    SyncEvent event =
        SyncEvent.rejectedOnArrival(
            envelope.messageId(),
            envelope.type(),
            envelope.cabinetId(),
            payload,
            message.deliveryAttempt(),
            reason,
            now);
    events.store(event);
    cabinets.acknowledge(Acknowledgement.duplicate(envelope.cabinetId(), envelope.messageId()));
    LOG.warning(
        () ->
            "Rejected "
                + envelope.messageId()
                + " from cabinet "
                + envelope.cabinetId()
                + " as sync event "
                + event.getId()
                + ": "
                + reason);
    return event;
  }

  private SyncEvent rejected(InvalidMessageException e, String payload, InboundMessage message, Instant now) {
    String cabinet = e.cabinetId() != null ? e.cabinetId() : message.cabinetHint();
    SyncEvent event =
        SyncEvent.rejectedOnArrival(
            e.messageId(), e.type(), cabinet, payload, message.deliveryAttempt(), e.getMessage(), now);
    events.store(event);
    if (cabinet != null) {
      cabinets.acknowledge(Acknowledgement.rejected(cabinet, e.messageId(), e.getMessage()));
    }
    LOG.warning(
        () ->
            "Rejected message "
                + (e.messageId() == null ? "(no messageId)" : e.messageId())
                + " from cabinet "
                + (cabinet == null ? "(unknown)" : cabinet)
                + " as sync event "
                + event.getId()
                + ": "
                + e.getMessage());
    return event;
  }
}
