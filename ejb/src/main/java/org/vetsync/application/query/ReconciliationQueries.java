package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.vetsync.domain.model.reconciliation.MismatchKind;
import org.vetsync.domain.model.reconciliation.ReconciliationItem;

/** Read side of the reconciliation worklist. */
@Stateless
public class ReconciliationQueries {

  /** Closed items pile up over the years; the page shows the latest ones. */
  public static final int CLOSED_SHOWN = 500;

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  /** Open items, oldest first: the longest unexplained comes first. */
  public List<ReconciliationRow> open() {
    return rows("r.createdAt, r.id", ReconciliationItem.Status.OPEN, Integer.MAX_VALUE);
  }

  /** Closed items, latest closed first. */
  public List<ReconciliationRow> closed() {
    return rows("r.resolvedAt desc, r.id desc", ReconciliationItem.Status.RESOLVED, CLOSED_SHOWN);
  }

  private List<ReconciliationRow> rows(String order, ReconciliationItem.Status status, int limit) {
    return em.createQuery("select r.id, c.pimsId, i.pimsId, p.code, p.name, p.unit, r.kind, r.planned, r.dispensed,"
            + " r.billed, r.returned, r.wasted, r.createdAt, r.status, r.resolution, r.resolvedBy, r.resolvedAt"
            + " from ReconciliationItem r join r.consult c join r.item i join i.product p where r.status = :status"
            + " order by " + order, Object[].class)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultStream()
        .map(ReconciliationQueries::row)
        .toList();
  }

  private static ReconciliationRow row(Object[] r) {
    return new ReconciliationRow(
        (Long) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ((MismatchKind) r[6]).label(),
        (BigDecimal) r[7],
        (BigDecimal) r[8],
        (BigDecimal) r[9],
        (BigDecimal) r[10],
        (BigDecimal) r[11],
        (Instant) r[12],
        r[13] == ReconciliationItem.Status.OPEN,
        (String) r[14],
        (String) r[15],
        (Instant) r[16]);
  }
}
