package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.vetsync.domain.model.orphan.OrphanDispense;
import org.vetsync.domain.model.orphan.OrphanDispenseRepository;

@ApplicationScoped
public class JpaOrphanDispenseRepository implements OrphanDispenseRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public void store(OrphanDispense orphan) {
    em.persist(orphan);
  }

  @Override
  public Optional<OrphanDispense> find(long id) {
    return Optional.ofNullable(em.find(OrphanDispense.class, id));
  }

  @Override
  public List<OrphanDispense> openForTemporaryPatient(String cabinetCode, String cabinetPatientRef) {
    return em.createQuery(
            "select o from OrphanDispense o where o.status = org.vetsync.domain.model.orphan.OrphanDispense.Status.OPEN"
                + " and o.reason = org.vetsync.domain.model.orphan.OrphanReason.TEMPORARY_PATIENT"
                + " and o.dispense.cabinetCode = :cabinet and o.dispense.patientRef = :ref order by o.id",
            OrphanDispense.class)
        .setParameter("cabinet", cabinetCode)
        .setParameter("ref", cabinetPatientRef)
        .getResultList();
  }
}
