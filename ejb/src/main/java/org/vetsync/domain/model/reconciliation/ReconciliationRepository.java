package org.vetsync.domain.model.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

public interface ReconciliationRepository {

  /** Net billed quantity (charges less credits) of the invoice lines of the dispenses assigned to this item. */
  BigDecimal billedFor(long consultItemId);

  boolean exists(long consultItemId, MismatchKind kind);

  void store(ReconciliationItem item);

  Optional<ReconciliationItem> find(long id);

  List<ReconciliationItem> open();
}
