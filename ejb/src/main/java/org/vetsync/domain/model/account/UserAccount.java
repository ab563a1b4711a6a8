package org.vetsync.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A console login. The password is only ever held as a PBKDF2 hash; the console's identity store reads the same
 * table (see {@link PasswordPolicy}).
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, Set<Role> roles, Instant now) {
    if (username == null || !username.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("A username is 1 to 64 letters, digits, dots, dashes or underscores");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(now);
  }

  /**
   * Gives the user these roles instead of the ones they had. An admin cannot take ADMIN from themselves (they would
   * lock themselves out of this page), and nobody can take it from the last enabled admin.
   *
   * @param enabledAdmins how many enabled accounts hold ADMIN now, this one included if it does
   */
  public void changeRoles(Set<Role> newRoles, String actingAdmin, long enabledAdmins) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    if (isEnabledAdmin() && !newRoles.contains(Role.ADMIN)) {
      if (username.equals(actingAdmin)) {
        throw new IllegalStateException("You cannot take the ADMIN role from yourself; ask another admin");
      }
      refuseIfLastAdmin(enabledAdmins, "take the ADMIN role from");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** The user can no longer log in. Nobody disables themselves, and the last enabled admin stays. */
  public void disable(String actingAdmin, long enabledAdmins) {
    if (username.equals(actingAdmin)) {
      throw new IllegalStateException("You cannot disable your own account");
    }
    if (!enabled) {
      throw new IllegalStateException("User " + username + " is already disabled");
    }
    if (isEnabledAdmin()) {
      refuseIfLastAdmin(enabledAdmins, "disable");
    }
    enabled = false;
  }

  public void enable() {
    if (enabled) {
      throw new IllegalStateException("User " + username + " is already enabled");
    }
    enabled = true;
  }

  /** @param newHash the new password, already hashed and checked against {@link PasswordPolicy} */
  public void resetPassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  public boolean isEnabledAdmin() {
    return enabled && roles.contains(Role.ADMIN);
  }

  private void refuseIfLastAdmin(long enabledAdmins, String what) {
    if (enabledAdmins <= 1) {
      throw new IllegalStateException("Cannot " + what + " " + username
          + ": vetsync must keep at least one enabled admin");
    }
  }

  public String getUsername() {
    return username;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
