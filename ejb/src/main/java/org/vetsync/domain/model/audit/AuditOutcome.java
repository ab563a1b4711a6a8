package org.vetsync.domain.model.audit;

/** How a staff action ended. */
public enum AuditOutcome {
  /** Done, and committed with the change it made. */
  DONE,
  /** Not allowed: the user's role, or a rule of the records (e.g. ignoring without a reason). Nothing changed. */
  REFUSED,
  /** An unexpected error; nothing changed. */
  FAILED
}
