package org.vetsync.domain.model.account;

import java.time.Instant;
import java.util.Optional;

public interface LoginAttemptsRepository {

  /** The username's attempts, locked against a concurrent login of the same name until the transaction ends. */
  Optional<LoginAttempts> forUpdate(String username);

  Optional<LoginAttempts> find(String username);

  void store(LoginAttempts attempts);

  void forget(String username);

  /** Deletes rows whose window and lockout both ended before the given instant, so guessed names do not pile up. */
  int forgetIdleSince(Instant idleSince, Instant now);
}
