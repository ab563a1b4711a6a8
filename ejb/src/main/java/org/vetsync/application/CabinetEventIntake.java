package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.vetsync.domain.model.cabinet.Cabinet;
import org.vetsync.domain.model.cabinet.CabinetRepository;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultRepository;
import org.vetsync.domain.model.dispense.DispenseKind;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * Receives every cabinet message: records it as a sync event, does what it says, and answers the cabinet, all in the
 * caller's transaction (the message-driven bean's), so the record, its effects, the answer and the broker's
 * acknowledgement commit or roll back together. A broken message is a business outcome (recorded, answered,
 * acknowledged); only infrastructure failures throw.
 */
@Stateless
public class CabinetEventIntake {

  private static final Logger LOG = Logger.getLogger(CabinetEventIntake.class.getName());

  @Inject private SyncEventRepository events;
  @Inject private CabinetRepository cabinets;
  @Inject private ConsultRepository consults;
  @Inject private DispenseRecording dispenses;
  @Inject private CabinetGateway gateway;
  @Inject private ContractValidator contract;
  @Inject private Clock clock;

  /** @return the sync event recorded, or empty for a cabinet's acknowledgement of a command (it updates that command) */
  public Optional<SyncEvent> receive(InboundMessage message) {
    Instant now = clock.instant();
    String text = message.body();
    String payload = message.keptPayload();
    try {
      message.requireWithinLimit();
      MessageEnvelope envelope = MessageEnvelope.parseCabinetMessage(text);
      envelope.requireValid(contract, text);
      Optional<String> sender = message.senderCabinet();
      if (sender.isPresent() && !sender.get().equals(envelope.cabinetId())) {
        throw new InvalidMessageException("Sent by cabinet " + sender.get() + "'s broker account on behalf of cabinet "
            + envelope.cabinetId() + ": a cabinet may only speak for itself", envelope.messageId(), envelope.type(),
            sender.get());
      }
      if (cabinets.find(envelope.cabinetId()).isEmpty()) {
        throw envelope.fields().invalid("Unknown cabinet '" + envelope.cabinetId() + "'");
      }
      if (envelope.type() == SyncEventType.ACKNOWLEDGEMENT) {
        return commandAnswered(envelope, payload, message, now);
      }
      Optional<SyncEvent> earlier = events.findAcceptedInbound(envelope.messageId());
      if (earlier.isPresent()) {
        return Optional.of(duplicate(envelope, "Duplicate of sync event " + earlier.get().getId() + " (same messageId)",
            payload, message, now));
      }
      SyncEvent event =
          SyncEvent.inbound(
              envelope.messageId(), envelope.type(), envelope.cabinetId(), payload, message.deliveryAttempt(), now);
      events.store(event);
      try {
        process(envelope, event);
      } catch (DuplicateTransactionException e) {
        event.reject(e.getMessage(), now);
        answer(Acknowledgement.duplicate(envelope.cabinetId(), envelope.messageId()));
        LOG.warning(() -> "Rejected " + envelope.messageId() + " from cabinet " + envelope.cabinetId()
            + " as sync event " + event.getId() + ": " + e.getMessage());
        return Optional.of(event);
      }
      answer(Acknowledgement.accepted(envelope.cabinetId(), envelope.messageId()));
      LOG.info(() -> "Received " + envelope.type().label() + " " + envelope.messageId() + " from cabinet "
          + envelope.cabinetId() + " as sync event " + event.getId() + " (" + event.getStatus().label() + ")");
      return Optional.of(event);
    } catch (InvalidMessageException e) {
      return Optional.of(rejected(e, payload, message, now));
    }
  }

  /** Staff's "sync changes from the cabinet again": the stored message is processed once more, billing at most once. */
  public void reprocess(SyncEvent event, String user) {
    Instant now = clock.instant();
    event.retry(user, null, null, now);
    try {
      MessageEnvelope envelope = MessageEnvelope.parseCabinetMessage(event.getPayload());
      process(envelope, event);
    } catch (InvalidMessageException | DuplicateTransactionException e) {
      event.reject(e.getMessage(), now);
    }
  }

