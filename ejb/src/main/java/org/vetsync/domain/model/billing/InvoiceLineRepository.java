package org.vetsync.domain.model.billing;

import java.util.List;

public interface InvoiceLineRepository {

  void store(InvoiceLine line);

  List<InvoiceLine> forConsult(String consultPimsId);
}
