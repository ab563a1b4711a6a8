package org.vetsync.domain.model.dispense;

import java.util.Optional;

public interface DispenseRepository {

  Optional<Dispense> findByTransactionId(String transactionId);

  Optional<Dispense> find(long id);

  void store(Dispense dispense);
}
