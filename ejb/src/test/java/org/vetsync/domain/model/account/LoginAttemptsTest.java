package org.vetsync.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final LoginThrottlePolicy POLICY =
      new LoginThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(10));

  private final LoginAttempts attempts = new LoginAttempts("nurse.jones", NOW);

  private boolean failAt(long minutes) {
    return attempts.failed(NOW.plus(Duration.ofMinutes(minutes)), POLICY);
  }

  @Test
  void theFailureThatReachesTheLimitLocksTheUsernameForTheLockoutPeriod() {
    assertFalse(failAt(0));
    assertFalse(failAt(1));
    assertTrue(attempts.lockedUntil(NOW.plus(Duration.ofMinutes(2))).isEmpty());
    assertTrue(failAt(2));
    Instant until = NOW.plus(Duration.ofMinutes(12));
    assertEquals(Optional.of(until), attempts.lockedUntil(NOW.plus(Duration.ofMinutes(2))));
    assertEquals(Optional.of(until), attempts.lockedUntil(until.minusSeconds(1)));
    assertTrue(attempts.lockedUntil(until).isEmpty(), "the lockout ends on time");
  }

  @Test
  void attemptsDuringALockoutDoNotExtendIt() {
    failAt(0);
    failAt(0);
    failAt(0);
    assertFalse(failAt(5));
    assertFalse(failAt(9));
    assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(10))), attempts.lockedUntil(NOW.plus(Duration.ofMinutes(9))));
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    failAt(0);
    failAt(1);
    assertFalse(failAt(15), "the window of the first failure has ended: counting starts again");
    assertEquals(1, attempts.getFailures());
    assertFalse(failAt(16));
    assertTrue(failAt(17));
  }

  @Test
  void afterALockoutEndsTheCountStartsAgain() {
    failAt(0);
    failAt(0);
    failAt(0);
    assertFalse(failAt(10), "one failure after the lockout does not lock again");
    assertEquals(1, attempts.getFailures());
    assertTrue(attempts.lockedUntil(NOW.plus(Duration.ofMinutes(10))).isEmpty());
  }

  @Test
  void aPolicyNeedsAtLeastOneFailureAndPositiveDurations() {
    assertThrows(IllegalArgumentException.class, () -> new LoginThrottlePolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new LoginThrottlePolicy(5, Duration.ZERO, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ZERO));
  }
}
