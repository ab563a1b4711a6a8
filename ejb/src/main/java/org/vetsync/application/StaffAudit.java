package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import org.vetsync.domain.model.audit.Actor;
import org.vetsync.domain.model.audit.AuditEntry;
import org.vetsync.domain.model.audit.AuditOutcome;
import org.vetsync.domain.model.audit.AuditTrail;
import org.vetsync.domain.model.audit.AuditedAction;

/**
 * Writes the audit trail. A done action is recorded in the action's own transaction, so the entry exists exactly when
 * the change does; a refused or failed one in a transaction of its own, because the action's was rolled back and the
 * attempt must still be on record.
 */
@Stateless
public class StaffAudit {

  @Inject private AuditTrail trail;
  @Inject private Clock clock;

  /**
   * Runs the action (the staff services it calls join this transaction) and records it as done; an exception rolls
   * back both and is passed on for the caller to record as refused or failed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public <T> T perform(Actor actor, AuditedAction action, Supplier<T> work) {
    T result = work.get();
    trail.add(AuditEntry.done(clock.instant(), actor, action));
    return result;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(Actor actor, AuditedAction action, String reason) {
    trail.add(AuditEntry.notDone(clock.instant(), actor, action, AuditOutcome.REFUSED, reason));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(Actor actor, AuditedAction action, String reason) {
    trail.add(AuditEntry.notDone(clock.instant(), actor, action, AuditOutcome.FAILED, reason));
  }
}
