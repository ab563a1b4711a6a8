package org.vetsync.interfaces.security;

/** The caller's role does not allow the action; it was not attempted, and the refusal is in the audit trail. */
public class RoleRefusedException extends RuntimeException {

  public RoleRefusedException(StaffPermission permission) {
    super("Your role may not " + permission.action() + ".");
  }
}
