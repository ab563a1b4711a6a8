package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.consult.ConsultRepository;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.orphan.OrphanDispense;
import org.vetsync.domain.model.orphan.OrphanDispenseRepository;
import org.vetsync.domain.model.orphan.OrphanReason;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.patient.PatientRepository;
import org.vetsync.domain.model.reconciliation.ReconciliationItem;
import org.vetsync.domain.model.reconciliation.ReconciliationRepository;
import org.vetsync.domain.model.sync.Direction;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;

/**
 * What staff do to sync events and orphans. Each action is one transaction, done in the name of the user the caller
 * names (the console passes the logged-in user), and logged; a refused action changes nothing.
 */
@Stateless
public class StaffActions {

  private static final Logger LOG = Logger.getLogger(StaffActions.class.getName());

  @Inject private SyncEventRepository events;
  @Inject private ConsultRepository consults;
  @Inject private OrphanDispenseRepository orphans;
  @Inject private PatientRepository patients;
  @Inject private CabinetCommands commands;
  @Inject private CabinetEventIntake cabinetIntake;
  @Inject private PracticeEventIntake practiceIntake;
  @Inject private Billing billing;
  @Inject private ReconciliationRepository reconciliation;
  @Inject private Clock clock;

  /** Sync again: a command goes out again; an inbound event is processed again from its stored payload. */
  public void retry(long eventId, String user) {
    SyncEvent event = event(eventId);
    refuseUnless(() -> {
      if (event.getDirection() == Direction.OUTBOUND) {
        commands.resend(event, user);
      } else if (event.getCabinetCode() != null) {
        cabinetIntake.reprocess(event, user);
      } else {
        practiceIntake.reprocess(event, user);
      }
      return null;
    });
    LOG.info(() -> user + " retried sync event " + eventId + ": now " + event.getStatus().label());
  }

  public void ignore(long eventId, String user, String reason) {
    SyncEvent event = event(eventId);
    refuseUnless(() -> {
      event.ignore(user, reason, clock.instant());
      return null;
    });
    LOG.info(() -> user + " ignored sync event " + eventId + ": " + reason);
  }

  /** Sends the consult and all its open items to their cabinets again. */
  public void manualSync(String consultId, String user) {
    Consult consult = consults.lock(consultId).orElseThrow(() -> new ActionRefusedException("No consult " + consultId));
    refuseUnless(() -> {
      commands.resync(consult);
      return null;
    });
    LOG.info(() -> user + " synced consult " + consultId + " to its cabinets again");
  }

  /** Ties an orphan dispense to one consult item and bills it. */
  public void matchOrphan(long orphanId, String consultId, String itemId, String user) {
    splitOrphan(orphanId, consultId, Map.of(itemId, orphan(orphanId).getDispense().getQuantity()), user);
  }

