package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vetsync.domain.model.consult.CabinetSync;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.consult.ConsultItemStatus;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.orphan.OrphanDispense;
import org.vetsync.domain.model.orphan.OrphanReason;
import org.vetsync.domain.model.product.Product;

/** Read side of the orphans page: the dispenses staff still have to match, newest first as on the dashboard. */
@Stateless
public class OrphanQueries {

  /** How far from the dispense a consult may have been open and still be suggested. */
  private static final Duration WINDOW = Duration.ofHours(24);
  /** A bound on the items ranked, so a busy practice's hundreds of open consults cost one small query. */
  private static final int CANDIDATES = 200;

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  /** One page of the open orphans; the dispense and its product come in the same query, not one query a row. */
  public List<OrphanRow> open(int first, int max) {
    return em.createQuery(
            "select o from OrphanDispense o join fetch o.dispense d left join fetch d.product"
                + " where o.status = :open order by o.createdAt desc, o.id desc",
            OrphanDispense.class)
        .setParameter("open", OrphanDispense.Status.OPEN)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(OrphanQueries::row)
        .toList();
  }

  public long countOpen() {
    return em.createQuery("select count(o) from OrphanDispense o where o.status = :open", Long.class)
        .setParameter("open", OrphanDispense.Status.OPEN)
        .getSingleResult();
  }

  /**
   * The open items of the orphan's product most likely to be where it belongs, best first: items of the consult or
   * patient the cabinet named, and items of consults open around the time of the dispense. None while the product
   * is not in the catalogue, as no item can take it then.
   */
  public List<MatchSuggestion> suggestions(long orphanId) {
    OrphanDispense orphan = em.find(OrphanDispense.class, orphanId);
    if (orphan == null || orphan.getDispense().getProduct() == null) {
      return List.of();
    }
    Dispense d = orphan.getDispense();
    Map<Long, ConsultItem> items = new LinkedHashMap<>();
    Stream.concat(named(d).stream(), openAround(d).stream()).forEach(i -> items.putIfAbsent(i.getId(), i));
    return MatchRanking.rank(
        new MatchRanking.Dispensed(d.getCabinetCode(), d.getConsultRef(), d.getPatientRef(), d.getQuantity(),
            d.getDispensedAt()),
        items.values().stream().map(OrphanQueries::candidate).toList());
  }

  /** Items of the dispensed product on the consult, or the patient's consults, the cabinet named. */
  private List<ConsultItem> named(Dispense d) {
    return em.createQuery(
            "select i from ConsultItem i join i.consult c join c.patient p where i.product = :product"
                + " and i.status <> :removed and (c.pimsId = :consult or p.pimsId = :patient)",
            ConsultItem.class)
        .setParameter("product", d.getProduct())
        .setParameter("removed", ConsultItemStatus.REMOVED)
        .setParameter("consult", d.getConsultRef() == null ? "" : d.getConsultRef())
        .setParameter("patient", d.getPatientRef() == null ? "" : d.getPatientRef())
        .setMaxResults(CANDIDATES)
        .getResultList();
  }

  /** Items of the dispensed product on consults open within a day of the dispense, the most recent first. */
  private List<ConsultItem> openAround(Dispense d) {
    return em.createQuery(
            "select i from ConsultItem i join i.consult c where i.product = :product and i.status <> :removed"
                + " and i.dispensedQuantity < i.plannedQuantity and c.openedAt <= :latest"
                + " and (c.closedAt is null or c.closedAt >= :earliest) order by c.openedAt desc, i.id",
            ConsultItem.class)
        .setParameter("product", d.getProduct())
        .setParameter("removed", ConsultItemStatus.REMOVED)
        .setParameter("latest", d.getDispensedAt().plus(WINDOW))
        .setParameter("earliest", d.getDispensedAt().minus(WINDOW))
        .setMaxResults(CANDIDATES)
        .getResultList();
  }

  private static MatchRanking.Candidate candidate(ConsultItem item) {
    Consult c = item.getConsult();
    return new MatchRanking.Candidate(c.getPimsId(), c.getPatient().getPimsId(), c.getPatient().getName(),
        item.getPimsId(), item.remaining(), c.getOpenedAt(), c.getClosedAt(),
        c.getCabinets().stream().map(OrphanQueries::holding).toList());
  }

  private static MatchRanking.Holding holding(CabinetSync sync) {
    Instant until = sync.unsyncedAt() != null && sync.unsyncedAt().isBefore(sync.expiresAt())
        ? sync.unsyncedAt() : sync.expiresAt();
    return new MatchRanking.Holding(sync.cabinetCode(), sync.syncedAt(), until);
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
