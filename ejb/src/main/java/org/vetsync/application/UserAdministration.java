package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.vetsync.domain.model.account.PasswordPolicy;
import org.vetsync.domain.model.account.Role;
import org.vetsync.domain.model.account.UserAccount;
import org.vetsync.domain.model.account.UserAccountRepository;

/**
 * Admins manage console users: create them, change their roles, disable, enable, reset their password. Who may call
 * this is decided in the web layer (StaffPermission.MANAGE_USERS); the rules that keep the console administrable are
 * the accounts' own. A refused change changes nothing.
 */
@Stateless
public class UserAdministration {

  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHashing passwords;
  @Inject private Clock clock;

  public void create(String username, Set<Role> roles, String password, String admin) {
    String name = username == null ? null : username.strip();
    if (name != null && accounts.find(name).isPresent()) {
      throw new ActionRefusedException("There is already a user " + name);
    }
    UserAccount account = ActionRefusedException.unlessRuleBroken(() -> {
      PasswordPolicy.check(name, password);
      return new UserAccount(name, passwords.hash(password), roles, clock.instant());
    });
    accounts.store(account);
    LOG.info(() -> admin + " created console user " + name + " with roles " + roles);
  }

  public void changeRoles(String username, Set<Role> roles, String admin) {
    long admins = lockEnabledAdmins();
    change(username, account -> account.changeRoles(roles, admin, admins));
    LOG.info(() -> admin + " gave console user " + username + " the roles " + roles);
  }

  public void disable(String username, String admin) {
    long admins = lockEnabledAdmins();
    change(username, account -> account.disable(admin, admins));
    LOG.info(() -> admin + " disabled console user " + username);
  }

  public void enable(String username, String admin) {
    change(username, UserAccount::enable);
    LOG.info(() -> admin + " enabled console user " + username);
  }

  public void resetPassword(String username, String password, String admin) {
    change(username, account -> {
      PasswordPolicy.check(username, password);
      account.resetPassword(passwords.hash(password));
    });
    LOG.info(() -> admin + " reset the password of console user " + username);
  }

  private long lockEnabledAdmins() {
    return accounts.lockEnabled().stream().filter(UserAccount::isEnabledAdmin).count();
  }

  private void change(String username, Consumer<UserAccount> change) {
    UserAccount account = accounts.find(username)
        .orElseThrow(() -> new ActionRefusedException("No user " + username));
    ActionRefusedException.unlessRuleBroken(() -> {
      change.accept(account);
      return null;
    });
  }
}
