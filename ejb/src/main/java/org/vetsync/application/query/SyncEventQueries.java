package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * Read side of the sync-event dashboard; every console role may read (the console's web constraints let only them in).
 * Each query is shaped for an index of migration V6, so a page costs the same over a thousand events or millions
 * (docs/BENCHMARKS-dashboard.md).
 */
@Stateless
public class SyncEventQueries {

  /** Largest page the console may ask for. */
  static final int MAX_PAGE = 500;

  /**
   * Events the dashboard pages through at most, in any order: the newest that match. More are not worth counting or
   * sorting; staff narrow the filters or the time range instead.
   */
  public static final int WINDOW = 10_000;

  /** Failed events one "Retry all" click retries at most; a larger backlog takes more clicks, each reported. */
  public static final int MAX_BULK_RETRY = 1000;

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  /** A page of the newest {@link #WINDOW} events that match, in the order asked. */
  public List<SyncEventRow> page(EventFilter filter, EventSort sort, int first, int size) {
    int from = Math.min(Math.max(0, first), WINDOW);
    int pageSize = Math.min(Math.min(Math.max(1, size), MAX_PAGE), WINDOW - from);
    if (pageSize <= 0) {
      return List.of();
    }
    EventQuery query = EventQuery.page(filter, sort, from, pageSize, WINDOW);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bind(em.createNativeQuery(query.sql), query).getResultList();
    return rows.stream().map(SyncEventQueries::row).toList();
  }

  /** How many events match the filter, up to {@code cap}. */
  public long countUpTo(EventFilter filter, long cap) {
    EventQuery query = EventQuery.countUpTo(filter, cap);
    return ((Number) bind(em.createNativeQuery(query.sql), query).getSingleResult()).longValue();
  }

  /** Causes of the events now Failed, the most frequent first. */
  public List<FailureCauseRow> failureCauses(int limit) {
    return em.createQuery("select e.failureCause, count(e) from SyncEvent e"
                + " where e.status = org.vetsync.domain.model.sync.SyncEventStatus.FAILED"
                + " group by e.failureCause order by count(e) desc", Object[].class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new FailureCauseRow((String) r[0], ((Number) r[1]).longValue()))
        .toList();
  }

  /** The ids of Failed events with this cause (null: recorded without a cause), oldest first, at most {@code limit}. */
  public List<Long> failedWithCause(String cause, int limit) {
    String condition = cause == null ? "e.failureCause is null" : "e.failureCause = :cause";
    var query = em.createQuery("select e.id from SyncEvent e"
            + " where e.status = org.vetsync.domain.model.sync.SyncEventStatus.FAILED and " + condition
            + " order by e.id", Long.class);
    if (cause != null) {
      query.setParameter("cause", cause);
    }
    return query.setMaxResults(limit).getResultList();
  }

  /** Events received since the given time, counted by the hour they arrived in and the status they are in now. */
  public List<HourlyCount> hourlyByStatus(Instant since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT DATE_TRUNC('hour', received_at), status, COUNT(*) FROM sync_event WHERE received_at >= ?1"
                + " GROUP BY DATE_TRUNC('hour', received_at), status")
        .setParameter(1, since.atOffset(ZoneOffset.UTC))
        .getResultList();
    return rows.stream()
        .map(r -> new HourlyCount(Timestamps.instant(r[0]), SyncEventStatus.valueOf((String) r[1]),
            ((Number) r[2]).longValue()))
        .toList();
  }

  private static Query bind(Query query, EventQuery eventQuery) {
    for (int i = 0; i < eventQuery.parameters.size(); i++) {
      query.setParameter(i + 1, eventQuery.parameters.get(i));
    }
    return query;
  }

  private static SyncEventRow row(Object[] r) {
    return new SyncEventRow(
        ((Number) r[0]).longValue(),
        Timestamps.instant(r[1]),
        (String) r[2],
        SyncEventType.valueOf((String) r[3]).label(),
        SyncEventStatus.valueOf((String) r[4]).label(),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        ((Number) r[9]).intValue(),
        (String) r[10]);
  }
}
