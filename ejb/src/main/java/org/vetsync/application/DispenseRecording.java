package org.vetsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.consult.ConsultRepository;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.dispense.DispenseKind;
import org.vetsync.domain.model.dispense.DispenseRepository;
import org.vetsync.domain.model.orphan.OrphanDispense;
import org.vetsync.domain.model.orphan.OrphanDispenseRepository;
import org.vetsync.domain.model.orphan.OrphanReason;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.patient.PatientRepository;
import org.vetsync.domain.model.product.Product;
import org.vetsync.domain.model.product.ProductRepository;
import org.vetsync.domain.model.sync.SyncEvent;

/**
 * Records what a cabinet dispensed, returned or wasted: against the consult item it was for and billed, or, when it
 * matches nothing, as an orphan for staff. Runs under the consult's lock, so concurrent events for one consult queue.
 */
@ApplicationScoped
public class DispenseRecording {

  private static final Logger LOG = Logger.getLogger(DispenseRecording.class.getName());

  @Inject private DispenseRepository dispenses;
  @Inject private ConsultRepository consults;
  @Inject private ProductRepository products;
  @Inject private PatientRepository patients;
  @Inject private OrphanDispenseRepository orphans;
  @Inject private Billing billing;
  @Inject private Clock clock;

  /** What one DISPENSE, RETURN or WASTE message says. */
  record Transaction(
      String transactionId,
      String cabinet,
      DispenseKind kind,
      String productCode,
      String itemCode,
      BigDecimal quantity,
      String user,
      Instant at,
      String consultRef,
      String patientRef) {

    static Transaction read(MessageEnvelope envelope, DispenseKind kind) throws InvalidMessageException {
      Fields f = envelope.fields();
      String transactionId = f.text("transactionId");
      BigDecimal quantity = f.quantity("quantity");
      Optional<String> productCode = f.optionalText("productCode");
      Optional<String> itemCode = f.optionalText("itemCode");
      if (productCode.isEmpty() && itemCode.isEmpty()) {
        throw f.invalid("productCode or itemCode is missing");
      }
      return new Transaction(
          transactionId,
          envelope.cabinetId(),
          kind,
          productCode.orElse(null),
          itemCode.orElse(null),
          quantity,
          f.optionalText("user").orElse(null),
          f.optionalInstant("dispensedAt").orElse(envelope.occurredAt()),
          f.optionalText("consultId").orElse(null),
          f.optionalText("patientId").orElse(null));
    }

    String productRef() {
      return productCode != null ? productCode : itemCode;
    }
  }

  public void record(MessageEnvelope envelope, DispenseKind kind, SyncEvent event)
      throws InvalidMessageException, DuplicateTransactionException {
    Transaction tx = Transaction.read(envelope, kind);
    event.concerns(tx.consultRef());
    // the consult's lock first: a repeat delivered at the same moment then waits, and finds this one recorded
    Optional<Consult> consult = tx.consultRef() == null ? Optional.empty() : consults.lock(tx.consultRef());
    requireNew(tx.transactionId());
    Optional<Product> product = product(tx);
    event.concernsPatient(tx.patientRef() != null ? tx.patientRef()
        : consult.map(c -> c.getPatient().getPimsId()).orElse(null));
    Dispense dispense =
        new Dispense(
            tx.transactionId(), tx.cabinet(), kind, product.orElse(null), tx.productRef(), tx.quantity(), tx.user(),
            tx.at(), tx.consultRef(), tx.patientRef(), event.getId());
    dispenses.store(dispense);

    if (product.isEmpty()) {
      orphan(dispense, event, OrphanReason.UNKNOWN_PRODUCT, "Cabinet " + tx.cabinet() + " named product "
          + tx.productRef() + ", which is not in the catalogue");
      return;
    }
    if (consult.isEmpty()) {
      orphan(dispense, event, OrphanReason.NO_CONSULT, tx.consultRef() == null
          ? "The cabinet named no consult" : "Consult " + tx.consultRef() + " is not known");
      return;
    }
    Consult c = consult.get();
    if (tx.patientRef() != null && !tx.patientRef().equals(c.getPatient().getPimsId())) {
      orphan(dispense, event, OrphanReason.NO_PATIENT, "The cabinet named patient " + tx.patientRef()
          + " but consult " + c.getPimsId() + " is for patient " + c.getPatient().getPimsId());
      return;
    }
    Optional<ConsultItem> item = itemFor(c, product.get(), kind, tx.quantity());
    if (item.isEmpty()) {
      boolean planned = c.plans(product.get());
      orphan(dispense, event, planned ? OrphanReason.QUANTITY_MISMATCH : OrphanReason.NOT_PLANNED, planned
          ? kind.name().toLowerCase() + " of " + tx.quantity().toPlainString() + " " + product.get().getCode()
              + " does not fit what consult " + c.getPimsId() + " planned"
          : product.get().getCode() + " is not planned on consult " + c.getPimsId());
      return;
    }
    apply(c, item.get(), dispense);
    LOG.info(() -> "Recorded " + kind.name().toLowerCase() + " of " + tx.quantity().toPlainString() + " "
        + product.get().getCode() + " for consult " + c.getPimsId() + " item " + item.get().getPimsId()
        + " (cabinet " + tx.cabinet() + ", transaction " + tx.transactionId() + ")");
  }

