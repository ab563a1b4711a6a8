package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.vetsync.domain.model.account.UserAccountRepository;

/** Read side of the users page; only admins reach it (StaffPermission.MANAGE_USERS, checked in the web layer). */
@Stateless
public class UserQueries {

  @Inject private UserAccountRepository accounts;

  public List<UserRow> all() {
    return accounts.all().stream().map(UserRow::of).toList();
  }

  /** Whether the user may still use the console: an admin may have disabled them since they logged in. */
  public boolean enabled(String username) {
    return accounts.find(username).map(account -> account.isEnabled()).orElse(false);
  }
}
