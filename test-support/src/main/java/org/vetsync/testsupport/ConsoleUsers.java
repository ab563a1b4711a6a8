package org.vetsync.testsupport;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Console accounts beyond the first admin, written straight into app_user as vetsync stores them: a PBKDF2 hash in the
 * format the console's identity store (Payara's Pbkdf2PasswordHash) verifies, with the parameters of PasswordPolicy.
 */
public final class ConsoleUsers {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 100_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConsoleUsers() {}

  /** Creates an enabled user with one role (ADMIN, STAFF or AUDITOR) and returns the generated password. */
  public static String create(Database db, String username, String role) {
    byte[] secret = new byte[18];
    RANDOM.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    db.update("insert into app_user (username, password_hash, enabled, created_at) values (?, ?, true, ?)",
        username, hash(password), OffsetDateTime.now());
    db.update("insert into app_user_role (username, role) values (?, ?)", username, role);
    return password;
  }

  /** algorithm:iterations:base64(salt):base64(key), as Pbkdf2PasswordHash generates and parses it. */
  static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    try {
      byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BYTES * 8))
          .getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JDK cannot compute " + ALGORITHM, e);
    }
  }
}
