package org.vetsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.vetsync.domain.model.billing.InvoiceLine;
import org.vetsync.domain.model.billing.InvoiceLineRepository;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.dispense.Dispense;

/** Turns a dispense tied to a consult into its invoice line; the database keeps it to one line per dispense. */
@ApplicationScoped
public class Billing {

  private static final Logger LOG = Logger.getLogger(Billing.class.getName());

  @Inject private InvoiceLineRepository lines;
  @Inject private Clock clock;

  public void bill(Consult consult, Dispense dispense) {
    InvoiceLine.forDispense(consult, consult.getPatient(), dispense, clock.instant())
        .ifPresent(
            line -> {
              lines.store(line);
              LOG.info(
                  () ->
                      "Billed " + line.getQuantity().toPlainString() + " " + line.getProduct().getCode()
                          + " to consult " + consult.getPimsId() + " for cabinet transaction "
                          + dispense.getTransactionId());
            });
  }
}
