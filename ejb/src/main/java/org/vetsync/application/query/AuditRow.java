package org.vetsync.application.query;

import java.time.Instant;
import org.vetsync.domain.model.audit.AuditEntry;

/** One line of the audit page and of its CSV export. */
public record AuditRow(
    long id,
    Instant occurredAt,
    String user,
    String remoteAddress,
    String action,
    String targetType,
    String targetId,
    String outcome,
    String detail) {

  static AuditRow of(AuditEntry e) {
    return new AuditRow(e.getId(), e.getOccurredAt(), e.getUsername(), e.getRemoteAddress(), e.getAction(),
        e.getTargetType(), e.getTargetId(), e.getOutcome().name(), e.getDetail());
  }

  /** "sync event 42", as the page shows the target. */
  public String target() {
    if (targetType == null) {
      return "";
    }
    return targetId == null ? targetType : targetType + " " + targetId;
  }
}
