package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.vetsync.domain.model.reconciliation.MismatchKind;
import org.vetsync.domain.model.reconciliation.ReconciliationItem;
import org.vetsync.domain.model.reconciliation.ReconciliationRepository;

@ApplicationScoped
public class JpaReconciliationRepository implements ReconciliationRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public BigDecimal billedFor(long consultItemId) {
    BigDecimal billed =
        em.createQuery(
                "select sum(l.quantity) from InvoiceLine l where l.sourceDispense.consultItem.id = :item",
                BigDecimal.class)
            .setParameter("item", consultItemId)
            .getSingleResult();
    return billed == null ? BigDecimal.ZERO : billed;
  }

  @Override
  public boolean exists(long consultItemId, MismatchKind kind) {
    return em.createQuery(
                "select count(r) from ReconciliationItem r where r.item.id = :item and r.kind = :kind", Long.class)
            .setParameter("item", consultItemId)
            .setParameter("kind", kind)
            .getSingleResult()
        > 0;
  }

  @Override
  public void store(ReconciliationItem item) {
    em.persist(item);
  }

  @Override
  public Optional<ReconciliationItem> find(long id) {
    return Optional.ofNullable(em.find(ReconciliationItem.class, id));
  }

  @Override
  public List<ReconciliationItem> open() {
    return em.createQuery(
            "select r from ReconciliationItem r where r.status = "
                + "org.vetsync.domain.model.reconciliation.ReconciliationItem.Status.OPEN order by r.createdAt",
            ReconciliationItem.class)
        .getResultList();
  }
}
