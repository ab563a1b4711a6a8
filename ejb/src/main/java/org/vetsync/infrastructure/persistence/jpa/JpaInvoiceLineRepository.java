package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vetsync.domain.model.billing.InvoiceLine;
import org.vetsync.domain.model.billing.InvoiceLineRepository;

@ApplicationScoped
public class JpaInvoiceLineRepository implements InvoiceLineRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public void store(InvoiceLine line) {
    em.persist(line);
  }

  @Override
  public List<InvoiceLine> forConsult(String consultPimsId) {
    return em.createQuery(
            "select l from InvoiceLine l where l.consult.pimsId = :consult order by l.id", InvoiceLine.class)
        .setParameter("consult", consultPimsId)
        .getResultList();
  }
}
