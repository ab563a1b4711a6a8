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
