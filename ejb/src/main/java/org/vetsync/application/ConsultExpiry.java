package org.vetsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.vetsync.domain.model.consult.CabinetSync;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.consult.ConsultItemStatus;
import org.vetsync.domain.model.consult.ConsultRepository;
import org.vetsync.domain.model.reconciliation.ItemTally;
import org.vetsync.domain.model.reconciliation.MismatchKind;
import org.vetsync.domain.model.reconciliation.ReconciliationItem;
import org.vetsync.domain.model.reconciliation.ReconciliationRepository;
import org.vetsync.infrastructure.config.Setting;

/**
 * Cabinets drop a consult 24 h after it was synced; vetsync expires its side at the same time, so both agree on what
 * the cabinet holds. Before unsyncing it reconciles the consult's cabinet items, so nothing planned, dispensed or
 * billed goes unnoticed. Due times live in the database (consult_cabinet.expires_at): a restart loses none.
 */
@ApplicationScoped
public class ConsultExpiry {

  private static final Logger LOG = Logger.getLogger(ConsultExpiry.class.getName());

  /** Consults handled per sweep; the rest wait for the next sweep, ten seconds later. */
  static final int BATCH = 100;

  @Inject private ConsultRepository consults;
  @Inject private ReconciliationRepository reconciliation;
  @Inject private CabinetCommands commands;
  @Inject private Clock clock;

  /** @return what was done, for the job's record */
  public String sweep() {
    Instant now = clock.instant();
    List<String> due = consults.withExpiredCabinetSync(now, BATCH);
    int unsynced = 0;
    int mismatches = 0;
    for (String consultId : due) {
      Consult consult = consults.lock(consultId).orElseThrow();
      List<String> expired =
          consult.getCabinets().stream()
              .filter(c -> c.unsyncedAt() == null && !c.expiresAt().isAfter(now))
              .map(CabinetSync::cabinetCode)
              .toList();
      if (expired.isEmpty()) {
        continue; // another instance, or a new sync, got there first
      }
      mismatches += reconcile(consult, now);
      for (String cabinet : expired) {
        commands.unsync(consult, cabinet, "EXPIRED");
        unsynced++;
      }
    }
    return unsynced + " cabinet copies expired, " + mismatches + " reconciliation items raised";
  }

  /**
   * Logs one warning per cabinet copy that expires within the alert threshold (Setting ALERT_EXPIRY_HOURS) while items
   * the cabinet stocks are not dispensed in full: after expiry the cabinet no longer offers them. The console's banner
   * shows the same consults for as long as it lasts.
   *
   * @return what was done, for the job's record
   */
  public String warnNearExpiry() {
    Instant now = clock.instant();
    Instant until = now.plus(Duration.ofHours(Setting.ALERT_EXPIRY_HOURS.intValue()));
    int warned = 0;
    for (String consultId : consults.nearExpiryNotWarned(now, until, BATCH)) {
      Consult consult = consults.lock(consultId).orElseThrow();
      for (CabinetSync sync : consult.getCabinets()) {
        if (sync.unsyncedAt() != null || sync.expiryWarnedAt() != null || !sync.expiresAt().isAfter(now)
            || sync.expiresAt().isAfter(until)) {
          continue;
        }
        List<String> undispensed = consult.getItems().stream()
            .filter(i -> i.getStatus() != ConsultItemStatus.REMOVED
                && i.getDispensedQuantity().compareTo(i.getPlannedQuantity()) < 0
                && i.getProduct().itemCodeIn(sync.cabinetCode()).isPresent())
            .map(ConsultItem::getPimsId)
            .toList();
        if (undispensed.isEmpty()) {
          continue;
        }
        consult.warnedOfExpiry(sync.cabinetCode(), now);
        warned++;
        LOG.warning(() -> "Consult " + consultId + " expires at cabinet " + sync.cabinetCode() + " at "
            + sync.expiresAt() + " with items not dispensed: " + String.join(", ", undispensed));
      }
    }
    return warned + " cabinet copies near expiry with items not dispensed";
  }

  private int reconcile(Consult consult, Instant now) {
    int raised = 0;
    for (ConsultItem item : consult.getItems()) {
      if (!item.getProduct().isCabinetStocked()) {
        continue; // dispensed outside the cabinets: nothing for the cabinets to account for
      }
      ItemTally tally =
          new ItemTally(
              item.getPlannedQuantity(),
              item.getDispensedQuantity(),
              reconciliation.billedFor(item.getId()),
              item.getReturnedQuantity(),
              item.getWastedQuantity(),
              item.getProduct().isBillable(),
              item.getStatus() == ConsultItemStatus.REMOVED);
      for (MismatchKind kind : tally.mismatches()) {
        if (!reconciliation.exists(item.getId(), kind)) {
          reconciliation.store(new ReconciliationItem(consult, item, kind, tally, now));
          raised++;
          LOG.warning(() -> "Reconciliation: consult " + consult.getPimsId() + " item " + item.getPimsId() + " ("
              + item.getProduct().getCode() + ") " + kind.label() + ": planned "
              + tally.planned().toPlainString() + ", dispensed " + tally.dispensed().toPlainString() + ", billed "
              + tally.billed().toPlainString());
        }
      }
    }
    return raised;
  }
}
