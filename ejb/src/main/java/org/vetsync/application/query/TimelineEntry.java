package org.vetsync.application.query;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing that happened to a consult: a sync event, a dispense or an invoice line. {@code detail} carries what staff
 * need to judge it (an error, a match); {@code syncEventId} is the event the entry came from, if any.
 */
public record TimelineEntry(
    Instant at, Kind kind, String reference, String summary, String status, String detail, Long syncEventId)
    implements Serializable {

  /** In the order entries at the same instant are listed: the event, what it recorded, what that billed. */
  public enum Kind {
    SYNC_EVENT("Sync event"),
    DISPENSE("Dispense"),
    INVOICE_LINE("Invoice line");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
