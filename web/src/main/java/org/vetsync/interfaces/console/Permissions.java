package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * What the logged-in user may do, for pages to render only the buttons that would work. Rendering is a courtesy: every
 * action checks again on the server ({@link ConsoleActions}).
 */
@Named
@RequestScoped
public class Permissions {

  public boolean isRetry() {
    return granted(StaffPermission.RETRY);
  }

  public boolean isIgnore() {
    return granted(StaffPermission.IGNORE);
  }

  public boolean isManualSync() {
    return granted(StaffPermission.MANUAL_SYNC);
  }

  public boolean isMatch() {
    return granted(StaffPermission.MATCH);
  }

  public boolean isAllocate() {
    return granted(StaffPermission.ALLOCATE);
  }

  public boolean isDismiss() {
    return granted(StaffPermission.DISMISS);
  }

  public boolean isExport() {
    return granted(StaffPermission.EXPORT);
  }

  public boolean isReview() {
    return granted(StaffPermission.REVIEW);
  }

  public boolean isResolveReconciliation() {
    return granted(StaffPermission.RESOLVE_RECONCILIATION);
  }

  /** Whether the orphans page needs an actions column at all. */
  public boolean isResolveOrphans() {
    return isMatch() || isAllocate() || isDismiss();
  }

  public boolean isViewAudit() {
    return granted(StaffPermission.VIEW_AUDIT);
  }

  public boolean isManageUsers() {
    return granted(StaffPermission.MANAGE_USERS);
  }

  static boolean granted(StaffPermission permission) {
    return permission.grantedTo(FacesContext.getCurrentInstance().getExternalContext()::isUserInRole);
  }
}
