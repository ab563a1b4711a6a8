package org.vetsync.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static UserAccount account(String name, Role... roles) {
    return new UserAccount(name, "hash", EnumSet.of(roles[0], roles), NOW);
  }

  @Test
  void anAdminDisablesAnotherUserWhoThenIsNoLongerEnabled() {
    UserAccount nurse = account("nurse", Role.STAFF);
    nurse.disable("boss", 1);
    assertFalse(nurse.isEnabled());
    nurse.enable();
    assertTrue(nurse.isEnabled());
  }

  @Test
  void nobodyDisablesThemselves() {
    UserAccount boss = account("boss", Role.ADMIN);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> boss.disable("boss", 3));
    assertEquals("You cannot disable your own account", e.getMessage());
    assertTrue(boss.isEnabled());
  }

  @Test
  void theLastEnabledAdminCannotBeDisabledButOneOfTwoCan() {
    UserAccount other = account("other", Role.ADMIN);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.disable("boss", 1));
    assertTrue(e.getMessage().contains("at least one enabled admin"), e.getMessage());
    assertTrue(other.isEnabled());

    other.disable("boss", 2);
    assertFalse(other.isEnabled());
  }

  @Test
  void theLastEnabledAdminKeepsTheAdminRole() {
    UserAccount other = account("other", Role.ADMIN);
    assertThrows(IllegalStateException.class, () -> other.changeRoles(EnumSet.of(Role.STAFF), "boss", 1));
    assertEquals(EnumSet.of(Role.ADMIN), other.getRoles());

    other.changeRoles(EnumSet.of(Role.STAFF), "boss", 2);
    assertEquals(EnumSet.of(Role.STAFF), other.getRoles());
  }

  @Test
  void anAdminCannotTakeAdminFromThemselvesEvenWithOtherAdminsLeft() {
    UserAccount boss = account("boss", Role.ADMIN, Role.STAFF);
    assertThrows(IllegalStateException.class, () -> boss.changeRoles(EnumSet.of(Role.STAFF), "boss", 5));
    boss.changeRoles(EnumSet.of(Role.ADMIN, Role.AUDITOR), "boss", 5);
    assertEquals(EnumSet.of(Role.ADMIN, Role.AUDITOR), boss.getRoles());
  }

  @Test
  void aDisabledAdminDoesNotCountAsTheLastOne() {
    UserAccount formerAdmin = account("former", Role.ADMIN);
    formerAdmin.disable("boss", 2);
    formerAdmin.changeRoles(EnumSet.of(Role.AUDITOR), "boss", 1);
    assertEquals(EnumSet.of(Role.AUDITOR), formerAdmin.getRoles());
  }

  @Test
  void aUserKeepsAtLeastOneRole() {
    UserAccount nurse = account("nurse", Role.STAFF);
    assertThrows(IllegalArgumentException.class, () -> nurse.changeRoles(EnumSet.noneOf(Role.class), "boss", 1));
    assertThrows(IllegalArgumentException.class,
        () -> new UserAccount("nobody", "hash", EnumSet.noneOf(Role.class), NOW));
  }

  @Test
  void enablingAnEnabledUserOrDisablingADisabledOneIsRefused() {
    UserAccount nurse = account("nurse", Role.STAFF);
    assertThrows(IllegalStateException.class, nurse::enable);
    nurse.disable("boss", 1);
    assertThrows(IllegalStateException.class, () -> nurse.disable("boss", 1));
  }

  @Test
  void aUsernameIsPlainLettersDigitsAndPunctuation() {
    assertThrows(IllegalArgumentException.class, () -> account("<script>", Role.STAFF));
    assertThrows(IllegalArgumentException.class, () -> account("", Role.STAFF));
    assertEquals("anna.v-2_x", account("anna.v-2_x", Role.STAFF).getUsername());
  }
}
