package org.vetsync.application.query;

import java.time.Instant;
import java.util.List;
import org.vetsync.domain.model.account.UserAccount;

/** A console user as the users page lists them; never the password hash. */
public record UserRow(String username, List<String> roles, boolean enabled, Instant createdAt) {

  static UserRow of(UserAccount account) {
    return new UserRow(account.getUsername(), account.getRoles().stream().map(Enum::name).toList(),
        account.isEnabled(), account.getCreatedAt());
  }

  public String roleList() {
    return String.join(", ", roles);
  }
}
