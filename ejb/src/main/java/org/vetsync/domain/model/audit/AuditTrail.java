package org.vetsync.domain.model.audit;

import java.time.Instant;
import java.util.List;

/** The audit trail: entries are added, read newest first, and never changed. */
public interface AuditTrail {

  void add(AuditEntry entry);

  long count(AuditFilter filter);

  /** A page of entries, newest first. */
  List<AuditEntry> page(AuditFilter filter, int first, int size);

  /**
   * The next entries, newest first, older than the entry at (beforeAt, beforeId), or from the newest when beforeAt is
   * null: reads a long trail in chunks without the cost of skipping rows.
   */
  List<AuditEntry> olderThan(AuditFilter filter, Instant beforeAt, long beforeId, int size);
}