  /** A temporary patient created at the cabinet, and a dispense for it: kept until staff allocate the patient. */
  public void recordBillingTrigger(MessageEnvelope envelope, SyncEvent event)
      throws InvalidMessageException, DuplicateTransactionException {
    Transaction tx = Transaction.read(envelope, DispenseKind.REMOVE);
    Fields temporary = envelope.fields().object("temporaryPatient");
    String reference = temporary.text("cabinetPatientId");
    String name = temporary.optionalText("name").orElse(null);
    event.concernsPatient(reference);
    requireNew(tx.transactionId());
    Patient patient =
        patients.findTemporary(tx.cabinet(), reference)
            .orElseGet(
                () -> {
                  Patient created = Patient.temporary(tx.cabinet(), reference, name);
                  patients.store(created);
                  return created;
                });
    Dispense dispense =
        new Dispense(
            tx.transactionId(), tx.cabinet(), DispenseKind.REMOVE, product(tx).orElse(null), tx.productRef(),
            tx.quantity(), tx.user(), tx.at(), null, reference, event.getId());
    dispenses.store(dispense);
    orphan(dispense, event, OrphanReason.TEMPORARY_PATIENT, "Temporary patient " + patient.getName() + " ("
        + reference + ") created at cabinet " + tx.cabinet() + " awaits allocation");
  }

  private void apply(Consult consult, ConsultItem item, Dispense dispense) {
    switch (dispense.getKind()) {
      case REMOVE -> item.dispense(dispense.getQuantity());
      case RETURN -> item.takeBack(dispense.getQuantity());
      case WASTE -> item.recordWaste(dispense.getQuantity());
    }
    dispense.assignTo(item);
    billing.bill(consult, dispense);
  }

  private static Optional<ConsultItem> itemFor(Consult consult, Product product, DispenseKind kind, BigDecimal qty) {
    return switch (kind) {
      case REMOVE -> consult.itemAccepting(product, qty);
      case RETURN -> consult.itemDispensed(product).filter(i -> i.getDispensedQuantity().compareTo(qty) >= 0);
      case WASTE -> consult.itemDispensed(product).filter(i -> i.getDispensedQuantity().signum() > 0);
    };
  }

  private void requireNew(String transactionId) throws DuplicateTransactionException {
    Optional<Dispense> earlier = dispenses.findByTransactionId(transactionId);
    if (earlier.isPresent()) {
      throw new DuplicateTransactionException(transactionId, earlier.get().getSyncEventId());
    }
  }

  private Optional<Product> product(Transaction tx) {
    return tx.productCode() != null
        ? products.find(tx.productCode())
        : products.findByItemCode(tx.cabinet(), tx.itemCode());
  }

  private void orphan(Dispense dispense, SyncEvent event, OrphanReason reason, String detail) {
    OrphanDispense orphan = new OrphanDispense(dispense, reason, detail, clock.instant());
    orphans.store(orphan);
    event.awaitAllocation(reason.label() + ": " + detail, clock.instant());
    LOG.warning(() -> "Orphan dispense " + orphan.getId() + " (" + reason.label() + ") for cabinet transaction "
        + dispense.getTransactionId() + " from cabinet " + dispense.getCabinetCode() + ": " + detail);
  }
}
