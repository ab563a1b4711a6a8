package org.vetsync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  @Test
  void aUsernameWithLineBreaksCannotForgeALogLine() {
    assertEquals("'eve?? INFO admin logged in'", LoginThrottle.printable("eve\r\n INFO admin logged in"));
  }

  @Test
  void aLockoutWithSecondsLeftStillReadsAsAMinute() {
    assertEquals(1, LoginThrottle.minutes(Duration.ofSeconds(5)));
    assertEquals(15, LoginThrottle.minutes(Duration.ofMinutes(15)));
    assertEquals(15, LoginThrottle.minutes(Duration.ofMinutes(14).plusSeconds(1)));
  }
}
