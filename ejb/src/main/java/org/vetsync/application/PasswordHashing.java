package org.vetsync.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.vetsync.domain.model.account.PasswordPolicy;

/** Hashes a console password exactly as the console's identity store will verify it (see {@link PasswordPolicy}). */
@Dependent
public class PasswordHashing {

  /** A fresh hasher per password: initialize() configures the instance, which is not meant to be shared. */
  @Inject private Instance<Pbkdf2PasswordHash> hashes;

  public String hash(String password) {
    Pbkdf2PasswordHash hash = hashes.get();
    try {
      hash.initialize(
          Map.of(
              key(PasswordPolicy.ITERATIONS), value(PasswordPolicy.ITERATIONS),
              key(PasswordPolicy.ALGORITHM), value(PasswordPolicy.ALGORITHM),
              key(PasswordPolicy.SALT_SIZE), value(PasswordPolicy.SALT_SIZE)));
      return hash.generate(password.toCharArray());
    } finally {
      hashes.destroy(hash);
    }
  }

  private static String key(String parameter) {
    return parameter.substring(0, parameter.indexOf('='));
  }

  private static String value(String parameter) {
    return parameter.substring(parameter.indexOf('=') + 1);
  }
}
