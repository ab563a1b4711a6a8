package org.vetsync.domain.model.account;

/**
 * How console passwords are hashed. The web module's identity store and the account service must agree, so the
 * parameters live here once, as compile-time constants usable in annotations.
 */
public final class PasswordPolicy {

  /** OWASP's floor for PBKDF2-HMAC-SHA256 is far higher, but login runs on two shared cores; 100k costs ~60 ms. */
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=100000";

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";

  public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";

  public static final int MIN_LENGTH = 12;

  /** Fewer different characters than this is a pattern ("aaaaaaaaaaaa", "121212121212"), not a password. */
  static final int MIN_DISTINCT = 6;

  private PasswordPolicy() {}

  /**
   * Refuses a password too weak for a console that releases controlled drugs. Length rather than composition rules
   * (NIST SP 800-63B), plus the two weaknesses people reach for first: a repeated pattern, and the username.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static void check(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
    }
    if (password.chars().distinct().count() < MIN_DISTINCT) {
      throw new IllegalArgumentException("A password needs at least " + MIN_DISTINCT + " different characters");
    }
    if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
      throw new IllegalArgumentException("A password must not contain the username");
    }
  }
}
