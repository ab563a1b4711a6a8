package org.vetsync.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vetsync.application.ActionRefusedException;
import org.vetsync.application.StaffAudit;
import org.vetsync.domain.model.audit.Actor;
import org.vetsync.domain.model.audit.AuditedAction;

/**
 * The one way a staff action is run, from a console page or the staff API: the caller's role is checked on the
 * server, and whatever happens (done, refused by role or by a rule, failed) goes into the audit trail with who, from
 * where and on which record.
 */
@ApplicationScoped
public class AuditedActions {

  private static final Logger LOG = Logger.getLogger(AuditedActions.class.getName());

  @Inject private StaffAudit audit;

  /**
   * @param work the action, given the logged-in user's name; it runs in one transaction with its audit entry
   * @throws RoleRefusedException when the role does not allow it
   * @throws ActionRefusedException when the records do not allow it (nothing changed)
   */
  public <T> T run(HttpServletRequest request, StaffPermission permission, AuditedAction action,
      Function<String, T> work) {
    Actor actor = new Actor(request.getRemoteUser(), request.getRemoteAddr());
    if (!permission.grantedTo(request::isUserInRole)) {
      refuse(actor, permission, action);
    }
    try {
      Supplier<T> asUser = () -> work.apply(actor.user());
      return audit.perform(actor, action, asUser);
    } catch (ActionRefusedException e) {
      audit.refused(actor, action, e.getMessage());
      LOG.info(() -> "Refused " + actor.user() + " to " + action.describe() + ": " + e.getMessage());
      throw e;
    } catch (RuntimeException e) {
      audit.failed(actor, action, e.toString());
      LOG.log(Level.SEVERE, actor.user() + " could not " + action.describe(), e);
      throw e;
    }
  }

  /** Checks a permission that guards reading (a page, an export), recording a refusal like any other. */
  public void require(HttpServletRequest request, StaffPermission permission, AuditedAction action) {
    if (!permission.grantedTo(request::isUserInRole)) {
      refuse(new Actor(request.getRemoteUser(), request.getRemoteAddr()), permission, action);
    }
  }

  /** A request refused before any role check (e.g. without the API's anti-CSRF header) is on record too. */
  public void refused(HttpServletRequest request, AuditedAction action, String reason) {
    audit.refused(new Actor(request.getRemoteUser(), request.getRemoteAddr()), action, reason);
    LOG.warning(() -> "Refused " + request.getRemoteUser() + " to " + action.describe() + ": " + reason);
  }

  private void refuse(Actor actor, StaffPermission permission, AuditedAction action) {
    audit.refused(actor, action, "needs role " + permission.roleNames());
    LOG.warning(() -> "Refused " + actor.user() + " to " + action.describe() + ": needs role "
        + permission.roleNames());
    throw new RoleRefusedException(permission);
  }
}
