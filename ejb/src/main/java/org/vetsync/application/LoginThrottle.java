package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.vetsync.domain.model.account.LoginAttempts;
import org.vetsync.domain.model.account.LoginAttemptsRepository;
import org.vetsync.domain.model.account.LoginThrottlePolicy;
import org.vetsync.infrastructure.config.Setting;

/**
 * Slows down password guessing at the console: after too many failed logins of one username within a window, that
 * username is refused for a while, whatever password comes. The count lives in the database so that every server of
 * a cluster sees it and a restart does not reset it. Counted per username, not per address: behind the hospital's
 * reverse proxy every ward PC has the same address, and locking an address would lock out a whole ward.
 */
@Stateless
public class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
  private static final int MAX_USERNAME = 64;

  @Inject private LoginAttemptsRepository attempts;
  @Inject private Clock clock;

  /** How long the username stays locked, if it is locked now. */
  public Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> locked =
        countable(username).flatMap(attempts::find).flatMap(a -> a.lockedUntil(now)).map(end -> Duration.between(now, end));
    locked.ifPresent(left -> LOG.warning(() -> "Login refused for user " + printable(username) + " from " + address
        + ": locked for " + minutes(left) + " more min"));
    return locked;
  }

  /**
   * Counts a failed login.
   *
   * @return how long the username is now locked, if this failure locked it
   */
  public Optional<Duration> failed(String username, String address) {
    LoginThrottlePolicy policy = policy();
    Instant now = clock.instant();
    if (countable(username).isEmpty()) {
      LOG.warning(() -> "Login failed for an impossible username from " + address);
      return Optional.empty();
    }
    attempts.forgetIdleSince(now.minus(policy.window()), now);
    LoginAttempts current = attempts.forUpdate(username).orElseGet(() -> {
      LoginAttempts fresh = new LoginAttempts(username, now);
      attempts.store(fresh);
      return fresh;
    });
    boolean lockedNow = current.failed(now, policy);
    if (lockedNow) {
      LOG.warning(() -> "Login of user " + printable(username) + " locked for " + minutes(policy.lockout())
          + " min after " + current.getFailures() + " failed attempts within " + minutes(policy.window())
          + " min, the last from " + address);
      return Optional.of(policy.lockout());
    }
    LOG.warning(() -> "Login failed for user " + printable(username) + " from " + address + " ("
        + current.getFailures() + " of " + policy.maxFailures() + " within " + minutes(policy.window()) + " min)");
    return Optional.empty();
  }

  /** A successful login starts the count afresh. */
  public void succeeded(String username) {
    countable(username).ifPresent(attempts::forget);
  }

  static LoginThrottlePolicy policy() {
    return new LoginThrottlePolicy(
        Setting.LOGIN_MAX_FAILURES.intValue(),
        Duration.ofMinutes(Setting.LOGIN_FAILURE_WINDOW_MINUTES.intValue()),
        Duration.ofMinutes(Setting.LOGIN_LOCKOUT_MINUTES.intValue()));
  }

  /** No account has a longer or empty name (app_user.username), so such a login cannot succeed and needs no row. */
  private static Optional<String> countable(String username) {
    return username == null || username.isEmpty() || username.length() > MAX_USERNAME
        ? Optional.empty()
        : Optional.of(username);
  }

  /** The name as typed, quoted, with control characters replaced so that it cannot forge a log line. */
  static String printable(String username) {
    return "'" + username.replaceAll("\\p{Cntrl}", "?") + "'";
  }

  /** Whole minutes, rounded up: "locked for 0 min" would read as not locked. */
  public static long minutes(Duration duration) {
    return (duration.toSeconds() + 59) / 60;
  }
}
