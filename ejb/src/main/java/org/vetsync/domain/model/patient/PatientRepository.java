package org.vetsync.domain.model.patient;

import java.util.Optional;

public interface PatientRepository {

  Optional<Patient> find(String pimsId);

  Optional<Patient> find(long id);

  Optional<Patient> findTemporary(String cabinetCode, String cabinetPatientRef);

  void store(Patient patient);
}