  /**
   * Spreads an orphan dispense over several items of one consult ({@code quantities}: item id to quantity, adding up
   * to what was dispensed), and bills it once.
   */
  public void splitOrphan(long orphanId, String consultId, Map<String, BigDecimal> quantities, String user) {
    OrphanDispense orphan = orphan(orphanId);
    Dispense dispense = orphan.getDispense();
    Consult consult = consults.lock(consultId).orElseThrow(() -> new ActionRefusedException("No consult " + consultId));
    refuseUnless(() -> {
      if (!orphan.isOpen()) {
        throw new IllegalStateException("Orphan dispense " + orphanId + " was already resolved");
      }
      if (dispense.getProduct() == null) {
        throw new IllegalStateException("The dispensed product " + dispense.getProductRef()
            + " is not in the catalogue; add it first or dismiss the orphan");
      }
      BigDecimal total = quantities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(dispense.getQuantity()) != 0) {
        throw new IllegalArgumentException("The parts add up to " + total.stripTrailingZeros().toPlainString()
            + ", but " + dispense.getQuantity().stripTrailingZeros().toPlainString() + " was dispensed");
      }
      List<ConsultItem> items = quantities.keySet().stream()
          .map(id -> consult.item(id).orElseThrow(() -> new IllegalArgumentException(
              "Consult " + consultId + " has no item " + id)))
          .toList();
      for (ConsultItem item : items) {
        if (!item.getProduct().getCode().equals(dispense.getProduct().getCode())) {
          throw new IllegalArgumentException("Item " + item.getPimsId() + " is for " + item.getProduct().getCode()
              + ", not " + dispense.getProduct().getCode());
        }
      }
      for (ConsultItem item : items) {
        item.dispense(quantities.get(item.getPimsId()));
      }
      dispense.assignTo(items.get(0));
      billing.bill(consult, dispense);
      orphan.matched(user, "Matched to consult " + consultId + " items " + quantities, clock.instant());
      events.find(dispense.getSyncEventId()).ifPresent(e -> e.resolvedBy(user, clock.instant()));
      return null;
    });
    LOG.info(() -> user + " matched orphan dispense " + orphanId + " (transaction " + dispense.getTransactionId()
        + ") to consult " + consultId + " " + quantities);
  }

  /**
   * A temporary patient created at a cabinet was this patient of the practice: its dispenses are matched to the
   * consult's items for their products, and billed.
   */
  public void allocateTemporaryPatient(long orphanId, String patientId, String consultId, String user) {
    OrphanDispense first = orphan(orphanId);
    if (first.getReason() != OrphanReason.TEMPORARY_PATIENT) {
      throw new ActionRefusedException("Orphan dispense " + orphanId + " is not a temporary patient's");
    }
    Dispense dispense = first.getDispense();
    Patient temporary = patients.findTemporary(dispense.getCabinetCode(), dispense.getPatientRef())
        .orElseThrow(() -> new ActionRefusedException("No temporary patient for orphan dispense " + orphanId));
    Patient real = patients.find(patientId).orElseThrow(() -> new ActionRefusedException("No patient " + patientId));
    Consult consult = consults.find(consultId).orElseThrow(() -> new ActionRefusedException("No consult " + consultId));
    if (!consult.getPatient().getPimsId().equals(patientId)) {
      throw new ActionRefusedException("Consult " + consultId + " is not for patient " + patientId);
    }
    refuseUnless(() -> {
      temporary.allocateTo(real);
      return null;
    });
    for (OrphanDispense orphan : orphans.openForTemporaryPatient(dispense.getCabinetCode(), dispense.getPatientRef())) {
      Dispense d = orphan.getDispense();
      ConsultItem item = consult.itemAccepting(d.getProduct(), d.getQuantity())
          .orElseThrow(() -> new ActionRefusedException("Consult " + consultId + " has no item that can take "
              + d.getQuantity().toPlainString() + " " + d.getProductRef() + "; add it to the consult first"));
      splitOrphan(orphan.getId(), consultId, Map.of(item.getPimsId(), d.getQuantity()), user);
    }
    LOG.info(() -> user + " allocated temporary patient " + temporary.getName() + " to patient " + patientId
        + " and consult " + consultId);
  }

  public void dismissOrphan(long orphanId, String user, String reason) {
    OrphanDispense orphan = orphan(orphanId);
    refuseUnless(() -> {
      orphan.dismiss(user, reason, clock.instant());
      events.find(orphan.getDispense().getSyncEventId()).ifPresent(e -> e.ignore(user, reason, clock.instant()));
      return null;
    });
    LOG.info(() -> user + " dismissed orphan dispense " + orphanId + ": " + reason);
  }

  /** Closes a reconciliation worklist entry with what was found and done. */
  public void resolveReconciliation(long itemId, String user, String resolution) {
    ReconciliationItem item = reconciliation.find(itemId)
        .orElseThrow(() -> new ActionRefusedException("No reconciliation item " + itemId));
    refuseUnless(() -> {
      item.resolve(user, resolution, clock.instant());
      return null;
    });
    LOG.info(() -> user + " resolved reconciliation item " + itemId + " (" + item.getKind().label() + "): " + resolution);
  }

  public List<ReconciliationItem> openReconciliation() {
    return reconciliation.open();
  }

  private SyncEvent event(long id) {
    return events.find(id).orElseThrow(() -> new ActionRefusedException("No sync event " + id));
  }

  private OrphanDispense orphan(long id) {
    return orphans.find(id).orElseThrow(() -> new ActionRefusedException("No orphan dispense " + id));
  }

  /** Turns a rule the records enforce into a refusal staff can read, rolling back whatever the action began. */
  private static <T> T refuseUnless(Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ActionRefusedException(e.getMessage());
    }
  }
}
