package org.vetsync.domain.model.cabinet;

import java.util.Optional;

public interface CabinetRepository {

  Optional<Cabinet> find(String code);

  void store(Cabinet cabinet);
}
