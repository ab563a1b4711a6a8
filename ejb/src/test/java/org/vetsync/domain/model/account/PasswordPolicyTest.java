package org.vetsync.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void aLongVariedPasswordIsAccepted() {
    assertDoesNotThrow(() -> PasswordPolicy.check("nurse", "correct horse battery"));
  }

  @Test
  void aShortPasswordIsRefusedWithTheMinimum() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("nurse", "Sh0rt!pass"));
    assertEquals("A password needs at least 12 characters", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("nurse", null));
  }

  @Test
  void aRepeatedPatternIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("nurse", "aaaaaaaaaaaaaaaa"));
    assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("nurse", "121212121212"));
  }

  @Test
  void aPasswordContainingTheUsernameIsRefusedWhateverTheCase() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PasswordPolicy.check("nurse", "my-NURSE-password-2026"));
    assertEquals("A password must not contain the username", e.getMessage());
  }
}
