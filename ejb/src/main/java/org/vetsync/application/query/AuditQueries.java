package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.vetsync.domain.model.audit.AuditFilter;
import org.vetsync.domain.model.audit.AuditTrail;

/** Read side of the audit trail. Who may read it is decided in the web layer (StaffPermission.VIEW_AUDIT). */
@Stateless
public class AuditQueries {

  @Inject private AuditTrail trail;

  public List<AuditRow> page(AuditFilter filter, int first, int size) {
    return trail.page(filter, first, Math.min(size, 500)).stream().map(AuditRow::of).toList();
  }

  public long count(AuditFilter filter) {
    return trail.count(filter);
  }

  /**
   * The next chunk of entries older than the row given (from the newest when it is null), newest first. An export
   * calls this until it returns an empty list, so a long trail is never held in memory or one transaction.
   */
  public List<AuditRow> olderThan(AuditFilter filter, AuditRow before, int size) {
    return trail.olderThan(filter, before == null ? null : before.occurredAt(), before == null ? 0 : before.id(),
            Math.min(size, 1000))
        .stream().map(AuditRow::of).toList();
  }
}
