package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventStatus;

@ApplicationScoped
public class JpaSyncEventRepository implements SyncEventRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public void store(SyncEvent event) {
    em.persist(event);
  }

  @Override
  public Optional<SyncEvent> find(long id) {
    return Optional.ofNullable(em.find(SyncEvent.class, id));
  }

  @Override
  public Optional<SyncEvent> findAcceptedInbound(String messageId) {
    // no ORDER BY ... LIMIT in SQL: with it, PostgreSQL's generic plan for this prepared statement walked the primary
    // key in order, filtering on messageId, instead of using the messageId index: 6-40 ms a cabinet event, growing
    // with the table (docs/BENCHMARKS.md). At most a few rows match; the earliest is taken here.
    return em.createNamedQuery("SyncEvent.findInboundByMessageId", SyncEvent.class)
        .setParameter("messageId", messageId)
        .getResultStream()
        .min(Comparator.comparing(SyncEvent::getId));
  }

  @Override
  public Optional<SyncEvent> findOutbound(String messageId) {
    return em.createQuery(
            "select e from SyncEvent e where e.messageId = :messageId"
                + " and e.direction = org.vetsync.domain.model.sync.Direction.OUTBOUND",
            SyncEvent.class)
        .setParameter("messageId", messageId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SyncEvent> awaitingAcknowledgementSince(Instant cutoff, int limit) {
    return em.createQuery(
            "select e from SyncEvent e where e.direction = org.vetsync.domain.model.sync.Direction.OUTBOUND"
                + " and e.status = org.vetsync.domain.model.sync.SyncEventStatus.PROCESSING"
                + " and e.updatedAt < :cutoff order by e.updatedAt",
            SyncEvent.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(SyncEventStatus status) {
    return status == null
        ? em.createQuery("select count(e) from SyncEvent e", Long.class).getSingleResult()
        : em.createQuery("select count(e) from SyncEvent e where e.status = :status", Long.class)
            .setParameter("status", status)
            .getSingleResult();
  }
}
