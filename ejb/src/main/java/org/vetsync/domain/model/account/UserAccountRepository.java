package org.vetsync.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

  long count();

  void store(UserAccount account);

  Optional<UserAccount> find(String username);

  List<UserAccount> all();

  /**
   * The enabled accounts, locked until the transaction ends: two admins changing accounts at once could otherwise each
   * see another admin left and together remove the last one.
   */
  List<UserAccount> lockEnabled();
}
