package org.vetsync.interfaces.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.vetsync.domain.model.account.Role;

/**
 * Which console roles may do which staff action; the console pages and the staff API both check these on the server,
 * so hiding a button is never the only guard. AUDITOR changes nothing: it only reads, the audit trail included.
 */
public enum StaffPermission {
  RETRY("retry sync events", Role.ADMIN, Role.STAFF),
  IGNORE("ignore sync events", Role.ADMIN),
  MANUAL_SYNC("sync consults to their cabinets again", Role.ADMIN, Role.STAFF),
  MATCH("match orphan dispenses", Role.ADMIN, Role.STAFF),
  ALLOCATE("allocate temporary patients", Role.ADMIN, Role.STAFF),
  DISMISS("dismiss orphan dispenses", Role.ADMIN),
  RESOLVE_RECONCILIATION("close reconciliation items", Role.ADMIN, Role.STAFF),
  EXPORT("start a pharmacy export", Role.ADMIN),
  REVIEW("approve or reject pharmacy changes", Role.ADMIN),
  KNOWN_CLIENTS("register the pharmacy's clients", Role.ADMIN),
  VIEW_AUDIT("read the audit trail", Role.ADMIN, Role.AUDITOR),
  MANAGE_USERS("manage console users", Role.ADMIN);

  private final String action;
  private final Set<Role> roles;

  StaffPermission(String action, Role first, Role... more) {
    this.action = action;
    this.roles = EnumSet.of(first, more);
  }

  /** What the permission allows, to complete "Your role may not ...". */
  public String action() {
    return action;
  }

  /** @param inRole the container's role check for the caller, e.g. {@code request::isUserInRole} */
  public boolean grantedTo(Predicate<String> inRole) {
    return roles.stream().map(Role::name).anyMatch(inRole);
  }

  public String roleNames() {
    return String.join(" or ", roles.stream().map(Role::name).toList());
  }
}
