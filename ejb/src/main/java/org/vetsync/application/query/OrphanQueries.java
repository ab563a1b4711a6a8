package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.orphan.OrphanDispense;
import org.vetsync.domain.model.orphan.OrphanReason;
import org.vetsync.domain.model.product.Product;

/** Read side of the orphans page: the dispenses staff still have to match, newest first as on the dashboard. */
@Stateless
public class OrphanQueries {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  public List<OrphanRow> open() {
    return em.createQuery(
            "select o from OrphanDispense o where o.status = :open order by o.createdAt desc, o.id desc",
            OrphanDispense.class)
        .setParameter("open", OrphanDispense.Status.OPEN)
        .getResultList()
        .stream()
        .map(OrphanQueries::row)
        .toList();
  }

  private static OrphanRow row(OrphanDispense orphan) {
    Dispense d = orphan.getDispense();
    Product product = d.getProduct();
    return new OrphanRow(
        orphan.getId(),
        orphan.getReason().label(),
        orphan.getReason() == OrphanReason.TEMPORARY_PATIENT,
        d.getCabinetCode(),
        // the catalogue code once known, so staff compare it with the items' codes; else what the cabinet sent
        product == null ? d.getProductRef() : product.getCode(),
        product == null ? null : product.getName(),
        d.getQuantity(),
        product == null ? null : product.getUnit(),
        d.getConsultRef(),
        d.getPatientRef(),
        d.getDispensedAt(),
        d.getDispensedBy(),
        d.getTransactionId(),
        orphan.getDetail());
  }
}
