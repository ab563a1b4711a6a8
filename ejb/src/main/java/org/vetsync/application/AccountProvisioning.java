package org.vetsync.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.vetsync.domain.model.account.PasswordPolicy;
import org.vetsync.domain.model.account.Role;
import org.vetsync.domain.model.account.UserAccount;
import org.vetsync.domain.model.account.UserAccountRepository;
import org.vetsync.infrastructure.config.Setting;

/**
 * Creates the first admin on an empty database, so a fresh installation can be logged into. The password comes from
 * VETSYNC_ADMIN_PASSWORD, or is generated and written to the log once: it is never in the repository.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AccountProvisioning {

  private static final Logger LOG = Logger.getLogger(AccountProvisioning.class.getName());
  private static final String FIRST_ADMIN = "admin";
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHashing passwords;
  @Inject private Clock clock;

  @PostConstruct
  void createFirstAdmin() {
    if (accounts.count() > 0) {
      return;
    }
    String password = Setting.ADMIN_PASSWORD.value().orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = randomPassword();
    } else if (password.length() < PasswordPolicy.MIN_LENGTH) {
      throw new IllegalStateException(
          "VETSYNC_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH + " characters");
    }
    accounts.store(new UserAccount(FIRST_ADMIN, passwords.hash(password), EnumSet.of(Role.ADMIN), clock.instant()));
    if (generated) {
      LOG.warning("First admin account '" + FIRST_ADMIN + "' created with generated password " + password
          + " (shown once; set VETSYNC_ADMIN_PASSWORD to choose it)");
    } else {
      LOG.info("First admin account '" + FIRST_ADMIN + "' created with the password from VETSYNC_ADMIN_PASSWORD");
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }
}
