package org.vetsync.domain.model.account;

import java.time.Duration;

/**
 * How many failed logins a username may have within a window before it is locked, and for how long. A lockout is not
 * extended by attempts made during it, so a guesser cannot keep a nurse out for ever.
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

  public LoginThrottlePolicy {
    if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException(
          "Login throttling needs at least 1 failure and a positive window and lockout, not " + maxFailures + ", "
              + window + ", " + lockout);
    }
  }
}
