package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vetsync.domain.model.audit.AuditEntry;
import org.vetsync.domain.model.audit.AuditFilter;
import org.vetsync.domain.model.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  private static final String NEWEST_FIRST = " order by a.occurredAt desc, a.id desc";

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public long count(AuditFilter filter) {
    Criteria criteria = new Criteria(filter);
    return criteria.bind(em.createQuery("select count(a) from AuditEntry a" + criteria.where(), Long.class))
        .getSingleResult();
  }

  @Override
  public List<AuditEntry> page(AuditFilter filter, int first, int size) {
    Criteria criteria = new Criteria(filter);
    return criteria.bind(em.createQuery("select a from AuditEntry a" + criteria.where() + NEWEST_FIRST,
            AuditEntry.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public List<AuditEntry> olderThan(AuditFilter filter, Instant beforeAt, long beforeId, int size) {
    Criteria criteria = new Criteria(filter);
    if (beforeAt != null) {
      criteria.add("(a.occurredAt < :beforeAt or (a.occurredAt = :beforeAt and a.id < :beforeId))");
      criteria.parameters.put("beforeAt", beforeAt);
      criteria.parameters.put("beforeId", beforeId);
    }
    return criteria.bind(em.createQuery("select a from AuditEntry a" + criteria.where() + NEWEST_FIRST,
            AuditEntry.class))
        .setMaxResults(size)
        .getResultList();
  }

  /** The filter as a where clause and its parameters. */
  private static final class Criteria {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Criteria(AuditFilter filter) {
      if (filter.user() != null) {
        add("a.username = :user");
        parameters.put("user", filter.user());
      }
      if (filter.action() != null) {
        add("lower(a.action) like :action escape '\\'");
        parameters.put("action", containing(filter.action()));
      }
      if (filter.target() != null) {
        add("lower(concat(concat(a.targetType, ' '), a.targetId)) like :target escape '\\'");
        parameters.put("target", containing(filter.target()));
      }
      if (filter.outcome() != null) {
        add("a.outcome = :outcome");
        parameters.put("outcome", filter.outcome());
      }
      if (filter.from() != null) {
        add("a.occurredAt >= :from");
        parameters.put("from", filter.from());
      }
      if (filter.to() != null) {
        add("a.occurredAt < :to");
        parameters.put("to", filter.to());
      }
    }

    void add(String condition) {
      conditions.add(condition);
    }

    String where() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      parameters.forEach(query::setParameter);
      return query;
    }

    /** A LIKE pattern for the text anywhere, its own wildcards taken literally. */
    private static String containing(String text) {
      String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      return "%" + escaped + "%";
    }
  }
}
