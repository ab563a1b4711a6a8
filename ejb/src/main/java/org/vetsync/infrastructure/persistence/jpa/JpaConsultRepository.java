package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultRepository;

@ApplicationScoped
public class JpaConsultRepository implements ConsultRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<Consult> find(String pimsId) {
    return em.createQuery("select c from Consult c where c.pimsId = :id", Consult.class)
        .setParameter("id", pimsId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Consult> lock(String pimsId) {
    // EclipseLink refreshes what a pessimistic lock query reads, so the consult and its items are the locked state
    return em.createQuery("select c from Consult c where c.pimsId = :id", Consult.class)
        .setParameter("id", pimsId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Consult consult) {
    em.persist(consult);
  }

  @Override
  public List<String> withExpiredCabinetSync(Instant now, int limit) {
    return em.createQuery(
            "select c.pimsId from Consult c join c.cabinets s where s.unsyncedAt is null and s.expiresAt <= :now"
                + " group by c.pimsId order by min(s.expiresAt)",
            String.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> nearExpiryNotWarned(Instant now, Instant until, int limit) {
    return em.createQuery(
            "select c.pimsId from Consult c join c.cabinets s join c.items i join i.product p join p.stock st"
                + " where s.unsyncedAt is null and s.expiryWarnedAt is null and s.expiresAt > :now"
                + " and s.expiresAt <= :until and st.cabinetCode = s.cabinetCode"
                + " and i.status <> org.vetsync.domain.model.consult.ConsultItemStatus.REMOVED"
                + " and i.dispensedQuantity < i.plannedQuantity group by c.pimsId order by min(s.expiresAt)",
            String.class)
        .setParameter("now", now)
        .setParameter("until", until)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Consult> openAndSyncedForClient(String clientPimsId) {
    return em.createQuery(
            "select distinct c from Consult c join c.cabinets s where c.patient.client.pimsId = :client"
                + " and c.closedAt is null and s.unsyncedAt is null",
            Consult.class)
        .setParameter("client", clientPimsId)
        .getResultList();
  }
}
