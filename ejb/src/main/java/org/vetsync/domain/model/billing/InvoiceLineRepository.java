package org.vetsync.domain.model.billing;

public interface InvoiceLineRepository {

  void store(InvoiceLine line);
}
