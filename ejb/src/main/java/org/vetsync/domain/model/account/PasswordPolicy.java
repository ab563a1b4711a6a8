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

  private PasswordPolicy() {}
}
