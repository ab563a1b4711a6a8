package org.vetsync.domain.model.orphan;

import java.util.List;
import java.util.Optional;

public interface OrphanDispenseRepository {

  void store(OrphanDispense orphan);

  Optional<OrphanDispense> find(long id);

  List<OrphanDispense> openForTemporaryPatient(String cabinetCode, String cabinetPatientRef);
}
