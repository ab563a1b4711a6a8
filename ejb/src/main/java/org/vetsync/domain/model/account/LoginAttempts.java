package org.vetsync.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed logins of one username within the current window. The username need not exist: a guesser trying names
 * is throttled alike, and the answer does not tell which names are real.
 */
@Entity
@Table(name = "login_throttle")
public class LoginAttempts {

  @Id
  @Column(length = 64)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "first_failure_at", nullable = false)
  private Instant firstFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginAttempts() {}

  public LoginAttempts(String username, Instant now) {
    this.username = Objects.requireNonNull(username);
    this.firstFailureAt = Objects.requireNonNull(now);
  }

  public String getUsername() {
    return username;
  }

  public int getFailures() {
    return failures;
  }

  /** Until when a login is refused even with the right password, if it is now. */
  public Optional<Instant> lockedUntil(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
  }

  /**
   * Counts one failed login. Failures older than the window, or from before an expired lockout, no longer count.
   *
   * @return whether this failure started a lockout
   */
  public boolean failed(Instant now, LoginThrottlePolicy policy) {
    if (lockedUntil(now).isPresent()) {
      return false;
    }
    if (lockedUntil != null || !now.isBefore(firstFailureAt.plus(policy.window()))) {
      failures = 0;
      firstFailureAt = now;
      lockedUntil = null;
    }
    failures++;
    if (failures >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockout());
      return true;
    }
    return false;
  }
}