  private void process(MessageEnvelope envelope, SyncEvent event)
      throws InvalidMessageException, DuplicateTransactionException {
    Instant now = clock.instant();
    switch (envelope.type()) {
      case DISPENSE -> dispenses.record(envelope, DispenseKind.REMOVE, event);
      case RETURN -> dispenses.record(envelope, DispenseKind.RETURN, event);
      case WASTE -> dispenses.record(envelope, DispenseKind.WASTE, event);
      case BILLING_TRIGGER -> dispenses.recordBillingTrigger(envelope, event);
      case UNSYNC_CONSULT -> {
        String consultId = envelope.fields().text("consultId");
        event.concerns(consultId);
        Optional<Consult> consult = consults.lock(consultId);
        if (consult.isEmpty()) {
          event.fail("Consult " + consultId + " is not known", now);
          return;
        }
        event.concernsPatient(consult.get().getPatient().getPimsId());
        // the cabinet dropped it on its own (after 24 h): record it, send nothing back
        consult.get().unsyncFrom(envelope.cabinetId(), now);
      }
      default -> throw envelope.fields().invalid(envelope.type().name() + " is not sent by cabinets");
    }
    if (event.getStatus() == SyncEventStatus.PENDING) {
      event.complete(now);
    }
  }

  private Optional<SyncEvent> commandAnswered(
      MessageEnvelope envelope, String payload, InboundMessage message, Instant now) throws InvalidMessageException {
    Fields f = envelope.fields();
    String inReplyTo = f.text("inReplyTo");
    boolean accepted = f.flag("accepted", false);
    Optional<SyncEvent> command = events.findOutbound(inReplyTo);
    if (command.isEmpty() || !envelope.cabinetId().equals(command.get().getCabinetCode())) {
      throw f.invalid("Acknowledgement of " + inReplyTo + ", which vetsync did not send to cabinet "
          + envelope.cabinetId());
    }
    SyncEvent sent = command.get();
    if (sent.getStatus() != SyncEventStatus.PROCESSING) {
      // a repeated answer: the first one counted
      return Optional.empty();
    }
    if (accepted) {
      sent.acknowledged(now);
    } else {
      sent.fail("Cabinet " + envelope.cabinetId() + " refused: " + f.optionalText("reason").orElse("no reason given"),
          now);
    }
    LOG.info(() -> "Cabinet " + envelope.cabinetId() + (accepted ? " accepted " : " refused ") + sent.getType().label()
        + " " + inReplyTo + " (sync event " + sent.getId() + ")");
    return Optional.empty();
  }

  private SyncEvent duplicate(
      MessageEnvelope envelope, String reason, String payload, InboundMessage message, Instant now) {
    SyncEvent event =
        SyncEvent.rejectedOnArrival(envelope.messageId(), envelope.type(), envelope.cabinetId(), payload,
            message.deliveryAttempt(), reason, now);
    events.store(event);
    answer(Acknowledgement.duplicate(envelope.cabinetId(), envelope.messageId()));
    LOG.warning(() -> "Rejected " + envelope.messageId() + " from cabinet " + envelope.cabinetId() + " as sync event "
        + event.getId() + ": " + reason);
    return event;
  }

  private SyncEvent rejected(InvalidMessageException e, String payload, InboundMessage message, Instant now) {
    // answered to the cabinet that sent it, whoever it claims to be
    String cabinet = message.senderCabinet().orElse(e.cabinetId() != null ? e.cabinetId() : message.cabinetHint());
    SyncEvent event =
        SyncEvent.rejectedOnArrival(
            e.messageId(), e.type(), cabinet, payload, message.deliveryAttempt(), e.getMessage(), now);
    events.store(event);
    // a code that names no possible command queue (wildcards, separators) is recorded but cannot be answered
    if (Cabinet.isValidCode(cabinet)) {
      answer(Acknowledgement.rejected(cabinet, e.messageId(), e.getMessage()));
    }
    LOG.warning(() -> "Rejected message " + (e.messageId() == null ? "(no messageId)" : e.messageId())
        + " from cabinet " + (cabinet == null ? "(unknown)" : cabinet) + " as sync event " + event.getId() + ": "
        + e.getMessage());
    return event;
  }

  private void answer(Acknowledgement ack) {
    var json = CommandMessages.acknowledgement(ack, clock.instant());
    gateway.send(new OutboundMessage(json.getString("messageId"), ack.cabinetId(), null, ack.inReplyTo(),
        json.toString()));
  }
}
