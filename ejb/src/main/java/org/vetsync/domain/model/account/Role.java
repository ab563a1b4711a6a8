package org.vetsync.domain.model.account;

/** Console roles. Names are the group names the identity store returns and web.xml declares. */
public enum Role {
  /** Everything, including users, configuration, ignoring events and approving review items. */
  ADMIN,
  /** Day-to-day work: view, retry, match orphans, allocate temporary patients, manual sync. */
  STAFF,
  /** Read-only. */
  AUDITOR
}
