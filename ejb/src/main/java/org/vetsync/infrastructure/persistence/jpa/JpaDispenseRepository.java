package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.dispense.DispenseRepository;

@ApplicationScoped
public class JpaDispenseRepository implements DispenseRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<Dispense> findByTransactionId(String transactionId) {
    return em.createQuery("select d from Dispense d where d.transactionId = :tx", Dispense.class)
        .setParameter("tx", transactionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Dispense> find(long id) {
    return Optional.ofNullable(em.find(Dispense.class, id));
  }

  @Override
  public void store(Dispense dispense) {
    em.persist(dispense);
  }
}
