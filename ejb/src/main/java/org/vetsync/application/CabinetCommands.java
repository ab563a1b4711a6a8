package org.vetsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.consult.ConsultItemStatus;
import org.vetsync.domain.model.product.CabinetStock;
import org.vetsync.domain.model.sync.Direction;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventType;
import org.vetsync.infrastructure.config.Setting;

/**
 * Tells cabinets what changed on a consult. Each command is a sync event (Processing until the cabinet acknowledges it)
 * and goes out in the caller's transaction, grouped by consult so a cabinet receives one consult's commands in order.
 * A CDI bean, not an EJB: a refused change must reach the caller as it is, not wrapped and rolling back everything.
 */
@ApplicationScoped
public class CabinetCommands {

  private static final Logger LOG = Logger.getLogger(CabinetCommands.class.getName());

  @Inject private SyncEventRepository events;
  @Inject private CabinetGateway gateway;
  @Inject private Clock clock;

  /** A newly planned item: each cabinet stocking the product gets the consult (once) and the scheduled dispense. */
  public void itemPlanned(Consult consult, ConsultItem item) {
    for (CabinetStock stock : item.getProduct().getStock()) {
      ensureSynced(consult, stock.cabinetCode());
      profile(SyncEventType.SYNC_PROFILE, item, stock, item.getPlannedQuantity());
    }
  }

  public void plannedQuantityChanged(Consult consult, ConsultItem item, BigDecimal before) {
    int direction = item.getPlannedQuantity().compareTo(before);
    if (direction == 0) {
      return;
    }
    for (CabinetStock stock : item.getProduct().getStock()) {
      ensureSynced(consult, stock.cabinetCode());
      profile(
          direction > 0 ? SyncEventType.SYNC_PROFILE : SyncEventType.UNSYNC_PROFILE,
          item,
          stock,
          item.getPlannedQuantity());
    }
  }

  public void itemRemoved(Consult consult, ConsultItem item) {
    for (CabinetStock stock : item.getProduct().getStock()) {
      if (consult.cabinetsHolding().contains(stock.cabinetCode())) {
        profile(SyncEventType.UNSYNC_PROFILE, item, stock, BigDecimal.ZERO);
      }
    }
  }

  /** The consult leaves every cabinet holding it ({@code reason}: CLOSED or EXPIRED). */
  public void consultEnded(Consult consult, String reason) {
    for (String cabinet : consult.cabinetsHolding()) {
      unsync(consult, cabinet, reason);
    }
  }

  /** The consult leaves one cabinet. */
  public void unsync(Consult consult, String cabinet, String reason) {
    Instant now = clock.instant();
    send(SyncEventType.UNSYNC_CONSULT, consult, cabinet, CommandMessages.unsyncConsult(consult, cabinet, reason, now));
    consult.unsyncFrom(cabinet, now);
  }

  /** Client or patient details a cabinet shows changed: re-send them to the cabinets holding the consult. */
  public void patientDetailsChanged(Consult consult) {
    Instant now = clock.instant();
    for (String cabinet : consult.cabinetsHolding()) {
      send(SyncEventType.PATIENT_UPDATE, consult, cabinet, CommandMessages.patientUpdate(consult, cabinet, now));
    }
  }

  /** Staff's "sync again": the consult and every open item go to their cabinets, whatever was sent before. */
  public void resync(Consult consult) {
    Instant now = clock.instant();
    for (ConsultItem item : consult.getItems()) {
      if (item.getStatus() == ConsultItemStatus.REMOVED) {
        continue;
      }
      for (CabinetStock stock : item.getProduct().getStock()) {
        consult.syncTo(stock.cabinetCode(), now, expiry(now));
      }
    }
    for (String cabinet : consult.cabinetsHolding()) {
      send(SyncEventType.SYNC_CONSULT, consult, cabinet, CommandMessages.syncConsult(consult, cabinet, expiry(now), now));
    }
    for (ConsultItem item : consult.getItems()) {
      if (item.getStatus() != ConsultItemStatus.REMOVED) {
        for (CabinetStock stock : item.getProduct().getStock()) {
          profile(SyncEventType.SYNC_PROFILE, item, stock, item.getPlannedQuantity());
        }
      }
    }
  }

  /** A failed command goes out again, as it was, under a new messageId. */
  public void resend(SyncEvent command, String user) {
    if (command.getDirection() != Direction.OUTBOUND) {
      throw new IllegalArgumentException("Sync event " + command.getId() + " is not a command vetsync sent");
    }
    JsonObject original = ContractJson.PROVIDER.createReader(new StringReader(command.getPayload())).readObject();
    JsonObject renewed = CommandMessages.renewed(original, clock.instant());
    String messageId = renewed.getString("messageId");
    command.retry(user, messageId, renewed.toString(), clock.instant());
    gateway.send(
        new OutboundMessage(messageId, command.getCabinetCode(), command.getConsultRef(), null, renewed.toString()));
    LOG.info(() -> "Resent " + command.getType().label() + " as " + messageId + " (sync event " + command.getId()
        + ", asked by " + user + ")");
  }

  private void ensureSynced(Consult consult, String cabinet) {
    Instant now = clock.instant();
    Instant expiresAt = expiry(now);
    if (consult.syncTo(cabinet, now, expiresAt)) {
      send(SyncEventType.SYNC_CONSULT, consult, cabinet, CommandMessages.syncConsult(consult, cabinet, expiresAt, now));
    }
  }

  private void profile(SyncEventType type, ConsultItem item, CabinetStock stock, BigDecimal quantity) {
    send(
        type,
        item.getConsult(),
        stock.cabinetCode(),
        CommandMessages.profile(type, item, stock.cabinetCode(), stock.itemCode(), quantity, clock.instant()));
  }

  private void send(SyncEventType type, Consult consult, String cabinet, JsonObject command) {
    String messageId = command.getString("messageId");
    SyncEvent event =
        SyncEvent.outbound(messageId, type, cabinet, consult.getPimsId(), consult.getPatient().getPimsId(),
            command.toString(), clock.instant());
    events.store(event);
    gateway.send(new OutboundMessage(messageId, cabinet, consult.getPimsId(), null, command.toString()));
    LOG.info(() -> "Sent " + type.label() + " " + messageId + " for consult " + consult.getPimsId() + " to cabinet "
        + cabinet + " (sync event " + event.getId() + ")");
  }

  private static Instant expiry(Instant now) {
    return now.plus(Duration.ofHours(Setting.CONSULT_SYNC_HOURS.intValue()));
  }
}
