package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.vetsync.domain.model.cabinet.Cabinet;
import org.vetsync.domain.model.cabinet.CabinetRepository;

@ApplicationScoped
public class JpaCabinetRepository implements CabinetRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<Cabinet> find(String code) {
    return em.createQuery("select c from Cabinet c where c.code = :code", Cabinet.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Cabinet cabinet) {
    em.persist(cabinet);
  }
}
