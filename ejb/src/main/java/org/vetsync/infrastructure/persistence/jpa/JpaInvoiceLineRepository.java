package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
