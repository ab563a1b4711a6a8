package org.vetsync.domain.model.account;

public interface UserAccountRepository {

  long count();

  void store(UserAccount account);
}
