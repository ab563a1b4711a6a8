package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.patient.PatientRepository;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<Patient> find(String pimsId) {
    return em.createQuery("select p from Patient p where p.pimsId = :id", Patient.class)
        .setParameter("id", pimsId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Patient> find(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  @Override
  public Optional<Patient> findTemporary(String cabinetCode, String cabinetPatientRef) {
    return em.createQuery(
            "select p from Patient p where p.temporaryCabinet = :cabinet and p.temporaryRef = :ref", Patient.class)
        .setParameter("cabinet", cabinetCode)
        .setParameter("ref", cabinetPatientRef)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Patient patient) {
    em.persist(patient);
  }
}
